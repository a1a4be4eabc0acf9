import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db';
import { invitation, member, organization, user } from '../db/schema';
import { newId } from '../db/ids';
import { insertCredentialUser } from '../accounts/credentials';
import { randomToken, sha256Hex } from '../security/hash';
import { hashSecret } from '../security/scrypt';
import type { AssignableRole } from '../permissions';
import { recordAudit } from '../audit';
import { mailOwners, mailPerson, type MailDeps } from './notify';
import { roleKey } from './members';

const INVITATION_DAYS = 7;

export type InviteOutcome =
	| { ok: true; kind: 'granted' | 'invited' }
	| { ok: false; reason: 'already-member' | 'other-kind' };

/**
 * Gives a colleague a mandate. A person who already has an employer login gets the membership at
 * once (and a mail); anyone else gets a mail with a single-use link to create their login.
 */
export async function inviteColleague(
	deps: MailDeps,
	input: {
		organisationId: string;
		actorId: string;
		email: string;
		role: AssignableRole;
		baseUrl: string;
	}
): Promise<InviteOutcome> {
	const { db } = deps;
	const org = await db
		.select({ name: organization.name })
		.from(organization)
		.where(eq(organization.id, input.organisationId))
		.get();
	if (!org) throw new Error('organisation not found');
	const existing = await db
		.select({ id: user.id, kind: user.kind, locale: user.locale })
		.from(user)
		.where(eq(user.email, input.email))
		.get();
	const roleLabel = (t: Parameters<Parameters<typeof mailPerson>[3]>[0]) => t(roleKey(input.role));

	if (existing) {
		if (existing.kind !== 'employer') return { ok: false, reason: 'other-kind' };
		const already = await db
			.select({ id: member.id })
			.from(member)
			.where(and(eq(member.organizationId, input.organisationId), eq(member.userId, existing.id)))
			.get();
		if (already) return { ok: false, reason: 'already-member' };
		await db
			.insert(member)
			.values({ organizationId: input.organisationId, userId: existing.id, role: input.role });
		const eventId = await recordAudit(db, {
			actorId: input.actorId,
			organizationId: input.organisationId,
			action: 'mandate.granted',
			subjectType: 'user',
			subjectId: existing.id,
			detail: { role: input.role }
		});
		await mailPerson(
			deps,
			{ email: input.email, locale: existing.locale },
			`mandate:${eventId}:person`,
			(t) => ({
				subject: t('mandates.mail.granted.subject', { organisation: org.name }),
				paragraphs: [
					t('mandates.mail.granted.body', { organisation: org.name, role: roleLabel(t) })
				],
				action: { label: t('mandates.mail.granted.action'), url: `${input.baseUrl}/werkgever` }
			})
		);
		await notifyOwners(deps, input.organisationId, eventId, input.email, input.role);
		return { ok: true, kind: 'granted' };
	}

	const token = randomToken(32);
	const invitationId = newId();
	await db.insert(invitation).values({
		id: invitationId,
		organizationId: input.organisationId,
		email: input.email,
		role: input.role,
		status: 'pending',
		expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
		inviterId: input.actorId,
		tokenHash: await sha256Hex(token)
	});
	const eventId = await recordAudit(db, {
		actorId: input.actorId,
		organizationId: input.organisationId,
		action: 'mandate.invited',
		subjectType: 'invitation',
		subjectId: invitationId,
		detail: { role: input.role }
	});
	await mailPerson(deps, { email: input.email }, `mandate:${eventId}:person`, (t) => ({
		subject: t('mandates.mail.invited.subject', { organisation: org.name }),
		paragraphs: [
			t('mandates.mail.invited.body', {
				organisation: org.name,
				role: roleLabel(t),
				days: INVITATION_DAYS
			})
		],
		action: {
			label: t('mandates.mail.invited.action'),
			url: `${input.baseUrl}/werkgever/volmachten/aanvaarden/${token}`
		}
	}));
	await notifyOwners(deps, input.organisationId, eventId, input.email, input.role);
	return { ok: true, kind: 'invited' };
}

async function notifyOwners(
	deps: MailDeps,
	organisationId: string,
	eventId: string,
	person: string,
	role: AssignableRole
) {
	await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
		subject: t('mandates.mail.owner-granted.subject', { organisation }),
		paragraphs: [
			t('mandates.mail.owner-granted.body', { organisation, person, role: t(roleKey(role)) })
		]
	}));
}

export async function listOpenInvitations(db: Db, organisationId: string) {
	return db
		.select({ id: invitation.id, email: invitation.email, role: invitation.role })
		.from(invitation)
		.where(
			and(
				eq(invitation.organizationId, organisationId),
				eq(invitation.status, 'pending'),
				gt(invitation.expiresAt, new Date())
			)
		);
}

export async function cancelInvitation(
	db: Db,
	input: { organisationId: string; actorId: string; invitationId: string }
): Promise<boolean> {
	const done = await db
		.update(invitation)
		.set({ status: 'canceled' })
		.where(
			and(
				eq(invitation.id, input.invitationId),
				eq(invitation.organizationId, input.organisationId),
				eq(invitation.status, 'pending')
			)
		)
		.returning({ id: invitation.id });
	if (done.length === 0) return false;
	await recordAudit(db, {
		actorId: input.actorId,
		organizationId: input.organisationId,
		action: 'mandate.invitation-canceled',
		subjectType: 'invitation',
		subjectId: input.invitationId
	});
	return true;
}

/** The open invitation behind a link token, with its organisation's name, or null. */
export async function findInvitation(db: Db, token: string) {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	return (
		(await db
			.select({
				id: invitation.id,
				email: invitation.email,
				role: invitation.role,
				organisationId: invitation.organizationId,
				organisationName: organization.name
			})
			.from(invitation)
			.innerJoin(organization, eq(invitation.organizationId, organization.id))
			.where(
				and(
					eq(invitation.tokenHash, await sha256Hex(token)),
					eq(invitation.status, 'pending'),
					gt(invitation.expiresAt, new Date())
				)
			)
			.get()) ?? null
	);
}

/** Creates the invited person's employer login and membership; the link then stops working. */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: { name: string; password: string }
): Promise<{ ok: true; email: string } | { ok: false; reason: 'invalid' | 'exists' }> {
	const found = await findInvitation(db, token);
	if (!found) return { ok: false, reason: 'invalid' };
	const taken = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, found.email))
		.get();
	if (taken) return { ok: false, reason: 'exists' };
	const claimed = await db
		.update(invitation)
		.set({ status: 'accepted' })
		.where(and(eq(invitation.id, found.id), eq(invitation.status, 'pending')))
		.returning({ id: invitation.id });
	if (claimed.length === 0) return { ok: false, reason: 'invalid' };
	const userId = await insertCredentialUser(
		db,
		{
			name: input.name,
			email: found.email,
			emailVerified: true,
			kind: 'employer',
			origin: 'invite'
		},
		await hashSecret(input.password)
	);
	await db
		.insert(member)
		.values({ organizationId: found.organisationId, userId, role: found.role ?? 'inzage' });
	await recordAudit(db, {
		actorId: userId,
		organizationId: found.organisationId,
		action: 'mandate.invitation-accepted',
		subjectType: 'invitation',
		subjectId: found.id
	});
	return { ok: true, email: found.email };
}
