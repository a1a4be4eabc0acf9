import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { decideRequest, listAllPending } from '$lib/server/mandates/requests';
import { requireStaff } from '$lib/server/http/staff';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import {
	decideRosterRequest,
	listPendingRosterRequests
} from '$lib/server/backoffice/roster-requests';
import * as m from '$lib/paraglide/messages';

// The /beheer layout already lets only staff in; the actions check again (form posts skip loads).
export const load: PageServerLoad = async (event) => ({
	requests: await listAllPending(event.locals.db),
	rosterRequests: await listPendingRosterRequests(event.locals.db, appEnv(event))
});

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		if (locals.user?.kind !== 'staff') error(403, 'Not allowed');
		requireStaff(locals, event.url);
		const parsed = v.safeParse(
			v.object({
				requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
				decision: v.picklist(['approve', 'reject']),
				kind: v.optional(v.picklist(['mandate', 'roster']), 'mandate')
			}),
			Object.fromEntries(await event.request.formData())
		);
		if (!parsed.success) return fail(400, { message: locals.t(m['mandates.invalid']) });
		if (parsed.output.kind === 'roster') {
			const decided = await decideRosterRequest(
				{ db: locals.db, env: appEnv(event) },
				{
					requestId: parsed.output.requestId,
					actorId: locals.user.id,
					approve: parsed.output.decision === 'approve',
					now: locals.now
				}
			);
			if (decided.ok) redirect(303, `/beheer/aanvragen?gedaan=roster-${parsed.output.decision}`);
			if (decided.reason === 'not-found') error(404, locals.t(m['error.not-found']));
			return decided.reason === 'already-decided'
				? fail(409, { message: locals.t(m['roster-request.error.decided']) })
				: fail(409, { message: locals.t(m['roster-request.error.unusable']) });
		}
		const done = await decideRequest(
			{ db: locals.db, env: appEnv(event) },
			{
				requestId: parsed.output.requestId,
				actorId: locals.user.id,
				approve: parsed.output.decision === 'approve',
				scope: { staff: true },
				now: locals.now
			}
		);
		if (!done.ok)
			return done.reason === 'already-decided'
				? fail(409, { message: locals.t(m['mandates.requests.already-decided']) })
				: fail(400, { message: locals.t(m['mandates.not-changeable']) });
		redirect(303, `/beheer/aanvragen?gedaan=${parsed.output.decision}`);
	}
};
