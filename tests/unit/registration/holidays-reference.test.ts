// Our Easter-based Belgian holidays against date-holidays, the reference we used before (a dev
// dependency for this test only: in the worker bundle it cost ~2.3 MB of moment-timezone and
// astronomia for ten dates a year).
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/registration/iso-date';
import {
	addWorkingDays,
	belgianPublicHolidays,
	DEFAULT_TURNAROUND_DAYS
} from '$lib/registration/deadline';

const FIRST = 1950;
const LAST = 2200;
const reference = new Holidays('BE');
const referenceYear = new Map<number, Set<string>>();
const referenceHolidays = (year: number) => {
	let set = referenceYear.get(year);
	if (!set) {
		set = new Set(
			reference
				.getHolidays(year)
				.filter((h) => h.type === 'public')
				.map((h) => h.date.slice(0, 10))
		);
		referenceYear.set(year, set);
	}
	return set;
};
const isReferenceHoliday = (iso: string) => referenceHolidays(Number(iso.slice(0, 4))).has(iso);

describe(`Belgian public holidays ${FIRST}–${LAST}, compared with date-holidays`, () => {
	it('are the same dates every year', () => {
		for (let year = FIRST; year <= LAST; year++)
			expect([...belgianPublicHolidays(year)].sort(), String(year)).toEqual(
				[...referenceHolidays(year)].sort()
			);
	});

	it('give the same 8-working-day deadline for every day', () => {
		let mismatches = 0;
		let days = 0;
		for (let day = `${FIRST}-01-01`; day < `${LAST}-12-01`; day = addDays(day, 1)) {
			days++;
			const ours = addWorkingDays(day, DEFAULT_TURNAROUND_DAYS);
			const theirs = addWorkingDays(day, DEFAULT_TURNAROUND_DAYS, isReferenceHoliday);
			if (ours !== theirs) mismatches++;
		}
		expect(days).toBeGreaterThan(91_000);
		expect(mismatches).toBe(0);
	}, 60_000);
});
