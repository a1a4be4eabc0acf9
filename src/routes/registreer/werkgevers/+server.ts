import { json } from '@sveltejs/kit';
import { appEnv } from '$lib/server/env';
import { searchEmployers } from '$lib/server/self-registration/employers';
import type { RequestHandler } from './$types';

/**
 * Suggestions while a person types on /registreer (the page's own search works without it):
 * ?q=… (3+ characters) → { employers: [{ id, name }] }, at most 10 active member employers.
 */
export const GET: RequestHandler = async (event) => {
	const { locals, url, request } = event;
	const outcome = await searchEmployers(
		{ db: locals.db, secret: appEnv(event).AUTH_SECRET, now: locals.now },
		url.searchParams.get('q') ?? '',
		request.headers.get('cf-connecting-ip') ?? 'unknown'
	);
	const headers = { 'cache-control': 'private, no-store' };
	if (!outcome.ok && outcome.reason === 'throttled')
		return json({ employers: [] }, { status: 429, headers });
	return json({ employers: outcome.ok ? outcome.employers : [] }, { headers });
};
