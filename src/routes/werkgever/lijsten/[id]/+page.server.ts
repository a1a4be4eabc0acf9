import { requireEmployer } from '$lib/server/http/employer';
import { loadBatchPage } from '$lib/server/results/batch-page';
import { sendCorrections } from '$lib/server/results/send-corrections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	const { locals, params, platform, url } = event;
	return loadBatchPage(
		{ db: locals.db, env: platform?.env, t: locals.t },
		{ employer, batchId: params.id, url, now: locals.now }
	);
};

// sendCorrections asks the employer guard for 'correct-lines' itself (as the downloads do).
export const actions: Actions = { correct: sendCorrections };
