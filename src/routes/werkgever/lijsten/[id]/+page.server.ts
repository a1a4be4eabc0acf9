import { error, fail, redirect } from '@sveltejs/kit';
import { appEnv } from '$lib/server/env';
import { requireEmployer } from '$lib/server/http/employer';
import { loadBatchPage } from '$lib/server/lists/results/batch-page';
import { sendCorrections } from '$lib/server/lists/results/send-corrections';
import { askRosterAddition } from '$lib/server/lists/results/roster-request';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	const { locals, params, url } = event;
	const page = await loadBatchPage(
		{ db: locals.db, env: appEnv(event) },
		{ employer, batchId: params.id, url, now: locals.now }
	);
	if (!page.ok) error(404, locals.t(m['error.not-found']));
	return page;
};

export const actions: Actions = {
	correct: async (event) => {
		const { user, employer } = await requireEmployer(event, 'correct-lines');
		const { locals, params, request } = event;
		const outcome = await sendCorrections(
			{ db: locals.db, env: appEnv(event), t: locals.t },
			{
				employer,
				userId: user.id,
				batchId: params.id,
				form: await request.formData(),
				now: locals.now,
				locale: locals.locale
			}
		);
		if (outcome.ok) redirect(303, `/werkgever/lijsten/${outcome.batchId}`);
		if (outcome.reason === 'not-found') error(404, locals.t(m['error.not-found']));
		return fail(outcome.status, outcome.failure);
	},
	/** "Vraag toevoeging aan" on a code-3 line: a roster request for COLLECTIEF. */
	request: async (event) => {
		const { user, employer } = await requireEmployer(event, 'correct-lines');
		const { locals, params, request } = event;
		const outcome = await askRosterAddition(
			{ db: locals.db, env: appEnv(event) },
			{
				employerId: employer.organisationId,
				batchId: params.id,
				userId: user.id,
				form: await request.formData(),
				now: locals.now
			}
		);
		if (outcome.ok) redirect(303, `/werkgever/lijsten/${params.id}?aangevraagd=${outcome.line}`);
		if (outcome.reason === 'invalid')
			return fail(400, { message: locals.t(m['roster-request.error.invalid']), askFailed: true });
		return fail(409, {
			message: locals.t(m['roster-request.error.not-possible'], { line: outcome.line }),
			askFailed: true
		});
	}
};
