/**
 * Work the queue could not finish, for staff: every failed attempt records its range with a
 * fixed reason identifier; the dead-letter consumer marks the range dead. No error texts (they
 * can carry personal data).
 */
import { desc, isNotNull, sql } from 'drizzle-orm';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db';
import { batchStuck } from '../db/schema';
import { InjectedFault } from './faults';
import { MailFailed } from './create-accounts';
import { MailInFlight } from '../mail';
import { PipelineError } from './process';
import type { LineRangeMessage } from './message';

type StuckReason =
	| 'batch-key-missing'
	| 'payload-missing'
	| 'mail-failed'
	| 'injected-fault'
	| 'waiting-for-earlier-line'
	| 'invalid-message'
	| 'dead-letter'
	| 'unexpected-error';

export function classifyFailure(error: unknown): StuckReason {
	if (error instanceof PipelineError) return error.reason;
	if (error instanceof MailFailed || error instanceof MailInFlight) return 'mail-failed';
	if (error instanceof InjectedFault) return 'injected-fault';
	return 'unexpected-error';
}

/** Records the range as stuck: a new row, or `onConflict` applied to the one already there. */
function upsertStuck(
	db: Db,
	message: LineRangeMessage,
	values: Pick<typeof batchStuck.$inferInsert, 'reason' | 'attempts' | 'failedAt' | 'deadAt'>,
	onConflict: SQLiteUpdateSetSource<typeof batchStuck>
) {
	return db
		.insert(batchStuck)
		.values({ batchId: message.batchId, fromLine: message.from, toLine: message.to, ...values })
		.onConflictDoUpdate({
			target: [batchStuck.batchId, batchStuck.fromLine, batchStuck.toLine],
			set: onConflict
		});
}

export async function recordFailure(
	db: Db,
	message: LineRangeMessage,
	reason: StuckReason,
	attempts: number,
	now: Date
): Promise<void> {
	const fields = { reason, attempts, failedAt: now };
	await upsertStuck(db, message, fields, fields);
}

/** Dead-letter consumer: the range is stuck; keeps the last recorded reason if there is one. */
export async function recordDeadLetter(
	db: Db,
	message: LineRangeMessage,
	attempts: number,
	now: Date
): Promise<void> {
	await upsertStuck(
		db,
		message,
		{ reason: 'dead-letter', attempts, failedAt: now, deadAt: now },
		{ deadAt: now, attempts: sql`max(${batchStuck.attempts}, ${attempts})` }
	);
}

/** Dead ranges, newest first (for the staff back office). */
export function listStuckWork(db: Db, limit = 100) {
	return db
		.select()
		.from(batchStuck)
		.where(isNotNull(batchStuck.deadAt))
		.orderBy(desc(batchStuck.deadAt))
		.limit(limit);
}
