import type { RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RegistrationRow } from '$lib/registration';
import { submitBatch } from '../lists/submit';
import { batchViewQuery, completedLinesQuery, toBatchView, toLineResult } from '../lists/read';
import { maxListRows } from '../lists/periods';
import { requireApiToken } from './bearer';
import { apiError, apiJson } from './respond';
import { BatchQuery, MAX_BODY_BYTES, SubmitBody } from './schemas';
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
		return apiError(locals.t, result.status, result.code, result.line ? { line: result.line } : {});
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

/** Seconds a client is asked to wait before polling a list in progress again. */
const POLL_RETRY_AFTER_SECONDS = 3;

/**
 * GET /api/v1/batches/{id}: two D1 round trips (the token; the batch row with, once completed,
 * one page of its result lines — one D1 batch), and no line read while the list is in progress:
 * its counts live on the batch row. Answers `ETag` (304 on a matching `If-None-Match`) and, in
 * progress, `Retry-After`.
 */
export async function getBatch(event: RequestEvent, batchId: string): Promise<Response> {
	const { request, locals, url } = event;
	const auth = await requireApiToken(request, locals.db, locals.t, 'employer', locals.now);
	if (!auth.ok) return auth.response;
	const query = v.safeParse(BatchQuery, {
		rows: url.searchParams.get('rows') ?? undefined,
		after: url.searchParams.get('after') ?? undefined
	});
	if (!query.success) return apiError(locals.t, 400, 'invalid-query');
	const { rows: limit, after } = query.output;
	const scope = { employerId: auth.owner.organisationId!, batchId };
	// Fetch one line more than the page to know whether there is a next one.
	const [found, lines] = await locals.db.batch([
		batchViewQuery(locals.db, scope),
		completedLinesQuery(locals.db, scope, { after, limit: limit + 1 })
	]);
	if (!found[0]) return apiError(locals.t, 404, 'batch-not-found');
	const view = toBatchView(found[0]);
	const page = lines.slice(0, limit).map(toLineResult);
	const nextAfter = lines.length > limit ? (page.at(-1)?.line ?? after) : null;
	const done = view.status === 'completed';
	// No personal data in it: the state the answer is made of, and the page asked for.
	const etag = `W/"${[view.id, view.status, view.rowCount - view.pending, ...Object.values(view.counts), view.stuck, after, limit].join('.')}"`;
	const headers: Record<string, string> = { etag };
	if (!done) headers['retry-after'] = String(POLL_RETRY_AFTER_SECONDS);
	if (matchesEtag(request.headers.get('if-none-match'), etag))
		return new Response(null, {
			status: 304,
			headers: { ...headers, 'cache-control': 'no-store' }
		});
	return apiJson(
		{
			id: view.id,
			number: view.number,
			status: view.status,
			rowCount: view.rowCount,
			counts: {
				'1': view.counts[1],
				'2': view.counts[2],
				'3': view.counts[3],
				'4': view.counts[4]
			},
			pending: view.pending,
			stuck: view.stuck,
			cost: { totalCents: view.costCents },
			receivedAt: view.receivedAt.toISOString(),
			promisedBy: view.promisedBy,
			completedAt: view.completedAt?.toISOString() ?? null,
			rows: page,
			nextAfter
		},
		200,
		headers
	);
}

/** If-None-Match: `*` or a list of (weak or strong) tags; compared weakly (RFC 9110 13.1.2). */
function matchesEtag(header: string | null, etag: string): boolean {
	if (!header) return false;
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
