import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	RosterIndex,
	birthDateVariants,
	birthDatesClose,
	editDistance,
	findClosestCandidate,
	matchingKey,
	type PersonFields
} from '$lib/registration';

const roster: PersonFields[] = [
	{ lastName: 'Van den Bossche', firstName: 'Hélène', birthDate: '1985-04-03', postcode: '9000' },
	{ lastName: 'Peeters', firstName: 'Jan', birthDate: '1990-12-01', postcode: '2000' },
	{ lastName: 'Janssens', firstName: 'Marie', birthDate: '1978-07-15', postcode: '3000' },
	{ lastName: "D'Hondt", firstName: 'Luc', birthDate: '1962-01-31', postcode: '8500' }
];

describe('matchingKey', () => {
	it('is equal for spelling variants of the same person', () => {
		const a = matchingKey({
			lastName: 'Van den Bossche',
			firstName: 'Hélène',
			birthDate: '03/04/1985',
			postcode: '9000'
		});
		expect(
			matchingKey({
				lastName: 'VANDENBOSSCHE',
				firstName: 'helene',
				birthDate: '1985-04-03',
				postcode: ' 9000 '
			})
		).toBe(a);
		expect(
			matchingKey({
				lastName: 'Van den Bossche',
				firstName: 'Hélène',
				birthDate: '31140',
				postcode: '9000'
			})
		).toBe(a);
	});

	it('differs when any identifying field differs', () => {
		const base = roster[0] as PersonFields;
		const key = matchingKey(base);
		expect(matchingKey({ ...base, lastName: 'Van den Bosch' })).not.toBe(key);
		expect(matchingKey({ ...base, firstName: 'Helena' })).not.toBe(key);
		expect(matchingKey({ ...base, birthDate: '1985-03-04' })).not.toBe(key);
		expect(matchingKey({ ...base, postcode: '9050' })).not.toBe(key);
		// Fields cannot bleed into each other.
		expect(matchingKey({ ...base, lastName: 'ab', firstName: 'c' })).not.toBe(
			matchingKey({ ...base, lastName: 'a', firstName: 'bc' })
		);
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
		expect(editDistance('peeters', 'peeters')).toBe(0);
		expect(editDistance('peeters', 'peters')).toBe(1);
		expect(editDistance('peeters', 'peetres')).toBe(1);
		expect(editDistance('janssens', 'jansens')).toBe(1);
		expect(editDistance('jan', 'jon')).toBe(1);
		expect(editDistance('abcd', 'badc')).toBe(2);
		expect(editDistance('', 'ab')).toBe(2);
	});
	it('caps at max + 1', () => {
		expect(editDistance('peeters', 'janssens')).toBe(3);
		expect(editDistance('a', 'abcdef')).toBe(3);
		expect(editDistance('abc', 'xyz', 5)).toBe(3);
	});
});

describe('birthDatesClose', () => {
	it('accepts one typing slip', () => {
		expect(birthDatesClose('1990-12-01', '1990-01-12')).toBe(true);
		expect(birthDatesClose('1990-12-01', '1990-12-02')).toBe(true);
		expect(birthDatesClose('1985-04-03', '1958-04-03')).toBe(true);
		expect(birthDatesClose('1990-12-01', '1980-12-01')).toBe(true);
	});
	it('rejects identical, empty or distant dates', () => {
		expect(birthDatesClose('1990-12-01', '1990-12-01')).toBe(false);
		expect(birthDatesClose('1990-12-01', '')).toBe(false);
		expect(birthDatesClose('1990-12-01', '1991-11-01')).toBe(false);
		expect(birthDatesClose('1990-12-01', '1990-12-10')).toBe(true);
		expect(birthDatesClose('1990-12-01', '1990-11-30')).toBe(false);
	});
});

