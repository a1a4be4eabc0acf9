/**
 * The invoicing export of a month: one line per list and the totals per employer, as .xlsx
 * (SheetJS) or .csv. Every text cell goes through escapeCell (formula injection); amounts stay
 * numbers in .xlsx and use a decimal comma in the semicolon-separated .csv.
 */
import { utils, write } from '@e965/xlsx';
import { escapeCell, toCsv } from '$lib/export/escape-cell';
import type { Translate } from '$lib/i18n';
import type { MonthCosts } from './costs';
import { euros } from './costs';

type Cell = string | number | null;

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
			escapeCell(b.employerName),
			b.employerId,
			b.number,
			b.receivedOn,
			t(`staff.status.${b.status}`),
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
			escapeCell(e.employerName),
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
	const book = utils.book_new();
	const money = (cents: number) => cents / 100;
	const totals = utils.aoa_to_sheet(totalRows(costs, t, money));
	const lists = utils.aoa_to_sheet(batchRows(costs, t, money));
	utils.book_append_sheet(book, totals, t('staff.export.sheet-totals'));
	utils.book_append_sheet(book, lists, t('staff.export.sheet-batches'));
	return new Uint8Array(
		write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
	);
}

export function invoiceCsv(costs: MonthCosts, t: Translate): string {
	return toCsv(batchRows(costs, t, euros));
}
