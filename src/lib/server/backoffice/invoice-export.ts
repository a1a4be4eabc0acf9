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

type Cell = ExportCell;
type Money = (cents: number) => Cell;

const enterprise = (digits: string | null): Cell => (digits ? formatEnterpriseNumber(digits) : '');

function batchRows(costs: PeriodCosts, t: Translate, money: Money): Cell[][] {
	const header = [
		t('staff.export.employer'),
		t('billing.enterprise-number'),
		t('billing.export.list-number'),
		t('staff.export.received'),
		t('staff.export.lines'),
		t('billing.export.excl'),
		t('billing.export.vat-rate'),
		t('billing.export.vat'),
		t('billing.export.incl'),
		t('billing.export.correction'),
		t('staff.export.employer-id')
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
			b.correction ? t('billing.export.yes') : t('billing.export.no'),
			b.employerId
		])
	];
}

function totalRows(costs: PeriodCosts, t: Translate, money: Money): Cell[][] {
	return [
		[
			t('staff.export.employer'),
			t('billing.enterprise-number'),
			t('staff.export.batches'),
			t('staff.export.lines'),
			t('billing.export.excl'),
			t('billing.export.vat'),
			t('billing.export.incl'),
			t('staff.export.employer-id')
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
			t('staff.export.total'),
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
		{ name: t('staff.export.sheet-totals'), rows: totalRows(costs, t, money) },
		{ name: t('staff.export.sheet-batches'), rows: batchRows(costs, t, money) }
	]);
}

export function invoiceCsv(costs: PeriodCosts, t: Translate): string {
	return toCsv(batchRows(costs, t, exportAmount));
}