describe('findClosestCandidate', () => {
	it('finds a similar name with the same birth date', () => {
		expect(
			findClosestCandidate(
				{ lastName: 'Janssen', firstName: 'Marie', birthDate: '15/07/1978', postcode: '3000' },
				roster
			)
		).toEqual({ index: 2, hint: 'hint.same-birthdate-similar-name' });
		expect(
			findClosestCandidate(
				{
					lastName: 'Van den Bossche',
					firstName: 'Heleen',
					birthDate: '03/04/1985',
					postcode: '9000'
				},
				roster
			)
		).toEqual({ index: 0, hint: 'hint.same-birthdate-similar-name' });
	});

	it('finds swapped first and last names', () => {
		expect(
			findClosestCandidate(
				{ lastName: 'Jan', firstName: 'Peeters', birthDate: '01/12/1990', postcode: '2000' },
				roster
			)
		).toEqual({ index: 1, hint: 'hint.same-birthdate-similar-name' });
	});

	it('finds the same name with a day/month swap or a one-digit slip', () => {
		expect(
			findClosestCandidate(
				{ lastName: 'Peeters', firstName: 'Jan', birthDate: '12/01/1990', postcode: '2000' },
				roster
			)
		).toEqual({ index: 1, hint: 'hint.same-name-other-birthdate' });
		expect(
			findClosestCandidate(
				{ lastName: 'Dhondt', firstName: 'Luc', birthDate: '31/01/1963', postcode: '8500' },
				roster
			)
		).toEqual({ index: 3, hint: 'hint.same-name-other-birthdate' });
	});

	it('points out the same person registered at another postcode', () => {
		expect(
			findClosestCandidate(
				{ lastName: 'Peeters', firstName: 'Jan', birthDate: '01/12/1990', postcode: '2018' },
				roster
			)
		).toEqual({ index: 1, hint: 'hint.same-person-other-postcode' });
	});

	it('prefers fewer edits and then the lowest index', () => {
		const r: PersonFields[] = [
			{ lastName: 'Peetres', firstName: 'Jna', birthDate: '1990-12-01', postcode: '2000' },
			{ lastName: 'Peters', firstName: 'Jan', birthDate: '1990-12-01', postcode: '2000' },
			{ lastName: 'Peters', firstName: 'Jan', birthDate: '1990-12-01', postcode: '2000' }
		];
		expect(
			findClosestCandidate(
				{ lastName: 'Peeters', firstName: 'Jan', birthDate: '1990-12-01', postcode: '2000' },
				r
			)
		).toEqual({ index: 1, hint: 'hint.same-birthdate-similar-name' });
	});

	it('returns null when nothing is close', () => {
		expect(
			findClosestCandidate(
				{ lastName: 'Dubois', firstName: 'Anne', birthDate: '01/12/1990', postcode: '2000' },
				roster
			)
		).toBeNull();
		expect(
			findClosestCandidate(
				{ lastName: 'Peeters', firstName: 'Jan', birthDate: '01/12/1971', postcode: '2000' },
				roster
			)
		).toBeNull();
		expect(
			findClosestCandidate(
				{ lastName: 'Peeters', firstName: 'Jan', birthDate: 'garbage', postcode: '2000' },
				roster
			)
		).toBeNull();
	});
});

describe('RosterIndex.match', () => {
	const index = new RosterIndex([...roster, roster[2] as PersonFields]);

	it('matches exactly despite spelling variants', () => {
		expect(
			index.match({
				lastName: 'dhondt',
				firstName: 'LUC',
				birthDate: '31.01.1962',
				postcode: '8500'
			})
		).toEqual({ kind: 'match', index: 3 });
	});

	it('reports an ambiguous match when the roster holds the person twice', () => {
		expect(
			index.match({
				lastName: 'Janssens',
				firstName: 'Marie',
				birthDate: '15/07/1978',
				postcode: '3000'
			})
		).toEqual({ kind: 'ambiguous', reason: 'ambiguous-roster-match', indices: [2, 4] });
	});

	it('reports not-in-roster with the closest candidate', () => {
		expect(
			index.match({
				lastName: 'Peeters',
				firstName: 'Jan',
				birthDate: '01/12/1990',
				postcode: '2018'
			})
		).toEqual({
			kind: 'none',
			reason: 'not-in-roster',
			closest: { index: 1, hint: 'hint.same-person-other-postcode' }
		});
		expect(
			index.match({ lastName: 'Nobody', firstName: 'X', birthDate: '01/12/1990', postcode: '2000' })
		).toEqual({ kind: 'none', reason: 'not-in-roster', closest: null });
	});
});

describe('birthDateVariants', () => {
	it('lists exactly the dates birthDatesClose accepts (property)', () => {
		const iso = fc
			.date({
				min: new Date('1900-01-01T00:00:00Z'),
				max: new Date('2030-12-31T00:00:00Z'),
				noInvalidDate: true
			})
			.map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(iso, iso, (a, b) => {
				const variants = birthDateVariants(a);
				expect(variants).not.toContain(a);
				for (const v of variants) expect(birthDatesClose(a, v), v).toBe(true);
				expect(variants.includes(b)).toBe(birthDatesClose(a, b));
			}),
			{ numRuns: 300 }
		);
		expect(birthDateVariants('1990-12-01')).toContain('1990-01-12');
		expect(birthDateVariants('garbage')).toEqual([]);
	});
});
