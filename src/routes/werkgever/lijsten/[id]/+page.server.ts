import { error } from '@sveltejs/kit';
import { openBatchForEmployer } from '$lib/server/batches/read';
import { requirePermission } from '$lib/server/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { employer } = await parent();
	requirePermission(employer, 'view-batches');
	const batch = await openBatchForEmployer(locals.db, {
		employerId: employer.organisationId,
		batchId: params.id
	});
	if (!batch) error(404, locals.t('error.not-found'));
	return { batch };
};
