import { and, eq, ne } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import type { Db } from '../db';
import { auditEvent, batch, member, user } from '../db/schema';
import { sendEachOnce, type Mailer } from '../mail';
import { batchProcessedMail } from '../mail/templates/batch-processed';

/**
 * When every line is done (the batch row's live counts say so): mails the employer's members
 * "your list is processed" (one mail per member, idempotency key per batch and member), writes
 * the audit event (ids and counts only; its id is derived from the batch so a retry does not
 * write a second), then freezes the status. In that order, so a crash anywhere is finished by
 * the next delivery. Four D1 round trips (row and members; the mails' intents; their marks;
 * audit and status). Returns whether the batch is completed.
 */
export async function completeBatchIfDone(
	deps: { db: Db; env: Env; mailer: Mailer },
	batchId: string,
	now: Date
): Promise<boolean> {
	const { db, env, mailer } = deps;
	const [rows, members] = await db.batch([
		db.select().from(batch).where(eq(batch.id, batchId)),
		db
			.select({ id: user.id, email: user.email, locale: user.locale })
			.from(member)
			.innerJoin(user, eq(member.userId, user.id))
			.innerJoin(batch, eq(batch.employerId, member.organizationId))
			.where(eq(batch.id, batchId))
	]);
	const found = rows[0];
	if (!found) return false;
	if (found.status === 'completed') return true;
	if (found.doneCount < found.rowCount) return false;
	const counts = { 1: found.count1, 2: found.count2, 3: found.count3, 4: found.count4 };

	await sendEachOnce(
		db,
		mailer,
		members.map((m) => ({
			idempotencyKey: `batch-processed:${batchId}:${m.id}`,
			compose: async () => ({
				to: m.email,
				...batchProcessedMail({
					locale: isLocale(m.locale) ? m.locale : null,
					batchId,
					number: found.number,
					counts,
					costCents: found.costCents,
					env
				})
			})
		})),
		{ now }
	);
	await db.batch([
		db
			.insert(auditEvent)
			.values({
				id: `completed-${batchId}`,
				at: now,
				actorId: null,
				organisationId: found.employerId,
				action: 'batch.completed',
				subjectType: 'batch',
				subjectId: batchId,
				detail: JSON.stringify({ rowCount: found.rowCount, counts, costCents: found.costCents })
			})
			.onConflictDoNothing(),
		db
			.update(batch)
			.set({ status: 'completed', completedAt: now })
			.where(and(eq(batch.id, batchId), ne(batch.status, 'completed')))
	]);
	return true;
}
