/**
 * The explanations of the API's error codes. One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import * as m from '$lib/paraglide/messages';

export type ApiErrorCode =
	| 'consent-required'
	| 'no-rows'
	| 'empty-row'
	| 'idempotency-key-reused'
	| 'too-many-rows'
	| 'batch-not-found'
	| 'invalid-body'
	| 'invalid-query'
	| 'unauthorized'
	| 'forbidden'
	| 'payload-too-large'
	| 'unsupported-media-type'
	| 'employer-not-found'
	| 'not-found';

/** The explanation of an API error code. */
export function apiErrorText(t: Translate, code: ApiErrorCode): string {
	const messages = {
		'consent-required': () => t(m['api.error.consent-required']),
		'no-rows': () => t(m['api.error.no-rows']),
		'empty-row': () => t(m['api.error.empty-row']),
		'idempotency-key-reused': () => t(m['api.error.idempotency-key-reused']),
		'too-many-rows': () => t(m['api.error.too-many-rows']),
		'batch-not-found': () => t(m['api.error.batch-not-found']),
		'invalid-body': () => t(m['api.error.invalid-body']),
		'invalid-query': () => t(m['api.error.invalid-query']),
		unauthorized: () => t(m['api.error.unauthorized']),
		forbidden: () => t(m['api.error.forbidden']),
		'payload-too-large': () => t(m['api.error.payload-too-large']),
		'unsupported-media-type': () => t(m['api.error.unsupported-media-type']),
		'employer-not-found': () => t(m['api.error.employer-not-found']),
		'not-found': () => t(m['api.error.not-found'])
	} satisfies Record<ApiErrorCode, () => string>;
	return messages[code]();
}
