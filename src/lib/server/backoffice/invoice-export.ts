/**
 * The invoicing export of a period: one line per list (the employer's enterprise number, the list
 * number and Brussels date, lines, the amount excl. VAT, the VAT rate and amount, the total incl.
 * VAT, correction list or not) and the totals per employer, as .xlsx (SheetJS) or .csv, written by
 * $lib/export (formula injection, quoting). Exports carry data, not display text: dates are ISO
 * (yyyy-mm-dd, the Brussels day), the enterprise number its ten digits written 0123.456.789,
 * amounts numbers in .xlsx and plain numbers with a decimal comma in the semicolon-separated .csv
 * ($lib/format exportAmount). The employer's id closes each line, to match it in other systems.
 */
import * as XLSX from '@e965/xlsx';
import { toCsv, toXlsx, type ExportCell } from '$lib/export/escape-cell';
import type { Translate } from '$lib/i18n';
import { formatEnterpriseNumber } from '$lib/registration';
import type { PeriodCosts } from './costs';
import { periodSlug, type Period } from './periods';
import { exportAmount } from '$lib/format';
import * as m from '$lib/paraglide/messages';

type Cell = ExportCell;
type Money = (cents: number) => Cell;

const enterprise = (digits: string | null): Cell => (digits ? formatEnterpriseNumber(digits) : '');

function batchRows(costs: PeriodCosts, t: Translate, money: Money): Cell[][] {
	const header = [
		t(m['staff.export.employer']),
		t(m['billing.enterprise-number']),
		t(m['billing.export.list-number']),
		t(m['staff.export.received']),
		t(m['staff.export.lines']),
		t(m['billing.export.excl']),
		t(m['billing.export.vat-rate']),
		t(m['billing.export.vat']),
		t(m['billing.export.incl']),
		t(m['billing.export.correction']),
		t(m['staff.export.employer-id'])
	];
	return [
		header,
		...costs.batches.map((b) => [
			b.employerName,
			enterprise(b.enterpriseNumber),
			b.number,
			b.receivedOn,
			b.rowCount,
			money(b.invoice.exclCents),
			b.invoice.vatPercent,
			money(b.invoice.vatCents),
			money(b.invoice.inclCents),
			b.correction ? t(m['billing.export.yes']) : t(m['billing.export.no']),
			b.employerId
		])
	];
}

function totalRows(costs: PeriodCosts, t: Translate, money: Money): Cell[][] {
	return [
		[
			t(m['staff.export.employer']),
			t(m['billing.enterprise-number']),
			t(m['staff.export.batches']),
			t(m['staff.export.lines']),
			t(m['billing.export.excl']),
			t(m['billing.export.vat']),
			t(m['billing.export.incl']),
			t(m['staff.export.employer-id'])
		],
		...costs.employers.map((e) => [
			e.employerName,
			enterprise(e.enterpriseNumber),
			e.batches,
			e.lines,
			money(e.costCents),
			money(e.vatCents),
			money(e.inclCents),
			e.employerId
		]),
		[
			t(m['staff.export.total']),
			'',
			costs.totals.batches,
			costs.totals.lines,
			money(costs.totals.costCents),
			money(costs.totals.vatCents),
			money(costs.totals.inclCents),
			''
		]
	];
}

export function invoiceFileName(period: Period, format: 'xlsx' | 'csv'): string {
	return `you-p-facturatie-${periodSlug(period)}.${format}`;
}

export function invoiceXlsx(costs: PeriodCosts, t: Translate): Uint8Array<ArrayBuffer> {
	const money = (cents: number) => cents / 100;
	return toXlsx(XLSX, [
		{ name: t(m['staff.export.sheet-totals']), rows: totalRows(costs, t, money) },
		{ name: t(m['staff.export.sheet-batches']), rows: batchRows(costs, t, money) }
	]);
}

export function invoiceCsv(costs: PeriodCosts, t: Translate): string {
	return toCsv(batchRows(costs, t, exportAmount));
}
