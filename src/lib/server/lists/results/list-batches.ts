/**
 * The employer's lists for /werkgever/lijsten: counts, cost and status only (no personal data
 * of lines), always scoped by the employer's organisation id.
 */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { batch, user, type BatchStatus } from '../../db/schema';

interface BatchSummary {
	id: string;
	number: number;
	status: BatchStatus;
	source: 'grid' | 'api';
	submittedBy: string | null;
	rowCount: number;
	counts: { 1: number; 2: number; 3: number; 4: number };
	/** Lines not yet done (0 once completed). */
	pending: number;
	costCents: number;
	receivedAt: Date;
	promisedBy: string;
	correctionOfNumber: number | null;
}

/** The employer's batches, newest first (at most `limit`). */
export async function listBatches(
	db: Db,
	employerId: string,
	limit = 200
): Promise<BatchSummary[]> {
	const rows = await db
		.select({ batch, submitter: user.name })
		.from(batch)
		.leftJoin(user, eq(user.id, batch.submittedBy))
		.where(eq(batch.employerId, employerId))
		.orderBy(desc(batch.number))
		.limit(limit);
	const numberOf = new Map(rows.map((r) => [r.batch.id, r.batch.number]));
	// Counts live on the batch row (kept by the pipeline): no line is read here.
	return rows.map(({ batch: b, submitter }) => {
		return {
			id: b.id,
			number: b.number,
			status: b.status,
			source: b.source,
			submittedBy: submitter ?? null,
			rowCount: b.rowCount,
			counts: { 1: b.count1, 2: b.count2, 3: b.count3, 4: b.count4 },
			pending: b.status === 'completed' ? 0 : Math.max(0, b.rowCount - b.doneCount),
			costCents: b.costCents,
			receivedAt: b.receivedAt,
			promisedBy: b.promisedBy,
			correctionOfNumber: b.correctionOfId ? (numberOf.get(b.correctionOfId) ?? null) : null
		};
	});
}
