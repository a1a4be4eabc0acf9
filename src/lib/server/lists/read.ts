/**
 * The read model of a batch for its employer (status page, API): always scoped by employerId —
 * someone else's batch is indistinguishable from an unknown one.
 */
import { and, asc, eq, exists, gt, sql } from 'drizzle-orm';
import type { Reason } from '$lib/registration';
import type { Db } from '../db';
import { batch, batchLine, batchStuck, type BatchStatus } from '../db/schema';
import type { BatchCounts } from '../mail/templates/batch-processed';
import { markResultsOpened } from './retention';

interface BatchView {
	id: string;
	number: number;
	status: BatchStatus;
	source: 'grid' | 'api';
	rowCount: number;
	/** Frozen at completion; live (lines done so far, kept on the batch row) while processing. */
	counts: BatchCounts;
	/** Lines not yet done. */
	pending: number;
	/** Pending lines whose message went to the dead-letter queue. */
	stuck: number;
	costCents: number;
	receivedAt: Date;
	/** When a line was last decided (the receipt, before the first). */
	lastProgressAt: Date;
	/** Promised completion date, `yyyy-mm-dd`. */
	promisedBy: string;
	completedAt: Date | null;
	resultsOpenedAt: Date | null;
	correctionOfId: string | null;
}

interface BatchLineResult {
	/** 1-based, in submitted order. */
	line: number;
	code: 1 | 2 | 3 | 4 | null;
	reason: Reason | null;
}

/**
 * Pending lines of the batch whose message went to the dead-letter queue. Driven by the batch's
 * dead ranges: while there are none (the normal case) no line is read.
 */
const stuckLines = sql<number>`(select count(*) from ${batchStuck}
	join ${batchLine} on ${batchLine.batchId} = ${batchStuck.batchId}
		and ${batchLine.line} between ${batchStuck.fromLine} and ${batchStuck.toLine}
	where ${batchStuck.batchId} = ${batch.id} and ${batchStuck.deadAt} is not null
		and ${batchLine.state} = 'pending')`;

/**
 * The batch of this employer, or null (unknown, or someone else's). One statement that reads the
 * batch row and no line: its counts are kept live by the pipeline (batches/process.ts).
 */
export function batchViewQuery(db: Db, input: { employerId: string; batchId: string }) {
	return db
		.select({
			row: batch,
			stuck: sql<number>`case when ${batch.status} = 'completed' then 0 else ${stuckLines} end`
		})
		.from(batch)
		.where(and(eq(batch.id, input.batchId), eq(batch.employerId, input.employerId)));
}

/** The view of a row read by batchViewQuery. */
export function toBatchView(found: { row: typeof batch.$inferSelect; stuck: number }): BatchView {
	const { row } = found;
	return {
		id: row.id,
		number: row.number,
		status: row.status,
		source: row.source,
		rowCount: row.rowCount,
		counts: { 1: row.count1, 2: row.count2, 3: row.count3, 4: row.count4 },
		pending: row.status === 'completed' ? 0 : Math.max(0, row.rowCount - row.doneCount),
		stuck: Number(found.stuck ?? 0),
		costCents: row.costCents,
		receivedAt: row.receivedAt,
		lastProgressAt: row.progressAt ?? row.receivedAt,
		promisedBy: row.promisedBy,
		completedAt: row.completedAt,
		resultsOpenedAt: row.resultsOpenedAt,
		correctionOfId: row.correctionOfId
	};
}

export async function getBatchView(
	db: Db,
	input: { employerId: string; batchId: string }
): Promise<BatchView | null> {
	const found = await batchViewQuery(db, input).get();
	return found ? toBatchView(found) : null;
}

/**
 * The results page's load for someone who may see the results (`view-results`): the batch view,
 * and — once completed — the first opening of the results is recorded (it starts the end of the
 * code-1/2 data's retention). Whoever may not see them reads `getBatchView` instead.
 */
export async function openBatchForEmployer(
	db: Db,
	input: { employerId: string; batchId: string; now: Date }
): Promise<BatchView | null> {
	const view = await getBatchView(db, input);
	if (view?.status === 'completed' && !view.resultsOpenedAt) {
		await markResultsOpened(db, view.id, input.now);
		view.resultsOpenedAt = input.now;
	}
	return view;
}

type LineRow = { line: number; code: number | null; reason: string | null };

export const toLineResult = (r: LineRow): BatchLineResult => ({
	line: r.line,
	code: (r.code as BatchLineResult['code']) ?? null,
	reason: (r.reason as Reason | null) ?? null
});

/**
 * One page of a batch's result lines — only once the batch is this employer's and completed: a
 * query that can go in the same D1 batch as batchViewQuery and reads no line before that (its
 * condition on the batch row is constant, evaluated before any line is visited).
 */
export function completedLinesQuery(
	db: Db,
	input: { employerId: string; batchId: string },
	page: { after: number; limit: number }
) {
	const completed = db
		.select({ id: batch.id })
		.from(batch)
		.where(
			and(
				eq(batch.id, input.batchId),
				eq(batch.employerId, input.employerId),
				eq(batch.status, 'completed')
			)
		);
	return db
		.select({ line: batchLine.line, code: batchLine.code, reason: batchLine.reason })
		.from(batchLine)
		.where(
			and(exists(completed), eq(batchLine.batchId, input.batchId), gt(batchLine.line, page.after))
		)
		.orderBy(asc(batchLine.line))
		.limit(page.limit);
}
