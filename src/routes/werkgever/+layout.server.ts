import { requireKind } from '$lib/server/auth/guards';
import { employerContext, requireEmployerContext } from '$lib/server/organisations';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const user = requireKind(locals, url, 'employer');
	const employer = requireEmployerContext(
		await employerContext(locals.db, user.id, locals.session?.activeOrganizationId)
	);
	return { employer };
};
