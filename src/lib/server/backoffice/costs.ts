/**
 * Costs per employer over a period, from the cost frozen on each batch (its formula: base + per
 * line, capped — $lib/registration/cost, the tariff as data) and the VAT on each list
 * (invoiceAmounts, rounded per list). A list counts on the Brussels day it was received.
 */
import {
	costBreakdown,
	DEFAULT_TARIFF,
	DEFAULT_VAT,
	invoiceAmounts,
	type CostBreakdown,
	type InvoiceAmounts
} from '$lib/registration';
import type { Db } from '../db';
import { batchesOfPeriod, type BatchOverviewRow } from './batches';
import type { Period } from './periods';

export interface EmployerCosts {
	employerId: string;
	employerName: string;
	enterpriseNumber: string | null;
	batches: number;
	lines: number;
	costCents: number;
	vatCents: number;
	inclCents: number;
}

export type InvoicedBatch = BatchOverviewRow & { formula: CostBreakdown; invoice: InvoiceAmounts };

export interface PeriodCosts {
	period: Period;
	employers: EmployerCosts[];
	batches: InvoicedBatch[];
	totals: {
		batches: number;
		lines: number;
		costCents: number;
		vatCents: number;
		inclCents: number;
	};
	tariff: typeof DEFAULT_TARIFF;
	vat: typeof DEFAULT_VAT;
}

export function summarisePeriod(period: Period, rows: BatchOverviewRow[]): PeriodCosts {
	const batches = rows
		.map((row) => ({
			...row,
			formula: costBreakdown(row.rowCount),
			invoice: invoiceAmounts(row.costCents)
		}))
		.sort((a, b) => a.employerName.localeCompare(b.employerName, 'nl') || a.number - b.number);
	const byEmployer = new Map<string, EmployerCosts>();
	for (const row of batches) {
		const entry = byEmployer.get(row.employerId) ?? {
			employerId: row.employerId,
			employerName: row.employerName,
			enterpriseNumber: row.enterpriseNumber,
			batches: 0,
			lines: 0,
			costCents: 0,
			vatCents: 0,
			inclCents: 0
		};
		entry.batches++;
		entry.lines += row.rowCount;
		entry.costCents += row.invoice.exclCents;
		entry.vatCents += row.invoice.vatCents;
		entry.inclCents += row.invoice.inclCents;
		byEmployer.set(row.employerId, entry);
	}
	const sum = (pick: (b: InvoicedBatch) => number) => batches.reduce((s, b) => s + pick(b), 0);
	return {
		period,
		employers: [...byEmployer.values()],
		batches,
		totals: {
			batches: batches.length,
			lines: sum((b) => b.rowCount),
			costCents: sum((b) => b.invoice.exclCents),
			vatCents: sum((b) => b.invoice.vatCents),
			inclCents: sum((b) => b.invoice.inclCents)
		},
		tariff: DEFAULT_TARIFF,
		vat: DEFAULT_VAT
	};
}

export async function periodCosts(db: Db, period: Period, now: Date): Promise<PeriodCosts> {
	return summarisePeriod(period, await batchesOfPeriod(db, period, now));
}
