import { loadBatchPage } from '$lib/server/results/batch-page';
import { sendCorrections } from '$lib/server/results/send-corrections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, platform, url }) => {
	const { employer } = await parent();
	return loadBatchPage(
		{ db: locals.db, env: platform?.env, t: locals.t },
		{ employer, batchId: params.id, url, now: locals.now }
	);
};

export const actions: Actions = { correct: sendCorrections };
