/** An employer's contact persons: its members (logins with an employer role). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { member, user } from '../db/schema';
import { recordAudit } from '../audit';
import { findUserIdByEmail } from '../auth/credential-user';
import type { EmployerRole } from '$lib/employer-roles';
import { listMembersWithStatus } from '../mandates/members';

export { listMembersWithStatus as listContacts };

type AddContactOutcome =
	| { kind: 'added' }
	| { kind: 'created'; userId: string }
	| { kind: 'already-member' | 'other-kind' };

/**
 * Adds a contact person. A new e-mail address gets an employer login without a password (status
 * pending, outcome `created`): the caller sends them the welcome mail to choose one.
 */
export async function addContact(
	db: Db,
	employerId: string,
	input: { name: string; email: string; role: EmployerRole },
	actorId: string
): Promise<AddContactOutcome> {
	let userId = await findUserIdByEmail(db, input.email);
	const isNew = !userId;
	if (userId) {
		const existing = await db
			.select({ kind: user.kind })
			.from(user)
			.where(eq(user.id, userId))
			.get();
		if (existing?.kind !== 'employer') return { kind: 'other-kind' };
		const already = await db
			.select({ id: member.id })
			.from(member)
			.where(and(eq(member.organizationId, employerId), eq(member.userId, userId)))
			.get();
		if (already) return { kind: 'already-member' };
	} else {
		const created = await db
			.insert(user)
			.values({
				name: input.name,
				email: input.email,
				kind: 'employer',
				status: 'pending',
				origin: 'invite'
			})
			.returning({ id: user.id })
			.get();
		userId = created.id;
	}
	const row = await db
		.insert(member)
		.values({ organizationId: employerId, userId, role: input.role })
		.returning({ id: member.id })
		.get();
	await recordAudit(db, {
		actorId,
		organisationId: employerId,
		action: 'mandate.add',
		subjectType: 'member',
		subjectId: row.id,
		detail: { role: input.role }
	});
	return isNew ? { kind: 'created', userId } : { kind: 'added' };
}

export async function removeContact(db: Db, employerId: string, memberId: string, actorId: string) {
	const removed = await db
		.delete(member)
		.where(and(eq(member.id, memberId), eq(member.organizationId, employerId)))
		.returning({ id: member.id })
		.all();
	if (removed.length)
		await recordAudit(db, {
			actorId,
			organisationId: employerId,
			action: 'mandate.remove',
			subjectType: 'member',
			subjectId: memberId
		});
	return removed.length > 0;
}
