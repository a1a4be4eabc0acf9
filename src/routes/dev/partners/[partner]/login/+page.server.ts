import { partnerName } from '$lib/server/partners/config';
import { requireStandInPartner } from '$lib/server/http/dev';
import type { PageServerLoad } from './$types';

/** Where a plain link (a partner without SSO) lands: the partner's own login page. */
export const load: PageServerLoad = ({ platform, request, params }) => ({
	partner: partnerName(requireStandInPartner(platform?.env, request, params.partner))
});
