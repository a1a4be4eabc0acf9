import { requireEmployer } from '$lib/server/http/employer';
import { can } from '$lib/server/permissions';
import { listBatches } from '$lib/server/lists/results/list-batches';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	return {
		batches: await listBatches(event.locals.db, employer.organisationId),
		canSubmit: can(employer.role, 'submit-list')
	};
};
