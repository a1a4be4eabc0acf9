import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireEmployer } from '$lib/server/http/employer';
import { formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import { appEnv } from '$lib/server/env';
import {
	employerHome,
	resendStartPasswordAsEmployer
} from '$lib/server/lists/results/employer-home';
import { can } from '$lib/server/permissions';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const { employer } = await requireEmployer(event, 'view-batches');
	const withNames = can(employer.role, 'view-results');
	return {
		home: await employerHome(event.locals.db, {
			organisationId: employer.organisationId,
			now: event.locals.now,
			withNames
		}),
		canSubmit: can(employer.role, 'submit-list'),
		canResend: can(employer.role, 'correct-lines'),
		withNames
	};
};

export const actions: Actions = {
	resend: async (event) => {
		const { user, employer } = await requireEmployer(event, 'correct-lines');
		const userId = (await formFields(event.request)).userId ?? '';
		const { locals, platform } = event;
		if (!v.is(Id, userId)) return fail(400, { message: locals.t(m['home.resend.unavailable']) });
		const outcome = await resendStartPasswordAsEmployer(
			{ db: locals.db, env: appEnv({ platform }) },
			{ organisationId: employer.organisationId, userId, actorId: user.id, now: locals.now }
		);
		if (!outcome.ok) return fail(409, { message: locals.t(m['home.resend.unavailable']) });
		return { notice: locals.t(m['home.resend.done']) };
	}
};
