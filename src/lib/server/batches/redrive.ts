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
	for (const { id } of stalled) {
		const pending = await db
			.select({ line: batchLine.line })
			.from(batchLine)
			.where(and(eq(batchLine.batchId, id), eq(batchLine.state, 'pending')));
		sent += await enqueueRanges(
			queue,
			id,
			pending.map((p) => p.line),
			LINES_PER_MESSAGE,
			MESSAGES_PER_SEND
		);
	}
	return sent;
}
