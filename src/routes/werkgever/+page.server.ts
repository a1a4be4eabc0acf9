import { requireEmployer } from '$lib/server/http/employer';
import { employerHome } from '$lib/server/lists/results/employer-home';
import { can } from '$lib/server/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	const withNames = can(employer.role, 'view-results');
	return {
		home: await employerHome(event.locals.db, {
			organisationId: employer.organisationId,
			now: event.locals.now,
			withNames
		}),
		canSubmit: can(employer.role, 'submit-list'),
		withNames
	};
};
