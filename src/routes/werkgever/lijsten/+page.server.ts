import { can, requirePermission } from '$lib/server/permissions';
import { listBatches } from '$lib/server/results/list-batches';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { employer } = await parent();
	requirePermission(employer, 'view-batches');
	return {
		batches: await listBatches(locals.db, employer.organisationId),
		canSubmit: can(employer.role, 'submit-list')
	};
};
