import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { batch, batchLine } from '../db/schema';
import { enqueueRanges, type LineRangeSender } from './message';
import { LINES_PER_MESSAGE, MESSAGES_PER_SEND, REDRIVE_AFTER_MINUTES } from './periods';

/**
 * Unfinished batches received more than REDRIVE_AFTER_MINUTES ago get their pending lines
 * enqueued again (processing is idempotent, so a message that was only slow does no harm).
 */
export async function redriveStalledBatches(
	db: Db,
	env: Env,
	now: Date,
	queue: LineRangeSender = env.REGISTRATION as Queue<never>
): Promise<number> {
	const before = new Date(now.getTime() - REDRIVE_AFTER_MINUTES * 60_000);
	const stalled = await db
		.select({ id: batch.id })
		.from(batch)
		.where(
			and(ne(batch.status, 'completed'), lt(batch.receivedAt, before), isNull(batch.purgedAt))
		);
	let sent = 0;
	for (const { id } of stalled) sent += await redriveBatch(db, id, queue);
	return sent;
}

/** Enqueues the pending lines of one batch again; returns the number of messages sent. */
export async function redriveBatch(
	db: Db,
	batchId: string,
	queue: LineRangeSender
): Promise<number> {
	const pending = await db
		.select({ line: batchLine.line })
		.from(batchLine)
		.where(and(eq(batchLine.batchId, batchId), eq(batchLine.state, 'pending')));
	return enqueueRanges(
		queue,
		batchId,
		pending.map((p) => p.line),
		LINES_PER_MESSAGE,
		MESSAGES_PER_SEND
	);
}
