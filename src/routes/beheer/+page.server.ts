import { requireStaff } from '$lib/server/http/staff';
import { listBatches } from '$lib/server/backoffice/batches';
import { stuckBatches } from '$lib/server/backoffice/stuck';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const now = locals.now;
	const [overdue, stuck] = await Promise.all([
		listBatches(locals.db, { overdue: true }, now),
		stuckBatches(locals.db, now)
	]);
	return { overdue: overdue.length, stuck: stuck.length };
};
