import type { Translate } from '$lib/i18n';
import { apiErrorText } from '$lib/i18n/labels/api';

type ApiErrorCode =
	| 'unauthorized'
	| 'forbidden'
	| 'not-found'
	| 'invalid-body'
	| 'invalid-query'
	| 'payload-too-large'
	| 'unsupported-media-type'
	| 'consent-required'
	| 'no-rows'
	| 'empty-row'
	| 'too-many-rows'
	| 'idempotency-key-reused'
	| 'batch-not-found'
	| 'employer-not-found'
	| 'password-change-required';

const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };

export function apiJson(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { ...headers, ...extra } });
}

/**
 * `{ error: { code, message, ...detail } }` — the message in the caller's language
 * (Accept-Language); `detail` carries ids or positions only (e.g. `line`), never submitted data.
 */
export function apiError(
	t: Translate,
	status: number,
	code: ApiErrorCode,
	detail: Record<string, number> = {}
): Response {
	const extra: Record<string, string> =
		status === 401 ? { 'www-authenticate': 'Bearer realm="YOU-P"' } : {};
	return apiJson(
		{
			error: {
				code,
				message: code === 'password-change-required' ? code : apiErrorText(t, code),
				...detail
			}
		},
		status,
		extra
	);
}
