import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BLANK_VERDICT,
	ListVerdict,
	emptyRow,
	findDuplicates,
	hasProblem,
	isLaterCopy,
	isBlankLine,
	isBlankRow,
	judgeList,
	validateRow,
	type RegistrationRow
} from '$lib/registration';
import { TODAY, validRowArb } from './fixtures';

const jan: RegistrationRow = {
	lastName: 'Peeters',
	firstName: 'Jan',
	postcode: '2000',
	birthDate: '15/03/1985',
	email: 'jan@example.com'
};
const an: RegistrationRow = {
	lastName: 'Claes',
	firstName: 'An',
	postcode: '3000',
	birthDate: '05/06/1979',
	email: 'an@example.com'
};
const badPostcode: RegistrationRow = {
	...jan,
	lastName: 'Dubois',
	postcode: '12345',
	email: 'dubois@example.com'
};
// Only a soft hyphen, a zero-width space and spaces: nothing a person typed.
const invisible: RegistrationRow = { ...emptyRow(), lastName: '\u00ad \u200b', email: ' ' };

describe('blank lines', () => {
	it('a row or line of blank or invisible-only cells is blank; one visible character is not', () => {
		expect(isBlankRow(emptyRow())).toBe(true);
		expect(isBlankRow(invisible)).toBe(true);
		expect(isBlankRow({ ...emptyRow(), postcode: '0' })).toBe(false);
		expect(isBlankLine(['', ' \t', '\ufeff'])).toBe(true);
		expect(isBlankLine(['', 'x'])).toBe(false);
	});
});

describe('judgeList', () => {
	it('drops blank rows, counts lines, ready lines and lines with problems', () => {
		const judged = judgeList([jan, emptyRow(), badPostcode, invisible, an, an], { today: TODAY });
		expect(judged.lines).toEqual([jan, badPostcode, an, an]);
		// The bad postcode is a problem; the second An is a later copy (code 2), not a problem.
		expect(judged.totals).toEqual({ lines: 4, ready: 3, problems: 1, copies: 1 });
	});

	it('an empty list, or only blank rows, is no line at all', () => {
		expect(judgeList([], { today: TODAY })).toEqual({
			lines: [],
			totals: { lines: 0, ready: 0, problems: 0, copies: 0 }
		});
		expect(judgeList([emptyRow(), invisible], { today: TODAY }).totals.lines).toBe(0);
	});

	it('judges against the given day: a birth date is in the future only after it', () => {
		const born = { ...jan, birthDate: '24/11/2026' };
		expect(judgeList([born], { today: TODAY }).totals.problems).toBe(1);
		expect(judgeList([born], { today: '2041-11-24' }).totals.problems).toBe(0);
	});
});

describe('ListVerdict', () => {
	it('gives every line its own problems and its conflicts; blank lines the blank verdict', () => {
		const verdict = new ListVerdict(TODAY);
		verdict.load([jan, badPostcode, emptyRow(), an, an]);
		expect(verdict.verdict(0)).toEqual({ empty: false, problems: [], duplicates: [] });
		expect(verdict.verdict(1).problems).toEqual([{ field: 'postcode', reason: 'postcode-format' }]);
		expect(verdict.verdict(2)).toBe(BLANK_VERDICT);
		expect(verdict.verdict(3).duplicates[0]).toMatchObject({ reason: 'duplicate-in-list' });
		expect(verdict.verdict(99)).toBe(BLANK_VERDICT);
		expect(verdict.lineIndexes()).toEqual([0, 1, 3, 4]);
		expect(verdict.problemIndexes()).toEqual([1]);
		expect(hasProblem(verdict.verdict(1))).toBe(true);
		// The first An is a normal line, the second a warning: a later copy, no problem.
		expect([3, 4].map((i) => isLaterCopy(verdict.verdict(i)))).toEqual([false, true]);
		expect(hasProblem(verdict.verdict(4))).toBe(false);
		expect(hasProblem(BLANK_VERDICT)).toBe(false);
	});

	it('an update judges the edited line and the lines that shared a group with it', () => {
		const rows = [jan, an, an];
		const verdict = new ListVerdict(TODAY);
		verdict.load(rows);
		rows[2] = { ...an, firstName: 'Anna', email: 'anna@example.com' };
		expect(verdict.update([2], rows.length, (i) => rows[i]!).sort()).toEqual([1, 2]);
		expect(verdict.totals()).toEqual({ lines: 3, ready: 3, problems: 0, copies: 0 });
		// Out of range: ignored.
		expect(verdict.update([-1, 3], rows.length, (i) => rows[i]!)).toEqual([]);
	});

	it('after any sequence of edits the incremental verdict equals judging the list afresh', () => {
		const rowArb = fc.oneof(
			validRowArb,
			fc.constant(an),
			fc.constant(jan),
			fc.constant(badPostcode),
			fc.constant(emptyRow())
		);
		fc.assert(
			fc.property(
				fc.array(rowArb, { minLength: 1, maxLength: 8 }),
				fc.array(fc.tuple(fc.nat(7), rowArb), { maxLength: 10 }),
				(start, edits) => {
					const rows = [...start];
					const verdict = new ListVerdict(TODAY);
					verdict.load(rows);
					for (const [at, row] of edits) {
						const i = at % rows.length;
						rows[i] = row;
						verdict.update([i], rows.length, (k) => rows[k]!);
					}
					const fresh = judgeList(rows, { today: TODAY });
					expect(verdict.totals()).toEqual(fresh.totals);
					const lines = verdict.lineIndexes().map((i) => rows[i]!);
					expect(lines).toEqual(fresh.lines);
					// Blank rows take part in no group, so the whole list can be checked as it is.
					const dups = findDuplicates(rows, { today: TODAY });
					verdict.lineIndexes().forEach((i) => {
						expect(verdict.verdict(i).duplicates).toEqual(dups[i]);
						expect(verdict.verdict(i).problems).toEqual(
							validateRow(rows[i]!, { today: TODAY }).problems
						);
					});
				}
			)
		);
	});
});
