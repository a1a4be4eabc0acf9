import { brusselsDate } from '$lib/registration/deadline';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
	return typeof value === 'string' && MONTH_RE.test(value);
}

/** The Brussels calendar month (`yyyy-mm`) of an instant. */
export function brusselsMonth(instant: Date): string {
	return brusselsDate(instant).slice(0, 7);
}

/**
 * A UTC window that surely contains every instant of a Brussels month (a day of margin on both
 * sides); callers narrow it down with {@link brusselsMonth}.
 */
export function monthWindow(month: string): { from: Date; to: Date } {
	const [year, mon] = month.split('-').map(Number) as [number, number];
	return {
		from: new Date(Date.UTC(year, mon - 1, 1) - 86_400_000),
		to: new Date(Date.UTC(year, mon, 1) + 86_400_000)
	};
}
