import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { ASSIGNABLE_ROLES } from '$lib/employer-roles';
import { requireEmployer } from '$lib/server/http/employer';
import { changeRole, listMembers, revokeMember } from '$lib/server/mandates/members';
import {
	cancelInvitation,
	inviteColleague,
	listOpenInvitations
} from '$lib/server/mandates/invite';
import { decideRequest, listPendingForOrganisation } from '$lib/server/mandates/requests';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m_ from '$lib/paraglide/messages';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
const Role = v.picklist(ASSIGNABLE_ROLES);
const Invite = v.object({
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254)),
	role: Role
});

export const load: PageServerLoad = async (event) => {
	const { user, employer } = await requireEmployer(event, 'manage-mandates');
	const { locals } = event;
	const organisationId = employer.organisationId;
	return {
		members: await listMembers(locals.db, organisationId),
		invitations: await listOpenInvitations(locals.db, organisationId, locals.now),
		requests: await listPendingForOrganisation(locals.db, organisationId),
		me: user.id
	};
};

/** The acting manager and their organisation, re-checked on every form post. */
async function manager(event: RequestEvent) {
	const { user, employer } = await requireEmployer(event, 'manage-mandates');
	const env = appEnv(event);
	return {
		actorId: user.id,
		organisationId: employer.organisationId,
		deps: { db: event.locals.db, env },
		baseUrl: env.PUBLIC_BASE_URL
	};
}

async function formOf(event: RequestEvent) {
	return Object.fromEntries(await event.request.formData());
}

export const actions: Actions = {
	invite: async (event) => {
		const m = await manager(event);
		const form = await formOf(event);
		const parsed = v.safeParse(Invite, form);
		const email = typeof form.email === 'string' ? form.email : '';
		if (!parsed.success)
			return fail(400, { email, message: event.locals.t(m_['mandates.invite.invalid']) });
		const outcome = await inviteColleague(m.deps, {
			organisationId: m.organisationId,
			actorId: m.actorId,
			email: parsed.output.email,
			role: parsed.output.role,
			baseUrl: m.baseUrl,
			now: event.locals.now
		});
		if (!outcome.ok && outcome.reason === 'throttled')
			return fail(429, { email, message: event.locals.t(m_['mandates.invite.throttled']) });
		if (!outcome.ok)
			return fail(400, { email, message: event.locals.t(m_['mandates.invite.already-member']) });
		// The same answer for every address: whether it has a login is the invitee's to tell.
		redirect(303, '/werkgever/volmachten?gedaan=invited');
	},
	role: async (event) => {
		const m = await manager(event);
		const parsed = v.safeParse(v.object({ memberId: Id, role: Role }), await formOf(event));
		if (!parsed.success) return fail(400, { message: event.locals.t(m_['mandates.invalid']) });
		const outcome = await changeRole(m.deps, { ...m, ...parsed.output });
		if (!outcome.ok) return fail(400, { message: event.locals.t(m_['mandates.not-changeable']) });
		redirect(303, '/werkgever/volmachten?gedaan=role');
	},
	revoke: async (event) => {
		const m = await manager(event);
		const form = await formOf(event);
		const parsed = v.safeParse(v.object({ memberId: Id }), form);
		if (!parsed.success) return fail(400, { message: event.locals.t(m_['mandates.invalid']) });
		// Revoking is the second step of two: the first only says what will happen.
		if (form.confirm !== '1') {
			const target = (await listMembers(event.locals.db, m.organisationId)).find(
				(row) => row.memberId === parsed.output.memberId
			);
			if (!target || target.role === 'owner' || target.userId === m.actorId)
				return fail(400, { message: event.locals.t(m_['mandates.not-changeable']) });
			return {
				confirmRevoke: { memberId: target.memberId, name: target.name, email: target.email }
			};
		}
		const outcome = await revokeMember(m.deps, {
			...m,
			memberId: parsed.output.memberId,
			now: event.locals.now
		});
		if (!outcome.ok) return fail(400, { message: event.locals.t(m_['mandates.not-changeable']) });
		redirect(303, '/werkgever/volmachten?gedaan=revoked');
	},
	cancel: async (event) => {
		const m = await manager(event);
		const parsed = v.safeParse(v.object({ invitationId: Id }), await formOf(event));
		if (!parsed.success) return fail(400, { message: event.locals.t(m_['mandates.invalid']) });
		await cancelInvitation(m.deps.db, { ...m, invitationId: parsed.output.invitationId });
		redirect(303, '/werkgever/volmachten?gedaan=canceled');
	},
	decide: async (event) => {
		const m = await manager(event);
		const parsed = v.safeParse(
			v.object({ requestId: Id, decision: v.picklist(['approve', 'reject']) }),
			await formOf(event)
		);
		if (!parsed.success) return fail(400, { message: event.locals.t(m_['mandates.invalid']) });
		const done = await decideRequest(m.deps, {
			requestId: parsed.output.requestId,
			actorId: m.actorId,
			approve: parsed.output.decision === 'approve',
			scope: { staff: false, organisationId: m.organisationId },
			now: event.locals.now
		});
		if (!done.ok)
			return done.reason === 'already-decided'
				? fail(409, { message: event.locals.t(m_['mandates.requests.already-decided']) })
				: fail(400, { message: event.locals.t(m_['mandates.not-changeable']) });
		redirect(303, `/werkgever/volmachten?gedaan=${parsed.output.decision}`);
	}
};
