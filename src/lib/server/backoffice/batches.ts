/**
 * Lists across all employers, for staff: counts, cost, dates — never lines. The promised date is
 * 8 Belgian working days after the Brussels date of receipt ($lib/registration/deadline).
 */
import { and, desc, eq, gte, lt, ne, type SQL } from 'drizzle-orm';
import { brusselsDate, isOverdue, promisedDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { batch, batchStatuses, organization, type BatchStatus } from '../db/schema';
import * as v from 'valibot';
import { brusselsMonth, isMonth, monthWindow } from './months';
import { Id } from '../db/ids';
import { periodWindow, type Period } from './periods';

interface BatchFilters {
	employerId?: string;
	month?: string;
	/** Received on a Brussels day within the period (both ends included). */
	period?: Period;
	status?: BatchStatus;
	overdue?: boolean;
}

export interface BatchOverviewRow {
	id: string;
	employerId: string;
	employerName: string;
	/** The employer's KBO/BCE number (ten digits), null when staff have not entered it. */
	enterpriseNumber: string | null;
	number: number;
	source: 'grid' | 'api';
	status: BatchStatus;
	receivedOn: string;
	promisedOn: string;
	completedOn: string | null;
	/** null while not completed. */
	metPromise: boolean | null;
	overdue: boolean;
	rowCount: number;
	counts: [number, number, number, number];
	costCents: number;
	correction: boolean;
	purged: boolean;
}

function isBatchStatus(value: unknown): value is BatchStatus {
	return typeof value === 'string' && (batchStatuses as readonly string[]).includes(value);
}

/** A batch row as `columns` selects it. */
type Selected = Pick<
	typeof batch.$inferSelect,
	| 'id'
	| 'employerId'
	| 'number'
	| 'source'
	| 'status'
	| 'receivedAt'
	| 'completedAt'
	| 'rowCount'
	| 'count1'
	| 'count2'
	| 'count3'
	| 'count4'
	| 'costCents'
	| 'correctionOfId'
	| 'purgedAt'
> & { employerName: string; enterpriseNumber: string | null };

/** The overview row of a batch at `now` (promised date, met / overdue). */
function toOverviewRow(b: Selected, now: Date): BatchOverviewRow {
	const receivedOn = brusselsDate(b.receivedAt);
	const promisedOn = promisedDate(receivedOn);
	const completedOn = b.completedAt ? brusselsDate(b.completedAt) : null;
	const completed = b.status === 'completed';
	return {
		id: b.id,
		employerId: b.employerId,
		employerName: b.employerName,
		enterpriseNumber: b.enterpriseNumber,
		number: b.number,
		source: b.source,
		status: b.status,
		receivedOn,
		promisedOn,
		completedOn,
		metPromise: completed && completedOn ? completedOn <= promisedOn : null,
		overdue: isOverdue(promisedOn, brusselsDate(now), completed),
		rowCount: b.rowCount,
		counts: [b.count1, b.count2, b.count3, b.count4],
		costCents: b.costCents,
		correction: b.correctionOfId !== null,
		purged: b.purgedAt !== null
	};
}

const columns = {
	id: batch.id,
	employerId: batch.employerId,
	employerName: organization.name,
	enterpriseNumber: organization.enterpriseNumber,
	number: batch.number,
	source: batch.source,
	status: batch.status,
	receivedAt: batch.receivedAt,
	completedAt: batch.completedAt,
	rowCount: batch.rowCount,
	count1: batch.count1,
	count2: batch.count2,
	count3: batch.count3,
	count4: batch.count4,
	costCents: batch.costCents,
	correctionOfId: batch.correctionOfId,
	purgedAt: batch.purgedAt
};

/** Batches matching the filters, newest first (at most `limit`). */
export async function listBatches(
	db: Db,
	filters: BatchFilters,
	now: Date,
	limit = 500
): Promise<BatchOverviewRow[]> {
	const where: SQL[] = [];
	if (filters.employerId) where.push(eq(batch.employerId, filters.employerId));
	if (filters.status) where.push(eq(batch.status, filters.status));
	if (filters.overdue) where.push(ne(batch.status, 'completed'));
	if (filters.month) {
		const { from, to } = monthWindow(filters.month);
		where.push(gte(batch.receivedAt, from), lt(batch.receivedAt, to));
	}
	const period = filters.period;
	if (period) {
		const { from, to } = periodWindow(period);
		where.push(gte(batch.receivedAt, from), lt(batch.receivedAt, to));
	}
	const rows = await db
		.select(columns)
		.from(batch)
		.innerJoin(organization, eq(batch.employerId, organization.id))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(batch.receivedAt))
		.limit(limit);
	return rows
		.filter((b) => !filters.month || brusselsMonth(b.receivedAt) === filters.month)
		.map((b) => toOverviewRow(b, now))
		.filter((b) => !period || (b.receivedOn >= period.from && b.receivedOn <= period.to))
		.filter((b) => !filters.overdue || b.overdue);
}

/** Every batch received in a period of Brussels days (for costs and invoicing). */
export async function batchesOfPeriod(db: Db, period: Period, now: Date) {
	return listBatches(db, { period }, now, 100_000);
}

/** Filters from the overview's query string; anything unrecognised is ignored. */
export function filtersFrom(params: URLSearchParams): BatchFilters {
	const employer = params.get('employer') ?? '';
	const month = params.get('month');
	const status = params.get('status');
	return {
		employerId: v.is(Id, employer) ? employer : undefined,
		month: isMonth(month) ? month : undefined,
		status: isBatchStatus(status) ? status : undefined,
		overdue: params.get('overdue') === '1'
	};
}
