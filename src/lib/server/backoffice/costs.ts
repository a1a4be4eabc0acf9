/**
 * Monthly costs per employer, from the cost frozen on each batch (its formula: base + per line,
 * capped — $lib/registration/cost, the tariff as data). A list counts in the month it was received.
 */
import { costBreakdown, DEFAULT_TARIFF, type CostBreakdown } from '$lib/registration';
import type { Db } from '../db';
import { batchesOfMonth, type BatchOverviewRow } from './batches';

interface EmployerMonth {
	employerId: string;
	employerName: string;
	batches: number;
	lines: number;
	costCents: number;
}

export interface MonthCosts {
	month: string;
	employers: EmployerMonth[];
	batches: (BatchOverviewRow & { formula: CostBreakdown })[];
	totals: { batches: number; lines: number; costCents: number };
	tariff: typeof DEFAULT_TARIFF;
}

function summariseMonth(month: string, rows: BatchOverviewRow[]): MonthCosts {
	const byEmployer = new Map<string, EmployerMonth>();
	for (const row of rows) {
		const entry = byEmployer.get(row.employerId) ?? {
			employerId: row.employerId,
			employerName: row.employerName,
			batches: 0,
			lines: 0,
			costCents: 0
		};
		entry.batches++;
		entry.lines += row.rowCount;
		entry.costCents += row.costCents;
		byEmployer.set(row.employerId, entry);
	}
	const employers = [...byEmployer.values()].sort((a, b) =>
		a.employerName.localeCompare(b.employerName, 'nl')
	);
	return {
		month,
		employers,
		batches: rows
			.map((row) => ({ ...row, formula: costBreakdown(row.rowCount) }))
			.sort((a, b) => a.employerName.localeCompare(b.employerName, 'nl') || a.number - b.number),
		totals: {
			batches: rows.length,
			lines: rows.reduce((sum, r) => sum + r.rowCount, 0),
			costCents: rows.reduce((sum, r) => sum + r.costCents, 0)
		},
		tariff: DEFAULT_TARIFF
	};
}

export async function monthCosts(db: Db, month: string, now: Date): Promise<MonthCosts> {
	return summariseMonth(month, await batchesOfMonth(db, month, now));
}
