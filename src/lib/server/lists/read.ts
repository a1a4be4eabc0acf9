/**
 * The read model of a batch for its employer (status page, API): always scoped by employerId —
 * someone else's batch is indistinguishable from an unknown one.
 */
import { and, asc, between, count, eq, isNotNull } from 'drizzle-orm';
import type { Reason } from '$lib/registration';
import type { Db } from '../db';
import { batch, batchLine, batchStuck, type BatchStatus } from '../db/schema';
import type { BatchCounts } from '../mail/templates/batch-processed';
import { countLines } from './complete';
import { markResultsOpened } from './retention';

export interface BatchView {
	id: string;
	number: number;
	status: BatchStatus;
	source: 'grid' | 'api';
	rowCount: number;
	/** Frozen at completion; live (lines done so far) while processing. */
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

export interface BatchLineResult {
	/** 1-based, in submitted order. */
	line: number;
	code: 1 | 2 | 3 | 4 | null;
	reason: Reason | null;
}

/** The batch of this employer, or null (unknown, or someone else's). */
export async function getBatchView(
	db: Db,
	input: { employerId: string; batchId: string }
): Promise<BatchView | null> {
	const row = await db
		.select()
		.from(batch)
		.where(and(eq(batch.id, input.batchId), eq(batch.employerId, input.employerId)))
		.get();
	if (!row) return null;
	const live = row.status === 'completed' ? null : await countLines(db, row.id);
	const stuckRanges = live?.pending
		? await db
				.select({ from: batchStuck.fromLine, to: batchStuck.toLine })
				.from(batchStuck)
				.where(and(eq(batchStuck.batchId, row.id), isNotNull(batchStuck.deadAt)))
		: [];
	let stuck = 0;
	for (const range of stuckRanges) {
		const pending = await db
			.select({ n: count() })
			.from(batchLine)
			.where(
				and(
					eq(batchLine.batchId, row.id),
					eq(batchLine.state, 'pending'),
					between(batchLine.line, range.from, range.to)
				)
			)
			.get();
		stuck += pending?.n ?? 0;
	}
	return {
		id: row.id,
		number: row.number,
		status: row.status,
		source: row.source,
		rowCount: row.rowCount,
		counts: live
			? { 1: live[1], 2: live[2], 3: live[3], 4: live[4] }
			: { 1: row.count1, 2: row.count2, 3: row.count3, 4: row.count4 },
		pending: live?.pending ?? 0,
		stuck,
		costCents: row.costCents,
		receivedAt: row.receivedAt,
		lastProgressAt: row.progressAt ?? row.receivedAt,
		promisedBy: row.promisedBy,
		completedAt: row.completedAt,
		resultsOpenedAt: row.resultsOpenedAt,
		correctionOfId: row.correctionOfId
	};
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

/** Result code and reason per line (no personal data), in submitted order. */
export async function getBatchLineResults(db: Db, batchId: string): Promise<BatchLineResult[]> {
	const rows = await db
		.select({ line: batchLine.line, code: batchLine.code, reason: batchLine.reason })
		.from(batchLine)
		.where(eq(batchLine.batchId, batchId))
		.orderBy(asc(batchLine.line));
	return rows.map((r) => ({
		line: r.line,
		code: (r.code as BatchLineResult['code']) ?? null,
		reason: (r.reason as Reason | null) ?? null
	}));
}
