import { redirect } from '@sveltejs/kit';
import { homeFor } from '$lib/server/auth/landing';
import type { PageServerLoad } from './$types';

/** Where the federated login lands: on to the person's own area. */
export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, '/login/federated?error=failed');
	const home = homeFor(locals.user.kind);
	redirect(303, url.searchParams.get('gekoppeld') ? `${home}?gekoppeld=1` : home);
};
