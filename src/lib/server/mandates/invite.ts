import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db';
import { invitation, member, organization, user } from '../db/schema';
import { newId } from '../db/ids';
import { insertCredentialUser } from '../auth/credential-user';
import { randomToken, sha256Hex } from '../security/hash';
import { hashSecret } from '../security/scrypt';
import type { AssignableRole } from '$lib/employer-roles';
import { recordAudit } from '../audit';
import { mailOwners, mailPerson, type MailDeps } from './notify';
import { roleName } from './members';
import { reserveInvitation } from './throttle';
import * as m from '$lib/paraglide/messages';

const INVITATION_DAYS = 7;

type InviteOutcome = { ok: true } | { ok: false; reason: 'already-member' | 'throttled' };

/**
 * Invites a colleague: always an invitation with a single-use link the invitee accepts, whoever
 * the address belongs to. The inviter learns nothing about the address (same answer whether it
 * is unknown or has an employee, staff or employer login); only the invitee, at the link, is told
 * to sign in with an existing login or to create one. Someone already a member of this
 * organisation is refused: the inviter sees the members anyway.
 * Throttled (throttle.ts) per inviter and per address, reserved before anything is looked up or
 * mailed, and counted the same for every address.
 */
export async function inviteColleague(
	deps: MailDeps,
	input: {
		organisationId: string;
		actorId: string;
		email: string;
		role: AssignableRole;
		baseUrl: string;
		now: Date;
	}
): Promise<InviteOutcome> {
	const { db } = deps;
	const secret = deps.env.AUTH_SECRET ?? '';
	if (!(await reserveInvitation(db, secret, input))) return { ok: false, reason: 'throttled' };
	const org = await db
		.select({ name: organization.name })
		.from(organization)
		.where(eq(organization.id, input.organisationId))
		.get();
	if (!org) throw new Error('organisation not found');
	const inviter = await db
		.select({ name: user.name, email: user.email })
		.from(user)
		.where(eq(user.id, input.actorId))
		.get();
	const already = await db
		.select({ id: member.id })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.where(and(eq(member.organizationId, input.organisationId), eq(user.email, input.email)))
		.get();
	if (already) return { ok: false, reason: 'already-member' };

	const token = randomToken(32);
	const invitationId = newId();
	await db.insert(invitation).values({
		id: invitationId,
		organizationId: input.organisationId,
		email: input.email,
		role: input.role,
		status: 'pending',
		expiresAt: new Date(input.now.getTime() + INVITATION_DAYS * 86_400_000),
		inviterId: input.actorId,
		tokenHash: await sha256Hex(token)
	});
	const eventId = await recordAudit(db, {
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: 'mandate.invited',
		subjectType: 'invitation',
		subjectId: invitationId,
		detail: { role: input.role }
	});
	await mailPerson(deps, { email: input.email }, `mandate:${eventId}:person`, (t) => ({
		subject: t(m['mandates.mail.invited.subject'], { organisation: org.name }),
		paragraphs: [
			// Who asks, and for which organisation, before anything else: an invitation from a
			// stranger is one to ignore.
			...(inviter
				? [
						t(m['mandates.mail.invited.by'], {
							inviter: inviter.name,
							inviterEmail: inviter.email,
							organisation: org.name
						})
					]
				: []),
			t(m['mandates.mail.invited.body'], {
				organisation: org.name,
				role: roleName(t, input.role),
				days: INVITATION_DAYS
			})
		],
		action: {
			label: t(m['mandates.mail.invited.action']),
			url: `${input.baseUrl}/werkgever/volmachten/aanvaarden/${token}`
		}
	}));
	await notifyOwners(deps, input.organisationId, eventId, input.email, input.role);
	return { ok: true };
}

async function notifyOwners(
	deps: MailDeps,
	organisationId: string,
	eventId: string,
	person: string,
	role: AssignableRole
) {
	await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
		subject: t(m['mandates.mail.owner-invited.subject'], { organisation }),
		paragraphs: [
			t(m['mandates.mail.owner-invited.body'], { organisation, person, role: roleName(t, role) })
		]
	}));
}

