import { and, eq, ne, sql } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import type { Db } from '../db';
import { auditEvent, batch, batchLine, member, user } from '../db/schema';
import { sendOnce, type Mailer } from '../mail';
import { batchProcessedMail, type BatchCounts } from '../mail/templates/batch-processed';

/** Live counts per result code of a batch's finished lines. */
export async function countLines(
	db: Db,
	batchId: string
): Promise<BatchCounts & { pending: number }> {
	const rows = await db
		.select({ state: batchLine.state, code: batchLine.code, n: sql<number>`count(*)` })
		.from(batchLine)
		.where(eq(batchLine.batchId, batchId))
		.groupBy(batchLine.state, batchLine.code);
	const counts = { 1: 0, 2: 0, 3: 0, 4: 0, pending: 0 };
	for (const row of rows) {
		if (row.state !== 'done') counts.pending += row.n;
		else if (row.code === 1 || row.code === 2 || row.code === 3 || row.code === 4)
			counts[row.code] += row.n;
	}
	return counts;
}

/**
 * When every line is done: mails the employer's members "your list is processed" (one mail per
 * member, idempotency key per batch and member), writes the audit event (ids and counts only;
 * its id is derived from the batch so a retry does not write a second), then freezes counts and
 * status. In that order, so a crash anywhere is finished by the next delivery. Returns whether
 * the batch is completed.
 */
export async function completeBatchIfDone(
	deps: { db: Db; env: Env; mailer: Mailer },
	batchId: string,
	now: Date
): Promise<boolean> {
	const { db, env, mailer } = deps;
	const found = await db.select().from(batch).where(eq(batch.id, batchId)).get();
	if (!found) return false;
	if (found.status === 'completed') return true;
	const counts = await countLines(db, batchId);
	if (counts.pending > 0) return false;

	const members = await db
		.select({ id: user.id, email: user.email, locale: user.locale })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.where(eq(member.organizationId, found.employerId));
	for (const m of members) {
		const mail = batchProcessedMail({
			locale: isLocale(m.locale) ? m.locale : null,
			batchId,
			number: found.number,
			counts,
			costCents: found.costCents,
			env
		});
		await sendOnce(
			db,
			mailer,
			{ to: m.email, ...mail, idempotencyKey: `batch-processed:${batchId}:${m.id}` },
			{ now }
		);
	}
	await db
		.insert(auditEvent)
		.values({
			id: `completed-${batchId}`,
			at: now,
			actorId: null,
			organizationId: found.employerId,
			action: 'batch.completed',
			subjectType: 'batch',
			subjectId: batchId,
			detail: JSON.stringify({
				rowCount: found.rowCount,
				counts: { 1: counts[1], 2: counts[2], 3: counts[3], 4: counts[4] },
				costCents: found.costCents
			})
		})
		.onConflictDoNothing();
	await db
		.update(batch)
		.set({
			status: 'completed',
			completedAt: now,
			count1: counts[1],
			count2: counts[2],
			count3: counts[3],
			count4: counts[4]
		})
		.where(and(eq(batch.id, batchId), ne(batch.status, 'completed')));
	return true;
}
