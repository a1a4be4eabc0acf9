import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { ASSIGNABLE_ROLES } from '$lib/employer-roles';
import { can, type EmployerAction } from '$lib/server/permissions';
import { requireEmployer } from '$lib/server/http/employer';
import { safeNext } from '$lib/server/http/safe-next';
import { landingAfterSwitch, switchOrganisation } from '$lib/server/mandates/switch';
import {
	declareOrganisations,
	listDeclarableOrganisations,
	listMyRequests,
	requestWithdrawal
} from '$lib/server/mandates/requests';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const load: PageServerLoad = async (event) => {
	const { user, employer } = await requireEmployer(event);
	const { locals } = event;
	const userId = user.id;
	return {
		canDeclare: can(employer.role, 'declare-organisations'),
		declarable: can(employer.role, 'declare-organisations')
			? await listDeclarableOrganisations(locals.db, userId)
			: [],
		requests: await listMyRequests(locals.db, userId)
	};
};

/** The acting member, re-checked on every form post (an action does not run the layout's load). */
async function actor(event: RequestEvent, action?: EmployerAction) {
	const { user, employer } = await requireEmployer(event, action);
	return { userId: user.id, employer, deps: { db: event.locals.db, env: appEnv(event) } };
}

export const actions: Actions = {
	switch: async (event) => {
		await actor(event);
		const form = await event.request.formData();
		const parsed = v.safeParse(Id, form.get('organisationId'));
		const switched = parsed.success ? await switchOrganisation(event, parsed.output) : null;
		if (!switched?.ok) return fail(400, { message: event.locals.t(m['mandates.switch.invalid']) });
		redirect(303, landingAfterSwitch(safeNext(form.get('next'), '/werkgever'), switched.role));
	},
	declare: async (event) => {
		const a = await actor(event, 'declare-organisations');
		const form = await event.request.formData();
		const parsed = v.safeParse(
			v.object({
				organisationIds: v.pipe(v.array(Id), v.maxLength(200)),
				newOrganisationName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(160)), ''),
				role: v.picklist(ASSIGNABLE_ROLES)
			}),
			{
				organisationIds: form.getAll('organisationId'),
				newOrganisationName: form.get('newOrganisationName') ?? '',
				role: form.get('role')
			}
		);
		if (!parsed.success) return fail(400, { message: event.locals.t(m['mandates.invalid']) });
		const filed = await declareOrganisations(a.deps, {
			userId: a.userId,
			organisationIds: parsed.output.organisationIds,
			newOrganisationName: parsed.output.newOrganisationName || undefined,
			role: parsed.output.role,
			baseUrl: a.deps.env.PUBLIC_BASE_URL,
			now: event.locals.now
		});
		if (!filed.ok)
			return filed.reason === 'throttled'
				? fail(429, { message: event.locals.t(m['mandates.declare.throttled']) })
				: fail(400, { message: event.locals.t(m['mandates.declare.nothing']) });
		redirect(303, '/werkgever/organisaties?gedaan=declared');
	},
	withdraw: async (event) => {
		const a = await actor(event);
		const parsed = v.safeParse(
			v.object({ organisationId: Id }),
			Object.fromEntries(await event.request.formData())
		);
		if (!parsed.success) return fail(400, { message: event.locals.t(m['mandates.invalid']) });
		const outcome = await requestWithdrawal(a.deps, {
			userId: a.userId,
			organisationId: parsed.output.organisationId,
			baseUrl: a.deps.env.PUBLIC_BASE_URL
		});
		if (!outcome.ok && outcome.reason === 'already-requested')
			return fail(409, { message: event.locals.t(m['mandates.withdraw.already']) });
		if (!outcome.ok) return fail(400, { message: event.locals.t(m['mandates.withdraw.owner']) });
		redirect(303, '/werkgever/organisaties?gedaan=withdraw');
	}
};
