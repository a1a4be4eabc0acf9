import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { batch, batchLine, batchStuck } from '../db/schema';
import { enqueueRanges, type LineRangeSender } from './message';
import { LINES_PER_MESSAGE, MESSAGES_PER_SEND, REDRIVE_AFTER_MINUTES } from './periods';

/** Progress older than this means the batch's messages are lost (or it is dead-lettered). */
const stalledBefore = (now: Date) => new Date(now.getTime() - REDRIVE_AFTER_MINUTES * 60_000);

/**
 * The employer's "delayed, we are on it": an unfinished list whose lines (those not visibly
 * stuck) made no progress for REDRIVE_AFTER_MINUTES — exactly the lists the re-drive picks up.
 */
export function isDelayed(
	view: { status: string; pending: number; stuck: number; lastProgressAt: Date },
	now: Date
): boolean {
	return (
		view.status !== 'completed' &&
		view.pending > view.stuck &&
		view.lastProgressAt.getTime() < stalledBefore(now).getTime()
	);
}

export interface RedriveSummary {
	/** Lists whose lines went back on the queue. */
	batches: number;
	/** Messages sent for them. */
	messages: number;
}

/**
 * Unfinished batches (and completed ones with a pending line) without progress for REDRIVE_AFTER_MINUTES (the last decided line, or the
 * receipt) get their pending lines enqueued again; processing is idempotent, so a message that
 * was only slow does no harm. The claim (`redrivenAt`) is one UPDATE … RETURNING: a batch is
 * re-driven at most once per period, however often or concurrently the cron runs, so messages
 * never pile up.
 */
export async function redriveStalledBatches(
	db: Db,
	env: Env,
	now: Date,
	queue: LineRangeSender = env.REGISTRATION as Queue<never>
): Promise<RedriveSummary> {
	const before = stalledBefore(now);
	const claimed = await db
		.update(batch)
		.set({ redrivenAt: now })
		.where(
			and(
				// Unfinished lists, and completed ones with a line sent back by a roster request.
				or(
					ne(batch.status, 'completed'),
					sql`exists (select 1 from batch_line l where l.batch_id = ${batch.id} and l.state = 'pending')`
				),
				isNull(batch.purgedAt),
				sql`coalesce(${batch.progressAt}, ${batch.receivedAt}) < ${before.getTime()}`,
				or(isNull(batch.redrivenAt), lt(batch.redrivenAt, before))
			)
		)
		.returning({ id: batch.id });
	let messages = 0;
	let batches = 0;
	for (const { id } of claimed) {
		const sent = await redriveBatch(db, id, queue, { skipDead: true });
		messages += sent;
		if (sent > 0) batches++;
	}
	return { batches, messages };
}

/**
 * Enqueues the pending lines of one batch again; returns the number of messages sent. With
 * `skipDead` (the cron) lines of a dead-lettered range are left for a staff retry: they failed
 * every attempt, and re-driving them every few minutes would only fail again. A batch with no
 * pending line that is still not completed (a crash before completion, then the message lost)
 * gets one message, which completes it.
 */
export async function redriveBatch(
	db: Db,
	batchId: string,
	queue: LineRangeSender,
	options: { skipDead?: boolean } = {}
): Promise<number> {
	const pending = await db
		.select({
			line: batchLine.line,
			dead: sql<number>`exists (select 1 from ${batchStuck} s where s.batch_id = ${batchLine.batchId}
				and s.dead_at is not null and ${batchLine.line} between s.from_line and s.to_line)`
		})
		.from(batchLine)
		.where(and(eq(batchLine.batchId, batchId), eq(batchLine.state, 'pending')));
	const lines =
		pending.length === 0
			? [1]
			: pending.filter((p) => !(options.skipDead && p.dead)).map((p) => p.line);
	return enqueueRanges(queue, batchId, lines, LINES_PER_MESSAGE, MESSAGES_PER_SEND);
}
