import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, findDuplicates, type RegistrationRow } from '$lib/registration';
import { TODAY, validRowArb } from './fixtures';

const an: RegistrationRow = {
	lastName: 'Van den Bossche',
	firstName: 'An',
	postcode: '9000',
	birthDate: '01/02/1990',
	email: 'an@example.be'
};
const bo: RegistrationRow = {
	lastName: 'Peeters',
	firstName: 'Bo',
	postcode: '2000',
	birthDate: '05/06/1988',
	email: 'bo@example.be'
};

describe('findDuplicates', () => {
	it('finds nothing in a clean list', () => {
		expect(findDuplicates([an, bo])).toEqual([[], []]);
	});

	it('flags the same person twice: the first is a warning, the later one code 2', () => {
		const again = { ...an, lastName: 'VANDENBOSSCHE', birthDate: '1990-02-01', email: 'x@y.be' };
		expect(findDuplicates([an, bo, again])).toEqual([
			[{ reason: 'duplicate-in-list', code: null, otherRow: 2, groupSize: 2 }],
			[],
			[{ reason: 'duplicate-in-list', code: 2, otherRow: 0, groupSize: 2 }]
		]);
	});

	it('flags one e-mail used by two people: the later one is code 4', () => {
		const flags = findDuplicates([an, { ...bo, email: ' AN@example.be' }]);
		expect(flags).toEqual([
			[{ reason: 'email-used-by-other', code: null, otherRow: 1, groupSize: 2 }],
			[{ reason: 'email-used-by-other', code: 4, otherRow: 0, groupSize: 2 }]
		]);
	});

	it('does not call the same person with the same e-mail an e-mail conflict', () => {
		const flags = findDuplicates([an, an]);
		expect(flags[1]).toEqual([{ reason: 'duplicate-in-list', code: 2, otherRow: 0, groupSize: 2 }]);
	});

	it('combines both kinds', () => {
		const flags = findDuplicates([an, { ...bo, email: an.email }, an]);
		expect(flags[2]).toEqual([
			{ reason: 'duplicate-in-list', code: 2, otherRow: 0, groupSize: 2 },
			{ reason: 'email-used-by-other', code: null, otherRow: 1, groupSize: 3 }
		]);
		expect(flags[1]?.[0]?.code).toBe(4);
	});

	it('treats people differing only in postcode or birth date as different people', () => {
		expect(findDuplicates([an, { ...an, postcode: '1000', email: 'b@x.be' }])).toEqual([[], []]);
		expect(findDuplicates([an, { ...an, birthDate: '02/01/1990', email: 'b@x.be' }])).toEqual([
			[],
			[]
		]);
	});

	it('ignores rows without names and rows without e-mail for the e-mail check', () => {
		const nameless = { ...an, lastName: '', firstName: '' };
		expect(findDuplicates([nameless, nameless])).toEqual([[], []]);
		expect(
			findDuplicates([
				{ ...an, email: '' },
				{ ...bo, email: '' }
			])
		).toEqual([[], []]);
	});

	it('resolves 2-digit years with the reference date', () => {
		const flags = findDuplicates([an, { ...an, birthDate: '1/2/90' }], { today: TODAY });
		expect(flags[1]?.[0]?.code).toBe(2);
	});
});

describe('DuplicateIndex (incremental)', () => {
	it('updates flags when a row is edited or removed', () => {
		const index = new DuplicateIndex();
		index.set(0, an);
		index.set(1, bo);
		expect(index.flagsFor(1)).toEqual([]);
		index.set(1, { ...an, email: 'other@x.be' });
		expect(index.flagsFor(1)).toEqual([
			{ reason: 'duplicate-in-list', code: 2, otherRow: 0, groupSize: 2 }
		]);
		expect(index.relatedRows(1).sort()).toEqual([0, 1]);
		index.set(1, bo);
		expect(index.flagsFor(0)).toEqual([]);
		expect(index.flagsFor(1)).toEqual([]);
		index.set(5, an);
		index.remove(0);
		expect(index.flagsFor(5)).toEqual([]);
		expect(index.flagsFor(0)).toEqual([]);
		expect(index.relatedRows(0)).toEqual([]);
	});

	it('orders by row number, not insertion order', () => {
		const index = new DuplicateIndex();
		index.set(7, an);
		index.set(3, an);
		expect(index.flagsFor(3)[0]?.code).toBeNull();
		expect(index.flagsFor(7)[0]?.code).toBe(2);
	});

	it('gives the same answer as a fresh scan after random edits (property)', () => {
		const pool = fc.array(validRowArb, { minLength: 1, maxLength: 4 });
		fc.assert(
			fc.property(
				pool,
				fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(), fc.boolean()), {
					maxLength: 40
				}),
				(people, edits) => {
					const index = new DuplicateIndex();
					const rows = new Map<number, RegistrationRow>();
					for (const [slot, pick, remove] of edits) {
						if (remove) {
							index.remove(slot);
							rows.delete(slot);
						} else {
							const row = people[pick % people.length] ?? an;
							index.set(slot, row);
							rows.set(slot, row);
						}
					}
					const list: RegistrationRow[] = [];
					for (let i = 0; i < 10; i++) list.push(rows.get(i) ?? { ...an, lastName: '' });
					const fresh = findDuplicates(list);
					for (let i = 0; i < 10; i++) expect(index.flagsFor(i)).toEqual(fresh[i]);
				}
			),
			{ numRuns: 300 }
		);
	});

	// How long this takes is a figure, not an assertion: bench/duplicates.ts prints it.
	it('flags every line of a list where every line is the same person', () => {
		const rows = Array.from({ length: 20_000 }, () => an);
		const flags = findDuplicates(rows);
		expect(flags[19_999]?.[0]).toEqual({
			reason: 'duplicate-in-list',
			code: 2,
			otherRow: 0,
			groupSize: 20_000
		});
	});
});
