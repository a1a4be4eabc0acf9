import { and, asc, count, eq, isNull, or } from 'drizzle-orm';
import type { Translate } from '$lib/i18n';
import type { Db } from '../db';
import { apiToken, member, session, user } from '../db/schema';
import type { AssignableRole } from '$lib/employer-roles';
import { recordAudit } from '../audit';
import { mailOwners, type MailDeps } from './notify';
import * as m from '$lib/paraglide/messages';

interface MemberRow {
	memberId: string;
	userId: string;
	name: string;
	email: string;
	role: string;
}

/** The organisation's members with their logins (status: pending until they have a password), by name. */
export function listMembersWithStatus(db: Db, organisationId: string) {
	return db
		.select({
			memberId: member.id,
			userId: user.id,
			name: user.name,
			email: user.email,
			role: member.role,
			status: user.status
		})
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.where(eq(member.organizationId, organisationId))
		.orderBy(asc(user.name));
}

/** The number of members per organisation, counted from the same join as `listMembersWithStatus`. */
export async function countMembersByOrganisation(db: Db): Promise<Map<string, number>> {
	const rows = await db
		.select({ organisationId: member.organizationId, n: count() })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.groupBy(member.organizationId);
	return new Map(rows.map((r) => [r.organisationId, r.n]));
}

export async function listMembers(db: Db, organisationId: string): Promise<MemberRow[]> {
	const rows = await listMembersWithStatus(db, organisationId);
	return rows.map(({ status: _status, ...row }) => row);
}

type MandateOutcome = { ok: true } | { ok: false; reason: 'not-found' | 'owner' | 'self' };

type ChangeableRow = { userId: string; role: string; email: string };

/** The member row, only when it belongs to this organisation and may be changed by this actor. */
async function changeableMember(
	db: Db,
	organisationId: string,
	memberId: string,
	actorId: string
): Promise<{ ok: true; row: ChangeableRow } | Extract<MandateOutcome, { ok: false }>> {
	const row = await db
		.select({ userId: member.userId, role: member.role, email: user.email })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.where(and(eq(member.id, memberId), eq(member.organizationId, organisationId)))
		.get();
	if (!row) return { ok: false, reason: 'not-found' };
	if (row.role === 'owner') return { ok: false, reason: 'owner' };
	if (row.userId === actorId) return { ok: false, reason: 'self' };
	return { ok: true, row };
}

export async function changeRole(
	deps: MailDeps,
	input: { organisationId: string; actorId: string; memberId: string; role: AssignableRole }
): Promise<MandateOutcome> {
	const found = await changeableMember(
		deps.db,
		input.organisationId,
		input.memberId,
		input.actorId
	);
	if (!found.ok) return found;
	if (found.row.role === input.role) return { ok: true };
	await deps.db.update(member).set({ role: input.role }).where(eq(member.id, input.memberId));
	const eventId = await recordAudit(deps.db, {
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: 'mandate.role-changed',
		subjectType: 'user',
		subjectId: found.row.userId,
		detail: { from: found.row.role, to: input.role }
	});
	await mailOwners(deps, input.organisationId, eventId, (t, organisation) => ({
		subject: t(m['mandates.mail.changed.subject'], { organisation }),
		paragraphs: [
			t(m['mandates.mail.changed.body'], {
				organisation,
				person: found.row.email,
				role: roleName(t, input.role)
			})
		]
	}));
	return { ok: true };
}

/**
 * Ends a person's access to one organisation at once: the membership goes, every session of the
 * person ends (they log in again and see only what is left), and the API tokens they created for
 * this organisation are revoked.
 */
export async function endAccess(
	db: Db,
	organisationId: string,
	userId: string,
	now: Date
): Promise<{ tokens: number }> {
	const revoked = await db
		.update(apiToken)
		.set({ revokedAt: now })
		.where(
			and(
				eq(apiToken.createdBy, userId),
				eq(apiToken.kind, 'employer'),
				isNull(apiToken.revokedAt),
				// An employer token without an organisation cannot be scoped; it goes too (the current
				// createApiToken drops `organisationId`, see the report).
				or(eq(apiToken.organisationId, organisationId), isNull(apiToken.organisationId))
			)
		)
		.returning({ id: apiToken.id });
	await db.batch([
		db
			.delete(member)
			.where(and(eq(member.organizationId, organisationId), eq(member.userId, userId))),
		db.delete(session).where(eq(session.userId, userId))
	]);
	return { tokens: revoked.length };
}

export async function revokeMember(
	deps: MailDeps,
	input: { organisationId: string; actorId: string; memberId: string; action?: string; now: Date }
): Promise<MandateOutcome> {
	const found = await changeableMember(
		deps.db,
		input.organisationId,
		input.memberId,
		input.actorId
	);
	if (!found.ok) return found;
	const { tokens } = await endAccess(deps.db, input.organisationId, found.row.userId, input.now);
	const eventId = await recordAudit(deps.db, {
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: input.action ?? 'mandate.revoked',
		subjectType: 'user',
		subjectId: found.row.userId,
		detail: { role: found.row.role, tokensRevoked: tokens }
	});
	await mailOwners(deps, input.organisationId, eventId, (t, organisation) => ({
		subject: t(m['mandates.mail.revoked.subject'], { organisation }),
		paragraphs: [t(m['mandates.mail.revoked.body'], { organisation, person: found.row.email })]
	}));
	return { ok: true };
}

/** The name of a role in the reader's language (an unknown role reads as the least one). */
export function roleName(t: Translate, role: string): string {
	switch (role) {
		case 'owner':
			return t(m['mandates.role.owner']);
		case 'beheerder':
			return t(m['mandates.role.beheerder']);
		case 'lijsten':
			return t(m['mandates.role.lijsten']);
		default:
			return t(m['mandates.role.inzage']);
	}
}
