import { json } from '@sveltejs/kit';
import { requireEmployer } from '$lib/server/http/employer';
import { batchStatuses } from '$lib/server/lists/results/batch-status';
import type { RequestHandler } from './$types';

/** The lists page's live progress (polled every 3 s while a list is processed). */
export const GET: RequestHandler = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	return json(await batchStatuses(event.locals.db, employer.organisationId), {
		headers: { 'cache-control': 'no-store' }
	});
};
