/**
 * The invoicing export of a month: one line per list and the totals per employer, as .xlsx
 * (SheetJS) or .csv, written by $lib/export (formula injection, quoting). Exports carry data, not
 * display text: dates are ISO (yyyy-mm-dd, the Brussels day), amounts are numbers in .xlsx and
 * plain numbers with a decimal comma in the semicolon-separated .csv ($lib/format exportAmount).
 */
import { staffStatusLabel } from '$lib/i18n/labels';
import * as XLSX from '@e965/xlsx';
import { toCsv, toXlsx, type ExportCell } from '$lib/export/escape-cell';
import type { Translate } from '$lib/i18n';
import type { MonthCosts } from './costs';
import { exportAmount } from '$lib/format';

type Cell = ExportCell;

function batchRows(costs: MonthCosts, t: Translate, money: (c: number) => Cell): Cell[][] {
	const header = [
		t('staff.export.employer'),
		t('staff.export.employer-id'),
		t('staff.export.batch'),
		t('staff.export.received'),
		t('staff.export.status'),
		t('staff.export.lines'),
		t('staff.export.cost')
	];
	return [
		header,
		...costs.batches.map((b) => [
			b.employerName,
			b.employerId,
			b.number,
			b.receivedOn,
			staffStatusLabel(t, b.status),
			b.rowCount,
			money(b.costCents)
		])
	];
}

function totalRows(costs: MonthCosts, t: Translate, money: (c: number) => Cell): Cell[][] {
	return [
		[
			t('staff.export.employer'),
			t('staff.export.employer-id'),
			t('staff.export.batches'),
			t('staff.export.lines'),
			t('staff.export.cost')
		],
		...costs.employers.map((e) => [
			e.employerName,
			e.employerId,
			e.batches,
			e.lines,
			money(e.costCents)
		]),
		[
			t('staff.export.total'),
			'',
			costs.totals.batches,
			costs.totals.lines,
			money(costs.totals.costCents)
		]
	];
}

export function invoiceFileName(month: string, format: 'xlsx' | 'csv'): string {
	return `you-p-facturatie-${month}.${format}`;
}

export function invoiceXlsx(costs: MonthCosts, t: Translate): Uint8Array<ArrayBuffer> {
	const money = (cents: number) => cents / 100;
	return toXlsx(XLSX, [
		{ name: t('staff.export.sheet-totals'), rows: totalRows(costs, t, money) },
		{ name: t('staff.export.sheet-batches'), rows: batchRows(costs, t, money) }
	]);
}

export function invoiceCsv(costs: MonthCosts, t: Translate): string {
	return toCsv(batchRows(costs, t, exportAmount));
}
