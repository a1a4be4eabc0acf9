import { standInDeprovision, standInPartner } from '$lib/server/dev/partner-stand-in';
import type { RequestHandler } from './$types';

/** Stand-in partner API: remove an account (404 when it does not know it). */
export const DELETE: RequestHandler = async ({ locals, platform, params, request }) => {
	const partner = standInPartner(platform?.env, request, params.partner);
	const status = await standInDeprovision(platform!.env, locals.db, partner, params.id, request);
	return new Response(null, { status });
};
