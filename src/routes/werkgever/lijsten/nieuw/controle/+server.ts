/**
 * The check before paying (POST, JSON `{ rows }`): the code each line would get, without storing
 * anything. The lines travel in the body only; the same limits as a list apply.
 */
import { error, json } from '@sveltejs/kit';
import { requireEmployerForScript } from '$lib/server/http/employer';
import { MAX_ROWS_FIELD_CHARS } from '$lib/grid/limits';
import { parseJson, readLimited } from '$lib/server/api/read-body';
import { checkList } from '$lib/server/lists/check-list';
import { maxListRows } from '$lib/server/lists/periods';
import { readGridRows } from '$lib/server/lists/grid-rows';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';

const noStore = { 'cache-control': 'no-store' };

export const POST: RequestHandler = async (event) => {
	const { employer } = await requireEmployerForScript(event, 'submit-list');
	const { locals, platform, request } = event;
	const t = locals.t;
	const env = platform?.env;
	if (!env) error(500, 'Cloudflare bindings missing');
	const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
		json({ message }, { status, headers: { ...noStore, ...headers } });

	if (!request.headers.get('content-type')?.startsWith('application/json'))
		return refuse(415, t(m['check.error.invalid']));
	const bytes = await readLimited(request, MAX_ROWS_FIELD_CHARS);
	if (!bytes) return refuse(413, t(m['grid.submit.too-large']));
	const raw = parseJson(bytes);
	const max = maxListRows(env);
	const body = readGridRows((raw as { rows?: unknown } | undefined)?.rows, max);
	if (!body.ok)
		return body.status === 413
			? refuse(413, t(m['grid.submit.too-many'], { lines: body.lines, max }))
			: refuse(400, t(m['check.error.invalid']));

	const result = await checkList(
		{ db: locals.db, env },
		{ employerId: employer.organisationId, rows: body.rows, now: locals.now }
	);
	if (result.ok) return json({ predictions: result.predictions }, { headers: noStore });
	switch (result.code) {
		case 'throttled':
			return refuse(429, t(m['check.error.throttled'], { seconds: result.retryAfterSeconds }), {
				'retry-after': String(result.retryAfterSeconds)
			});
		case 'too-many-rows':
			return refuse(413, t(m['grid.submit.too-many'], { lines: body.rows.length, max }));
		case 'no-rows':
		case 'empty-row':
			return refuse(400, t(m['grid.submit.empty']));
	}
};
