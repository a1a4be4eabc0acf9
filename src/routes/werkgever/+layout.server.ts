import { requireEmployer } from '$lib/server/http/employer';
import { organisationsOf } from '$lib/server/mandates/requests';
import { can } from '$lib/server/permissions';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { user, employer } = await requireEmployer(event);
	return {
		employer,
		organisations: await organisationsOf(event.locals.db, user.id),
		canManageMandates: can(employer.role, 'manage-mandates')
	};
};
