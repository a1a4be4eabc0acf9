import { error } from '@sveltejs/kit';
import { partnerName } from '$lib/server/partners/config';
import { standInSso } from '$lib/server/dev/partner-stand-in';
import { requireStandInPartner } from '$lib/server/http/dev';
import type { PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

/** The partner's side of single sign-on: check the token, then let the person in (or not). */
export const load: PageServerLoad = async ({
	locals,
	platform,
	request,
	url,
	params,
	setHeaders
}) => {
	const partner = requireStandInPartner(platform?.env, request, params.partner);
	setHeaders({ 'cache-control': 'no-store' });
	const outcome = await standInSso(
		appEnv({ platform }),
		locals.db,
		partner,
		url.searchParams.get('token') ?? '',
		locals.now.getTime()
	);
	const name = partnerName(partner);
	if (!outcome.ok)
		error(401, locals.t(m['partners.standin.refused'], { partner: name, reason: outcome.reason }));
	return { partner: name, person: outcome.name };
};
