/**
 * Lists that should have finished but did not: not completed more than an hour after receipt,
 * with the number of lines still pending. "Retry" puts the pending lines back on the queue.
 */
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { redriveBatch } from '../lists/redrive';
import type { LineRangeSender } from '../lists/message';
import { batch, batchLine, organization } from '../db/schema';
import { recordAudit } from '../audit';

const STUCK_AFTER_MS = 60 * 60 * 1000;

interface StuckBatch {
	id: string;
	employerName: string;
	number: number;
	status: string;
	receivedAt: Date;
	pendingLines: number;
}

export async function stuckBatches(db: Db, now: Date): Promise<StuckBatch[]> {
	return db
		.select({
			id: batch.id,
			employerName: organization.name,
			number: batch.number,
			status: batch.status,
			receivedAt: batch.receivedAt,
			pendingLines: sql<number>`count(${batchLine.id})`
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

/** Re-enqueues the pending lines of a stuck batch; false when it is not stuck (any more). */
export async function retryBatch(
	db: Db,
	queue: LineRangeSender,
	batchId: string,
	actorId: string,
	now: Date
): Promise<boolean> {
	const stuck = (await stuckBatches(db, now)).find((b) => b.id === batchId);
	if (!stuck || stuck.pendingLines === 0) return false;
	await redriveBatch(db, batchId, queue);
	await recordAudit(db, {
		actorId,
		organisationId: null,
		action: 'batch.retry',
		subjectType: 'batch',
		subjectId: batchId,
		detail: { pendingLines: stuck.pendingLines }
	});
	return true;
}
