import { error, json } from '@sveltejs/kit';
import { requireEmployer } from '$lib/server/http/employer';
import { batchStatus } from '$lib/server/lists/results/batch-status';
import type { RequestHandler } from './$types';

/** The list page's live progress (polled every 3 s while the list is processed). */
export const GET: RequestHandler = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	const status = await batchStatus(event.locals.db, {
		employerId: employer.organisationId,
		batchId: event.params.id,
		now: event.locals.now
	});
	if (!status) error(404, 'Not found');
	return json(status, { headers: { 'cache-control': 'no-store' } });
};
