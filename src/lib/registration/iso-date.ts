/**
 * Calendar arithmetic on plain `yyyy-mm-dd` strings. Everything goes through UTC so the result
 * never depends on the time zone of the browser or worker doing the computation.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a day that exists (no 31/02, no month 13, no year 0). */
export function isRealDate(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= 1 &&
		year <= 9999 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

/** Formats components as `yyyy-mm-dd`, zero-padded. */
export function toIso(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a strict `yyyy-mm-dd` string, or returns null when it is not a real date. */
export function splitIso(iso: string): { year: number; month: number; day: number } | null {
	const m = ISO_RE.exec(iso);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** True for a strict, real `yyyy-mm-dd` date. */
export function isIsoDate(iso: string): boolean {
	return splitIso(iso) !== null;
}

function requireIso(iso: string): { year: number; month: number; day: number } {
	const parts = splitIso(iso);
	if (!parts) throw new RangeError(`Not an ISO calendar date: ${iso}`);
	return parts;
}

/** Days since 1970-01-01 (may be negative). */
function isoToDayNumber(iso: string): number {
	const { year, month, day } = requireIso(iso);
	const d = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not remap years 0–99 to 1900–1999.
	d.setUTCFullYear(year, month - 1, day);
	return Math.round(d.getTime() / DAY_MS);
}

/** Inverse of {@link isoToDayNumber}. */
function dayNumberToIso(dayNumber: number): string {
	const d = new Date(dayNumber * DAY_MS);
	return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds (or subtracts) calendar days. */
export function addDays(iso: string, days: number): string {
	return dayNumberToIso(isoToDayNumber(iso) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
	// 1970-01-01 was a Thursday (4).
	return ((((isoToDayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Completed years between a birth date and a reference date. Someone born on 29 February turns a
 * year older on 1 March in common years, matching Belgian civil practice.
 */
export function ageOn(birthIso: string, todayIso: string): number {
	const b = requireIso(birthIso);
	const t = requireIso(todayIso);
	const beforeBirthday = t.month < b.month || (t.month === b.month && t.day < b.day);
	return t.year - b.year - (beforeBirthday ? 1 : 0);
}
