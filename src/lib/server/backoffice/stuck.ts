/**
 * Lists that should have finished but did not: not completed more than an hour after receipt,
 * with the number of lines still pending. "Retry" puts the pending lines back on the queue.
 */
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { batch, batchLine, organization } from '../db/schema';
import { recordAudit } from '../audit';

export const STUCK_AFTER_MS = 60 * 60 * 1000;

export interface StuckBatch {
	id: string;
	employerName: string;
	number: number;
	status: string;
	receivedAt: Date;
	pendingLines: number;
	firstPending: number | null;
	lastPending: number | null;
}

export async function stuckBatches(db: Db, now: Date): Promise<StuckBatch[]> {
	return db
		.select({
			id: batch.id,
			employerName: organization.name,
			number: batch.number,
			status: batch.status,
			receivedAt: batch.receivedAt,
			pendingLines: sql<number>`count(${batchLine.id})`,
			firstPending: sql<number | null>`min(${batchLine.line})`,
			lastPending: sql<number | null>`max(${batchLine.line})`
		})
		.from(batch)
		.innerJoin(organization, eq(batch.employerId, organization.id))
		.leftJoin(batchLine, and(eq(batchLine.batchId, batch.id), eq(batchLine.state, 'pending')))
		.where(
			and(
				ne(batch.status, 'completed'),
				lt(batch.receivedAt, new Date(now.getTime() - STUCK_AFTER_MS))
			)
		)
		.groupBy(batch.id)
		.orderBy(batch.receivedAt);
}

/**
 * ASSUMED queue message shape (the lead aligns it with the pipeline's message type on merge):
 * `{ batchId, from, to }` — the 1-based range of line numbers to (re)process. Ids only.
 */
export interface RetryMessage {
	batchId: string;
	from: number;
	to: number;
}

/** Re-enqueues the pending lines of a stuck batch; false when it is not stuck (any more). */
export async function retryBatch(
	db: Db,
	queue: { send(message: RetryMessage): Promise<unknown> },
	batchId: string,
	actorId: string,
	now: Date
): Promise<boolean> {
	const stuck = (await stuckBatches(db, now)).find((b) => b.id === batchId);
	if (!stuck || stuck.firstPending === null || stuck.lastPending === null) return false;
	await queue.send({ batchId, from: stuck.firstPending, to: stuck.lastPending });
	await recordAudit(db, {
		actorId,
		organizationId: null,
		action: 'batch.retry',
		subjectType: 'batch',
		subjectId: batchId,
		detail: { pendingLines: stuck.pendingLines }
	});
	return true;
}
