/**
 * The form action behind the list editor, kept out of +page.server.ts so the route stays thin.
 * The grid posts its lines as JSON in one hidden field; everything is validated again here with
 * the same list verdict as the grid (`judgeList` of `$lib/registration`) before `submitBatch`
 * takes over.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Translate } from '$lib/i18n';
import { judgeList } from '$lib/registration';
import { MAX_ROWS_FIELD_CHARS } from '$lib/grid/limits';
import { brusselsDate } from '$lib/registration/deadline';
import { requireEmployer } from '$lib/server/http/employer';
import { submitBatch, type SubmitResult } from '$lib/server/lists/submit';
import { maxListRows } from '$lib/server/lists/periods';
import { readGridRows } from '$lib/server/lists/grid-rows';
import * as m from '$lib/paraglide/messages';

const Form = v.object({
	rows: v.pipe(v.string(), v.maxLength(MAX_ROWS_FIELD_CHARS)),
	consent: v.optional(v.literal('on')),
	sendAnyway: v.optional(v.literal('on')),
	idempotencyKey: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)))
});

// The grid's own words for each refusal: the pipeline's messages are written for the API.
const MESSAGES = {
	'consent-required': (t) => t(m['grid.submit.consent-required']),
	'no-rows': (t) => t(m['grid.submit.empty']),
	'empty-row': (t) => t(m['grid.submit.empty']),
	'idempotency-key-reused': (t) => t(m['grid.submit.already-sent']),
	'too-many-rows': (t, p) => t(m['grid.submit.too-large'], p),
	'batch-not-found': (t) => t(m['grid.submit.failed']),
	'invalid-body': (t) => t(m['grid.submit.invalid'])
} satisfies Record<
	Extract<SubmitResult, { ok: false }>['code'],
	(t: Translate, params: { lines: number; max: number }) => string
>;

export async function submitList(event: RequestEvent) {
	const { locals, platform, request } = event;
	const t = locals.t;
	const { user, employer } = await requireEmployer(event, 'submit-list');
	const env = platform?.env;
	if (!env) error(500, 'Cloudflare bindings missing');

	const raw = Object.fromEntries(await request.formData());
	if (typeof raw.rows === 'string' && raw.rows.length > MAX_ROWS_FIELD_CHARS) {
		return fail(413, { message: t(m['grid.submit.too-large']) });
	}
	const form = v.safeParse(Form, raw);
	if (!form.success) return fail(400, { message: t(m['grid.submit.invalid']) });
	let json: unknown;
	try {
		json = JSON.parse(form.output.rows);
	} catch {
		return fail(400, { message: t(m['grid.submit.invalid']) });
	}
	const max = maxListRows(env);
	const rows = readGridRows(json, max);
	if (!rows.ok)
		return fail(rows.status, {
			message:
				rows.status === 413
					? t(m['grid.submit.too-many'], { lines: rows.lines, max })
					: t(m['grid.submit.invalid'])
		});

	// Same verdict as the grid: blank lines are not lines; problems need an explicit choice.
	const { lines, totals } = judgeList(rows.rows, { today: brusselsDate(locals.now) });
	if (totals.problems > 0 && form.output.sendAnyway !== 'on') {
		return fail(400, { message: t(m['grid.submit.blocked'], { count: totals.problems }) });
	}

	const result = await submitBatch(
		{ db: locals.db, env },
		{
			employerId: employer.organisationId,
			submittedBy: user.id,
			consent: form.output.consent === 'on',
			consentBy: user.id,
			now: locals.now,
			rows: lines,
			correctionOf: null,
			source: 'grid',
			idempotencyKey: form.output.idempotencyKey ?? null,
			locale: locals.locale
		}
	);
	if (!result.ok) {
		return fail(result.status, { message: MESSAGES[result.code](t, { lines: lines.length, max }) });
	}
	redirect(303, `/werkgever/lijsten/${result.batchId}`);
}
