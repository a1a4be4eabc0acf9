/**
 * The period of a cost overview or invoicing export: a Brussels calendar month, a quarter, or a
 * range of days (both ends included). Read from a query string; anything unreadable is `null`.
 */
import { addDays, isIsoDate } from '$lib/registration';
import { brusselsMonth, isMonth } from './months';

export type Period =
	| { kind: 'month'; month: string; from: string; to: string }
	| { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4; from: string; to: string }
	| { kind: 'range'; from: string; to: string };

/** The last day of a month `yyyy-mm`. */
function lastDay(month: string): string {
	const [year, mon] = month.split('-').map(Number) as [number, number];
	const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
	return addDays(`${next}-01`, -1);
}

export function monthPeriod(month: string): Period {
	return { kind: 'month', month, from: `${month}-01`, to: lastDay(month) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
	const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}`;
	const last = `${year}-${String(quarter * 3).padStart(2, '0')}`;
	return { kind: 'quarter', year, quarter, from: `${first}-01`, to: lastDay(last) };
}

/** At most a few years in one export: a typo (20260 for 2026) should not scan everything. */
const MAX_RANGE_DAYS = 3 * 366;

/**
 * The period asked for: `?month=yyyy-mm`, `?year=yyyy&quarter=1..4`, or `?from=…&to=…`
 * (yyyy-mm-dd). Nothing asked: the Brussels month of `now`. Asked but unreadable: null.
 */
export function periodFrom(params: URLSearchParams, now: Date): Period | null {
	const month = params.get('month');
	const year = params.get('year');
	const quarter = params.get('quarter');
	const from = params.get('from');
	const to = params.get('to');
	if (month !== null) return isMonth(month) ? monthPeriod(month) : null;
	if (year !== null || quarter !== null) {
		const y = Number(year);
		const q = Number(quarter);
		if (!/^\d{4}$/.test(year ?? '') || ![1, 2, 3, 4].includes(q)) return null;
		return quarterPeriod(y, q as 1 | 2 | 3 | 4);
	}
	if (from !== null || to !== null) {
		if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || from > to) return null;
		if (addDays(from, MAX_RANGE_DAYS) < to) return null;
		return { kind: 'range', from, to };
	}
	return monthPeriod(brusselsMonth(now));
}

/** The period as a query string (for links to the export of the same period). */
export function periodQuery(period: Period): string {
	if (period.kind === 'month') return `month=${period.month}`;
	if (period.kind === 'quarter') return `year=${period.year}&quarter=${period.quarter}`;
	return `from=${period.from}&to=${period.to}`;
}

/** A file-name part: 2026-12, 2026-Q4, 2026-10-01_2026-11-15. */
export function periodSlug(period: Period): string {
	if (period.kind === 'month') return period.month;
	if (period.kind === 'quarter') return `${period.year}-Q${period.quarter}`;
	return `${period.from}_${period.to}`;
}

/**
 * A UTC window that surely contains every instant of the period's Brussels days (a day of
 * margin on both sides); callers narrow it down with the Brussels date of each instant.
 */
export function periodWindow(period: Period): { from: Date; to: Date } {
	return {
		from: new Date(Date.parse(`${period.from}T00:00:00Z`) - 86_400_000),
		to: new Date(Date.parse(`${period.to}T00:00:00Z`) + 2 * 86_400_000)
	};
}