export async function listOpenInvitations(db: Db, organisationId: string, now: Date) {
	return db
		.select({ id: invitation.id, email: invitation.email, role: invitation.role })
		.from(invitation)
		.where(
			and(
				eq(invitation.organizationId, organisationId),
				eq(invitation.status, 'pending'),
				gt(invitation.expiresAt, now)
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
		organisationId: input.organisationId,
		action: 'mandate.invitation-canceled',
		subjectType: 'invitation',
		subjectId: input.invitationId
	});
	return true;
}

/** The open invitation behind a link token, with its organisation's name, or null. */
async function findInvitation(db: Db, token: string, now: Date) {
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
					gt(invitation.expiresAt, now)
				)
			)
			.get()) ?? null
	);
}

/**
 * What the holder of an invitation link can do: `create` a login (no login has the address yet),
 * `accept` it (signed in as the address's employer login), `sign-in` first as that address, or
 * nothing (`other-kind`: the address belongs to an employee or staff login, which cannot hold a
 * mandate). Told only to whoever holds the link, i.e. reads the invitee's mail.
 */
type InvitationMode = 'create' | 'accept' | 'sign-in' | 'other-kind';

export async function openInvitation(
	db: Db,
	token: string,
	input: { now: Date; signedInId: string | null }
) {
	const found = await findInvitation(db, token, input.now);
	if (!found) return null;
	const login = await db
		.select({ id: user.id, kind: user.kind })
		.from(user)
		.where(eq(user.email, found.email))
		.get();
	const mode: InvitationMode = !login
		? 'create'
		: login.kind !== 'employer'
			? 'other-kind'
			: login.id === input.signedInId
				? 'accept'
				: 'sign-in';
	return { invitation: found, mode, userId: login?.id ?? null };
}

type Found = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/** Claims the invitation in one statement: only a pending, unexpired one, and only once. */
async function claim(db: Db, found: Found, now: Date): Promise<boolean> {
	const claimed = await db
		.update(invitation)
		.set({ status: 'accepted' })
		.where(
			and(
				eq(invitation.id, found.id),
				eq(invitation.status, 'pending'),
				gt(invitation.expiresAt, now)
			)
		)
		.returning({ id: invitation.id });
	return claimed.length > 0;
}

async function grant(db: Db, found: Found, userId: string) {
	await db
		.insert(member)
		.values({ organizationId: found.organisationId, userId, role: found.role ?? 'inzage' })
		.onConflictDoNothing();
	await recordAudit(db, {
		actorId: userId,
		organisationId: found.organisationId,
		action: 'mandate.invitation-accepted',
		subjectType: 'invitation',
		subjectId: found.id
	});
}

/** An existing employer login accepts, signed in as the invited address: the membership starts. */
export async function acceptAsSignedIn(
	db: Db,
	token: string,
	input: { now: Date; userId: string }
): Promise<{ ok: true } | { ok: false; reason: 'invalid' | Exclude<InvitationMode, 'accept'> }> {
	const opened = await openInvitation(db, token, { now: input.now, signedInId: input.userId });
	if (!opened) return { ok: false, reason: 'invalid' };
	if (opened.mode !== 'accept') return { ok: false, reason: opened.mode };
	if (!(await claim(db, opened.invitation, input.now))) return { ok: false, reason: 'invalid' };
	await grant(db, opened.invitation, input.userId);
	return { ok: true };
}

/** Creates the invited person's employer login and membership; the link then stops working. */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: { name: string; password: string; now: Date }
): Promise<{ ok: true; email: string } | { ok: false; reason: 'invalid' | 'exists' }> {
	const found = await findInvitation(db, token, input.now);
	if (!found) return { ok: false, reason: 'invalid' };
	const taken = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, found.email))
		.get();
	if (taken) return { ok: false, reason: 'exists' };
	if (!(await claim(db, found, input.now))) return { ok: false, reason: 'invalid' };
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
	await grant(db, found, userId);
	return { ok: true, email: found.email };
}
