import { json } from '@sveltejs/kit';
import { standInPartner, standInProvision } from '$lib/server/dev/partner-stand-in';
import type { RequestHandler } from './$types';

/** Stand-in partner API: create (or confirm) an account, idempotent by external id. */
export const POST: RequestHandler = async ({ locals, platform, params, request }) => {
	const partner = standInPartner(platform?.env, request, params.partner);
	const status = await standInProvision(platform!.env, locals.db, partner, request);
	return json({ status }, { status });
};
