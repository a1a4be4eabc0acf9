import { error, redirect } from '@sveltejs/kit';
import { requireEmployee } from '$lib/server/http/employee';
import { isPartnerId, partnerHandOff } from '$lib/server/partners';
import type { RequestHandler } from './$types';
import { appEnv } from '$lib/server/env';

/** Hands the signed-in employee over to a partner, with a fresh short-lived SSO token. */
export const GET: RequestHandler = async ({ locals, platform, url, params, setHeaders }) => {
	const user = requireEmployee(locals, url);
	if (!isPartnerId(params.partner)) error(404, 'Not found');
	const target = await partnerHandOff(
		appEnv({ platform }),
		locals.db,
		user.id,
		params.partner,
		locals.now.getTime()
	);
	setHeaders({ 'cache-control': 'no-store' });
	redirect(303, target ?? '/mijn');
};
