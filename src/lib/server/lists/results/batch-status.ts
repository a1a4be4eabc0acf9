/**
 * What the list pages poll while lists are processed: status and counts from the batch rows
 * alone (kept live by the pipeline), no line and no layout load.
 */
import type { Db } from '../../db';
import { getBatchView } from '../read';
import { isDelayed } from '../redrive';
import { listBatches } from './list-batches';

interface BatchStatusView {
	id: string;
	status: 'queued' | 'processing' | 'completed';
	rowCount: number;
	pending: number;
	stuck: number;
	counts: { 1: number; 2: number; 3: number; 4: number };
	delayed: boolean;
}

/** One list of this employer (null: unknown, or someone else's). */
export async function batchStatus(
	db: Db,
	input: { employerId: string; batchId: string; now: Date }
): Promise<BatchStatusView | null> {
	const view = await getBatchView(db, input);
	if (!view) return null;
	const { id, status, rowCount, pending, stuck, counts } = view;
	return { id, status, rowCount, pending, stuck, counts, delayed: isDelayed(view, input.now) };
}

/** The employer's lists as the list page shows them (one query). */
export async function batchStatuses(db: Db, employerId: string) {
	return (await listBatches(db, employerId)).map(({ id, status, rowCount, pending, counts }) => ({
		id,
		status,
		rowCount,
		pending,
		counts
	}));
}
