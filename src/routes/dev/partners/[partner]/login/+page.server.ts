import { partnerName } from '$lib/server/partners/config';
import { standInPartner } from '$lib/server/dev/partner-stand-in';
import type { PageServerLoad } from './$types';

/** Where a plain link (a partner without SSO) lands: the partner's own login page. */
export const load: PageServerLoad = ({ platform, request, params }) => ({
	partner: partnerName(standInPartner(platform?.env, request, params.partner))
});
