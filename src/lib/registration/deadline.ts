/**
 * The promised completion date of a list: a number of Belgian working days after receipt.
 * Both the confirmation e-mail (worker) and the status page (browser) compute it, so it lives here.
 */
import { addDays, isIsoDate, isoWeekday } from './iso-date';
import { isoDate } from '../format';

/** Working days promised between receipt and completion. */
export const DEFAULT_TURNAROUND_DAYS = 8;

/** Either a set of ISO holiday dates or a predicate, so tests can inject their own calendar. */
type HolidayCalendar = ReadonlySet<string> | ((isoDate: string) => boolean);

const cache = new Map<number, ReadonlySet<string>>();

/**
 * Easter Sunday of a Gregorian year as an ISO date (the anonymous Gregorian algorithm, Meeus/
 * Jones/Butcher), valid for every year from 1583 on.
 */
function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ten fixed-date holidays of the Belgian law (month-day). */
const FIXED = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'];
/** Days after Easter Sunday: Easter Monday, Ascension, Whit Monday. */
const AFTER_EASTER = [1, 39, 50];

/**
 * Belgian public holidays of a year as ISO dates (New Year, Easter Monday, Labour Day, Ascension,
 * Whit Monday, National Day, Assumption, All Saints, Armistice, Christmas). Observances such as
 * Epiphany or the King's Feast are working days. Cached per year.
 */
export function belgianPublicHolidays(year: number): ReadonlySet<string> {
	let set = cache.get(year);
	if (!set) {
		const easter = easterSunday(year);
		const prefix = String(year).padStart(4, '0');
		set = new Set([
			...FIXED.map((monthDay) => `${prefix}-${monthDay}`),
			...AFTER_EASTER.map((days) => addDays(easter, days))
		]);
		cache.set(year, set);
	}
	return set;
}

/** True for a Belgian public holiday. */
function isBelgianPublicHoliday(isoDate: string): boolean {
	return belgianPublicHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

function isHoliday(calendar: HolidayCalendar, isoDate: string): boolean {
	return typeof calendar === 'function' ? calendar(isoDate) : calendar.has(isoDate);
}

/** True for Monday–Friday that is not a holiday. */
export function isWorkingDay(
	isoDate: string,
	holidays: HolidayCalendar = isBelgianPublicHoliday
): boolean {
	return isoWeekday(isoDate) <= 5 && !isHoliday(holidays, isoDate);
}

/**
 * The date `n` working days after `isoDate`. The start day itself never counts (whether or not
 * it is a working day): day 1 is the first working day after it. n = 0 returns the start date.
 */
export function addWorkingDays(
	isoDate: string,
	n: number,
	holidays: HolidayCalendar = isBelgianPublicHoliday
): string {
	if (!isIsoDate(isoDate)) throw new RangeError(`Not an ISO calendar date: ${isoDate}`);
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer`);
	let date = isoDate;
	for (let left = n; left > 0;) {
		date = addDays(date, 1);
		if (isWorkingDay(date, holidays)) left--;
	}
	return date;
}

/**
 * Completion date promised for a list received on `receivedIso` (its Brussels calendar date,
 * see {@link brusselsDate}): `days` Belgian working days later, skipping weekends and public
 * holidays. A list received on a Saturday is treated like one received on Friday.
 */
export function promisedDate(receivedIso: string, days: number = DEFAULT_TURNAROUND_DAYS): string {
	return addWorkingDays(receivedIso, days, isBelgianPublicHoliday);
}

/**
 * Calendar date in Brussels of an instant, as `yyyy-mm-dd` (a list uploaded at 23:30 UTC on
 * 31 December counts as received on 1 January). Computed by the one formatting module.
 */
export function brusselsDate(instant: Date): string {
	return isoDate(instant);
}

/**
 * True when an unfinished list is past its promised date. The promised day itself is still on
 * time; a completed list is never overdue.
 */
export function isOverdue(promisedIso: string, todayIso: string, completed: boolean): boolean {
	return !completed && todayIso > promisedIso;
}
