import { json } from '@sveltejs/kit';
import { standInProvision } from '$lib/server/dev/partner-stand-in';
import { requireStandInPartner } from '$lib/server/http/dev';
import type { RequestHandler } from './$types';
import { appEnv } from '$lib/server/env';

/** Stand-in partner API: create (or confirm) an account, idempotent by external id. */
export const POST: RequestHandler = async ({ locals, platform, params, request }) => {
	const partner = requireStandInPartner(platform?.env, request, params.partner);
	const status = await standInProvision(appEnv({ platform }), locals.db, partner, request);
	return json({ status }, { status });
};
