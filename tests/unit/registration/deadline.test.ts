import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '$lib/registration';
import {
	addWorkingDays,
	belgianPublicHolidays,
	brusselsDate,
	isOverdue,
	isWorkingDay,
	promisedDate
} from '$lib/registration/deadline';

describe('Belgian public holidays', () => {
	it('lists the ten legal holidays and no observances', () => {
		expect([...belgianPublicHolidays(2027)].sort()).toEqual([
			'2027-01-01',
			'2027-03-29',
			'2027-05-01',
			'2027-05-06',
			'2027-05-17',
			'2027-07-21',
			'2027-08-15',
			'2027-11-01',
			'2027-11-11',
			'2027-12-25'
		]);
		expect(belgianPublicHolidays(2026).has('2026-11-15')).toBe(false);
	});

	it('caches per year', () => {
		expect(belgianPublicHolidays(2026)).toBe(belgianPublicHolidays(2026));
	});

	it('treats weekends and holidays as non-working', () => {
		expect(isWorkingDay('2026-12-25')).toBe(false);
		expect(isWorkingDay('2026-12-26')).toBe(false);
		expect(isWorkingDay('2026-12-24')).toBe(true);
		expect(isWorkingDay('2026-11-15')).toBe(false);
		expect(isWorkingDay('2027-01-06')).toBe(true);
	});
});

describe('addWorkingDays / promisedDate', () => {
	it('skips the weekend and Christmas (received Friday 2026-12-18)', () => {
		expect(promisedDate('2026-12-18')).toBe('2026-12-31');
	});

	it('skips Christmas and New Year (received Wednesday 2026-12-23)', () => {
		// 24, 28, 29, 30, 31 Dec, (1 Jan Fri holiday, weekend), 4, 5, 6 Jan.
		expect(promisedDate('2026-12-23')).toBe('2027-01-06');
	});

	it('skips Easter Monday 2027-03-29', () => {
		// Thu 25 Mar → 26, 30, 31, 1, 2, 5, 6, 7 (29 Mar is Easter Monday).
		expect(promisedDate('2027-03-25')).toBe('2027-04-07');
	});

	it('skips Armistice Day 11 November', () => {
		// Tue 2026-11-10 → 12, 13, 16, 17, 18, 19, 20, 23.
		expect(promisedDate('2026-11-10')).toBe('2026-11-23');
	});

	it('treats a weekend receipt like the preceding Friday', () => {
		expect(promisedDate('2026-11-21')).toBe(promisedDate('2026-11-20'));
		expect(promisedDate('2026-11-22')).toBe('2026-12-02');
	});

	it('handles ordinary weeks and other turnarounds', () => {
		expect(promisedDate('2026-11-23')).toBe('2026-12-03');
		expect(promisedDate('2026-11-23', 1)).toBe('2026-11-24');
		expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
		expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
	});

	it('accepts a custom holiday calendar', () => {
		expect(addWorkingDays('2026-11-23', 1, new Set(['2026-11-24']))).toBe('2026-11-25');
		expect(addWorkingDays('2026-11-10', 1, () => false)).toBe('2026-11-11');
	});

	it('rejects bad input', () => {
		expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
	});

	it('always lands on a working day exactly n working days later (property)', () => {
		const day = fc.integer({ min: 0, max: 3_650 }).map((offset) => {
			const d = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
			return d.toISOString().slice(0, 10);
		});
		fc.assert(
			fc.property(day, fc.integer({ min: 1, max: 30 }), (start, n) => {
				const end = addWorkingDays(start, n);
				expect(isWorkingDay(end)).toBe(true);
				expect(isoWeekday(end)).toBeLessThanOrEqual(5);
				let count = 0;
				for (let d = start; d < end;) {
					d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
					if (isWorkingDay(d)) count++;
				}
				expect(count).toBe(n);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('brusselsDate', () => {
	it('uses the Brussels calendar date, in winter and in summer time', () => {
		expect(brusselsDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
		expect(brusselsDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
		expect(brusselsDate(new Date('2026-07-20T21:59:00Z'))).toBe('2026-07-20');
		expect(brusselsDate(new Date('2026-07-20T22:00:00Z'))).toBe('2026-07-21');
	});
});

describe('isOverdue', () => {
	it('is overdue only after the promised day and while unfinished', () => {
		expect(isOverdue('2026-12-03', '2026-12-03', false)).toBe(false);
		expect(isOverdue('2026-12-03', '2026-12-04', false)).toBe(true);
		expect(isOverdue('2026-12-03', '2026-12-04', true)).toBe(false);
		expect(isOverdue('2026-12-03', '2026-12-02', false)).toBe(false);
	});
});
