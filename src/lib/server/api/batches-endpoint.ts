import type { RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RegistrationRow } from '$lib/registration';
import { submitBatch } from '../lists/submit';
import { getBatchLineResults, getBatchView } from '../lists/read';
import { maxListRows } from '../lists/periods';
import { requireApiToken } from './bearer';
import { apiError, apiJson } from './respond';
import { MAX_BODY_BYTES, SubmitBody } from './schemas';
import { parseJson, readLimited } from './read-body';
import { CSV_TYPES, XLSX_TYPE, readUpload } from './upload';
import { appEnv } from '../env';

type Parsed =
	| { ok: true; consent: boolean; rows: RegistrationRow[]; correctionOf: string | null }
	| {
			ok: false;
			status: 400 | 413 | 415;
			code: 'invalid-body' | 'payload-too-large' | 'unsupported-media-type' | 'too-many-rows';
	  };

const yes = (value: unknown) => typeof value === 'string' && ['true', 'on', '1'].includes(value);

async function parseSubmission(request: Request, url: URL, limitRows: number): Promise<Parsed> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	const bytes = await readLimited(request, MAX_BODY_BYTES);
	if (!bytes) return { ok: false, status: 413, code: 'payload-too-large' };
	if (type === 'application/json') {
		const json = parseJson(bytes) as { rows?: unknown } | undefined;
		if (json && Array.isArray(json.rows) && json.rows.length > limitRows)
			return { ok: false, status: 413, code: 'too-many-rows' };
		const parsed = v.safeParse(SubmitBody, json);
		if (!parsed.success) return { ok: false, status: 400, code: 'invalid-body' };
		return { ok: true, ...parsed.output, correctionOf: parsed.output.correctionOf ?? null };
	}
	if (type === 'multipart/form-data') {
		let form: FormData;
		try {
			form = await new Response(bytes as Uint8Array<ArrayBuffer>, {
				headers: request.headers
			}).formData();
		} catch {
			return { ok: false, status: 400, code: 'invalid-body' };
		}
		const file = form.get('file');
		if (!(file instanceof File)) return { ok: false, status: 400, code: 'invalid-body' };
		const upload = await readUpload(
			new Uint8Array(await file.arrayBuffer()),
			file.type,
			file.name,
			limitRows
		);
		if (!upload.ok) return upload;
		const rows = upload.rows;
		if (!rows) return { ok: false, status: 415, code: 'unsupported-media-type' };
		const correctionOf = form.get('correctionOf');
		return {
			ok: true,
			consent: yes(form.get('consent')),
			rows,
			correctionOf: typeof correctionOf === 'string' && correctionOf ? correctionOf : null
		};
	}
	if (CSV_TYPES.includes(type) || type === XLSX_TYPE) {
		const upload = await readUpload(bytes, type, '', limitRows);
		if (!upload.ok) return upload;
		const rows = upload.rows;
		if (!rows) return { ok: false, status: 415, code: 'unsupported-media-type' };
		return {
			ok: true,
			consent: yes(url.searchParams.get('consent')),
			rows,
			correctionOf: url.searchParams.get('correctionOf') || null
		};
	}
	return { ok: false, status: 415, code: 'unsupported-media-type' };
}

/** POST /api/v1/batches */
export async function postBatch(event: RequestEvent): Promise<Response> {
	const { request, locals, url } = event;
	const env = appEnv(event);
	const auth = await requireApiToken(request, locals.db, locals.t, 'employer', locals.now);
	if (!auth.ok) return auth.response;
	const body = await parseSubmission(request, url, maxListRows(env));
	if (!body.ok) return apiError(locals.t, body.status, body.code);
	const result = await submitBatch(
		{ db: locals.db, env },
		{
			employerId: auth.owner.organisationId!,
			submittedBy: null,
			consent: body.consent,
			consentBy: `token:${auth.owner.tokenId}`,
			rows: body.rows,
			correctionOf: body.correctionOf,
			source: 'api',
			now: locals.now,
			idempotencyKey: request.headers.get('idempotency-key'),
			locale: locals.locale
		}
	);
	if (!result.ok)
		return apiError(
			locals.t,
			result.status,
			result.code,
			result.messageKey,
			result.line ? { line: result.line } : {}
		);
	return apiJson(
		{
			id: result.batchId,
			number: result.number,
			status: result.status,
			rowCount: result.rowCount,
			cost: { totalCents: result.costCents }
		},
		202,
		{ location: `/api/v1/batches/${result.batchId}` }
	);
}

/** GET /api/v1/batches/{id} */
export async function getBatch(event: RequestEvent, batchId: string): Promise<Response> {
	const { request, locals } = event;
	const auth = await requireApiToken(request, locals.db, locals.t, 'employer', locals.now);
	if (!auth.ok) return auth.response;
	const view = await getBatchView(locals.db, {
		employerId: auth.owner.organisationId!,
		batchId
	});
	if (!view) return apiError(locals.t, 404, 'batch-not-found');
	const rows = await getBatchLineResults(locals.db, view.id);
	return apiJson({
		id: view.id,
		number: view.number,
		status: view.status,
		rowCount: view.rowCount,
		counts: { '1': view.counts[1], '2': view.counts[2], '3': view.counts[3], '4': view.counts[4] },
		pending: view.pending,
		stuck: view.stuck,
		cost: { totalCents: view.costCents },
		receivedAt: view.receivedAt.toISOString(),
		promisedBy: view.promisedBy,
		completedAt: view.completedAt?.toISOString() ?? null,
		rows
	});
}
