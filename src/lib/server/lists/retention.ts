/**
 * Destroying the list once it has served (periods in periods.ts). Line payloads and hints are
 * set to null; when no line of a batch keeps anything, the batch's KV key is deleted, so even a
 * D1 restore yields nothing readable. Accounts are not touched: they are the YOU-P user record.
 */
import { and, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { batch, batchLine, rosterRequest } from '../db/schema';
import { deleteBatchKeys } from './batch-keys';
import { DAY_MS, UNFINISHED_RETENTION_DAYS } from './periods';

const kept = or(isNotNull(batchLine.payload), isNotNull(batchLine.hint));
const purge = (now: Date) => ({ payload: null, hint: null, purgedAt: now });

/**
 * A correction was submitted: the original's code-3/4 lines have served. With `lines` (the
 * results page knows which lines were corrected) only those; without (API), all of them.
 */
export async function purgeCorrectedLines(
	db: Db,
	env: Env,
	input: { originalId: string; correctionId: string; now: Date; lines?: number[] }
): Promise<void> {
	// D1 binds at most 100 values per statement: corrected lines go in chunks.
	const parts: (number[] | undefined)[] = [];
	if (!input.lines) parts.push(undefined);
	else for (let i = 0; i < input.lines.length; i += 90) parts.push(input.lines.slice(i, i + 90));
	for (const part of parts) {
		await db
			.update(batchLine)
			.set({ ...purge(input.now), correctedInBatchId: input.correctionId })
			.where(
				and(
					eq(batchLine.batchId, input.originalId),
					eq(batchLine.state, 'done'),
					inArray(batchLine.code, [3, 4]),
					part ? inArray(batchLine.line, part) : undefined
				)
			);
	}
	await dropKeysWhenEmpty(db, env, [input.originalId], input.now);
}

/** The employer opened the results of a completed batch (first time counts). */
export async function markResultsOpened(db: Db, batchId: string, now: Date): Promise<void> {
	await db
		.update(batch)
		.set({ resultsOpenedAt: now })
		.where(
			and(eq(batch.id, batchId), eq(batch.status, 'completed'), isNull(batch.resultsOpenedAt))
		);
}

/**
 * The daily run: code-1/2 data of opened results, every line past its retainUntil, and every
 * line of a list that never finished within UNFINISHED_RETENTION_DAYS; then drops the keys of
 * batches that keep nothing. Returns how many lines and keys were purged.
 */
export async function purgeExpired(
	db: Db,
	env: Env,
	now: Date
): Promise<{ lines: number; keys: number }> {
	const stale = new Date(now.getTime() - UNFINISHED_RETENTION_DAYS * DAY_MS);
	const opened = db.select({ id: batch.id }).from(batch).where(isNotNull(batch.resultsOpenedAt));
	const old = db.select({ id: batch.id }).from(batch).where(lt(batch.receivedAt, stale));
	const results = await db.batch([
		db
			.update(batchLine)
			.set(purge(now))
			.where(and(kept, lte(batchLine.retainUntil, now)))
			.returning({ id: batchLine.id }),
		db
			.update(batchLine)
			.set(purge(now))
			.where(and(kept, inArray(batchLine.code, [1, 2]), inArray(batchLine.batchId, opened)))
			.returning({ id: batchLine.id }),
		db
			.update(batchLine)
			.set(purge(now))
			.where(and(kept, inArray(batchLine.batchId, old)))
			.returning({ id: batchLine.id })
	]);
	const lines = results.reduce((sum, rows) => sum + rows.length, 0);
	await expireRosterRequests(db, now);
	// Batches whose key is still there but that keep nothing (completed, or too old to finish).
	const candidates = await db
		.select({ id: batch.id })
		.from(batch)
		.where(
			and(
				isNull(batch.purgedAt),
				or(eq(batch.status, 'completed'), lt(batch.receivedAt, stale)),
				sql`not exists (select 1 from batch_line l where l.batch_id = ${batch.id} and (l.payload is not null or l.hint is not null))`
			)
		);
	const keys = await dropKeysWhenEmpty(
		db,
		env,
		candidates.map((c) => c.id),
		now
	);
	return { lines, keys };
}

/** Deletes the KV key of each batch that keeps no line data any more; returns how many. */
async function dropKeysWhenEmpty(db: Db, env: Env, batchIds: string[], now: Date): Promise<number> {
	let dropped = 0;
	for (const id of batchIds) {
		const still = await db
			.select({ id: batchLine.id })
			.from(batchLine)
			.where(and(eq(batchLine.batchId, id), kept))
			.limit(1)
			.get();
		const found = await db
			.select({ status: batch.status, receivedAt: batch.receivedAt })
			.from(batch)
			.where(eq(batch.id, id))
			.get();
		const finished =
			found?.status === 'completed' ||
			(found && now.getTime() - found.receivedAt.getTime() > UNFINISHED_RETENTION_DAYS * DAY_MS);
		if (still || !finished) continue;
		await deleteBatchKeys(env.BATCH_KEYS, id);
		await db.update(batch).set({ purgedAt: now }).where(eq(batch.id, id));
		dropped++;
	}
	return dropped;
}

/**
 * A roster request lives on its line's data: once the line is purged (or corrected), a request
 * still pending can no longer be decided. It expires, and the employer's remark is erased.
 */
export async function expireRosterRequests(db: Db, now: Date): Promise<number> {
	const rows = await db
		.update(rosterRequest)
		.set({ status: 'expired', remark: null, decidedAt: now })
		.where(
			and(
				eq(rosterRequest.status, 'pending'),
				sql`not exists (select 1 from batch_line l where l.batch_id = ${rosterRequest.batchId}
					and l.line = ${rosterRequest.line} and l.payload is not null
					and l.corrected_in_batch_id is null)`
			)
		)
		.returning({ id: rosterRequest.id });
	return rows.length;
}
