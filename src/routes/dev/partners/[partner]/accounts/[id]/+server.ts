import { standInDeprovision } from '$lib/server/dev/partner-stand-in';
import { requireStandInPartner } from '$lib/server/http/dev';
import type { RequestHandler } from './$types';
import { appEnv } from '$lib/server/env';

/** Stand-in partner API: remove an account (404 when it does not know it). */
export const DELETE: RequestHandler = async ({ locals, platform, params, request }) => {
	const partner = requireStandInPartner(platform?.env, request, params.partner);
	const status = await standInDeprovision(
		appEnv({ platform }),
		locals.db,
		partner,
		params.id,
		request
	);
	return new Response(null, { status });
};
