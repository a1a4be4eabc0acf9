import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BELGIAN_POSTCODES,
	isValidEmail,
	matchingKey,
	postcodeProblem,
	validateRow,
	type RegistrationRow
} from '$lib/registration';
import { daysInMonth } from '$lib/registration/iso-date';
import { TODAY, perturbName, validRowArb } from './fixtures';

const base: RegistrationRow = {
	lastName: 'Van den Bossche',
	firstName: 'Hélène',
	postcode: '9000',
	birthDate: '03/04/1985',
	email: 'helene@example.be'
};
const reasonsOf = (patch: Partial<RegistrationRow>) =>
	validateRow({ ...base, ...patch }, { today: TODAY }).problems;

describe('validateRow', () => {
	it('accepts a valid row and returns normalised values', () => {
		const r = validateRow({ ...base, email: ' Helene@Example.BE ' }, { today: TODAY });
		expect(r.problems).toEqual([]);
		expect(r.birthDateIso).toBe('1985-04-03');
		expect(r.row.email).toBe('helene@example.be');
	});

	it('flags every missing field separately', () => {
		const r = validateRow(
			{ lastName: ' ', firstName: '', postcode: '', birthDate: '\u200B', email: '' },
			{ today: TODAY }
		);
		expect(r.problems).toEqual([
			{ field: 'lastName', reason: 'field-missing' },
			{ field: 'firstName', reason: 'field-missing' },
			{ field: 'postcode', reason: 'field-missing' },
			{ field: 'birthDate', reason: 'field-missing' },
			{ field: 'email', reason: 'field-missing' }
		]);
	});

	it('reports all problems of a line at once', () => {
		expect(reasonsOf({ postcode: '123', birthDate: '31/02/1990', email: 'x' })).toEqual([
			{ field: 'postcode', reason: 'postcode-format' },
			{ field: 'birthDate', reason: 'birthdate-invalid' },
			{ field: 'email', reason: 'email-invalid' }
		]);
	});

	it('checks the postcode format then the list', () => {
		for (const p of ['123', '12345', 'B-9000', '9 000', 'abcd', '0612', '0999', '1000a']) {
			expect(reasonsOf({ postcode: p }), p).toEqual([
				{ field: 'postcode', reason: 'postcode-format' }
			]);
		}
		expect(BELGIAN_POSTCODES.has('0612')).toBe(true);
		expect(reasonsOf({ postcode: '1001' })).toEqual([
			{ field: 'postcode', reason: 'postcode-unknown' }
		]);
		expect(reasonsOf({ postcode: ' 1000 ' })).toEqual([]);
	});

	it('uses the postcode list from the context', () => {
		const r = validateRow(base, { today: TODAY, postcodes: new Set(['1000']) });
		expect(r.problems).toEqual([{ field: 'postcode', reason: 'postcode-unknown' }]);
	});

	it('checks the birth date: real, not future, age 15–100 inclusive', () => {
		expect(reasonsOf({ birthDate: '30/02/1990' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-invalid' }
		]);
		expect(reasonsOf({ birthDate: '24/11/2026' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-future' }
		]);
		// Age exactly 15 today is fine, one day short is not.
		expect(reasonsOf({ birthDate: '23/11/2011' })).toEqual([]);
		expect(reasonsOf({ birthDate: '24/11/2011' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-implausible' }
		]);
		// 100 until the 101st birthday.
		expect(reasonsOf({ birthDate: '24/11/1925' })).toEqual([]);
		expect(reasonsOf({ birthDate: '23/11/1925' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-implausible' }
		]);
		expect(reasonsOf({ birthDate: '23/11/2026' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-implausible' }
		]);
		expect(reasonsOf({ birthDate: '1' })).toEqual([
			{ field: 'birthDate', reason: 'birthdate-implausible' }
		]);
	});

	it('accepts Excel serials and 2-digit years', () => {
		expect(reasonsOf({ birthDate: '31138' })).toEqual([]);
		expect(validateRow({ ...base, birthDate: '31138' }, { today: TODAY }).row.birthDate).toBe(
			'01/04/1985'
		);
		expect(reasonsOf({ birthDate: '3/4/85' })).toEqual([]);
	});

	it('rejects invalid e-mail addresses', () => {
		for (const e of [
			'jan',
			'jan@',
			'@example.be',
			'jan@example',
			'jan@@example.be',
			'jan@ex@ample.be',
			'jan peeters@example.be',
			'jan@example..be',
			'jan@.example.be',
			'jan@example.be.',
			'jan@-example.be',
			'.jan@example.be',
			'jan.@example.be',
			'ja..n@example.be',
			'jan@example,be',
			'Jan <jan@example.be>',
			`${'a'.repeat(65)}@example.be`,
			`a@${'b'.repeat(64)}.be`,
			`${'a'.repeat(60)}@${'b.'.repeat(97)}be`
		]) {
			expect(isValidEmail(e), e).toBe(false);
			expect(reasonsOf({ email: e }), e).toEqual([{ field: 'email', reason: 'email-invalid' }]);
		}
	});

	it('accepts ordinary e-mail addresses', () => {
		for (const e of [
			'jan.peeters@example.be',
			'jan+test@sub.example.co.uk',
			'j_p-1@x-y.be',
			'info@café.be',
			`${'a'.repeat(64)}@example.be`
		]) {
			expect(isValidEmail(e), e).toBe(true);
		}
	});
});

describe('validation properties', () => {
	it('a valid row stays valid, with the same matching key, under name perturbation', () => {
		fc.assert(
			fc.property(
				validRowArb.chain((row) =>
					fc.tuple(fc.constant(row), perturbName(row.lastName), perturbName(row.firstName))
				),
				([row, lastName, firstName]) => {
					expect(validateRow(row, { today: TODAY }).problems).toEqual([]);
					const perturbed = { ...row, lastName, firstName, email: ` ${row.email.toUpperCase()} ` };
					expect(validateRow(perturbed, { today: TODAY }).problems).toEqual([]);
					expect(matchingKey(perturbed)).toBe(matchingKey(row));
				}
			),
			{ numRuns: 300 }
		);
	});

	const invalidPostcode = fc.oneof(
		fc
			.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 5, max: 8 }))
			.chain((n) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))),
		fc.stringMatching(/^[0-9A-Za-z]{4}$/).filter((s) => /[A-Za-z]/.test(s)),
		fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(4, '0'))
	);

	it('every malformed postcode is rejected with postcode-format', () => {
		fc.assert(
			fc.property(validRowArb, invalidPostcode, (row, postcode) => {
				expect(validateRow({ ...row, postcode }, { today: TODAY }).problems).toEqual([
					{ field: 'postcode', reason: 'postcode-format' }
				]);
				expect(postcodeProblem(postcode)).toBe('postcode-format');
			})
		);
	});

	it('every well-formed postcode not in the list is rejected with postcode-unknown', () => {
		const unknown = fc
			.integer({ min: 1000, max: 9999 })
			.map(String)
			.filter((p) => !BELGIAN_POSTCODES.has(p));
		fc.assert(
			fc.property(validRowArb, unknown, (row, postcode) => {
				expect(validateRow({ ...row, postcode }, { today: TODAY }).problems).toEqual([
					{ field: 'postcode', reason: 'postcode-unknown' }
				]);
			})
		);
	});

	it('every impossible date is rejected with birthdate-invalid', () => {
		const impossible = fc
			.record({
				year: fc.integer({ min: 1930, max: 2010 }),
				month: fc.integer({ min: 0, max: 99 }),
				day: fc.integer({ min: 0, max: 99 }),
				sep: fc.constantFrom('/', '-', '.')
			})
			.filter(
				({ year, month, day }) =>
					month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
			);
		fc.assert(
			fc.property(validRowArb, impossible, (row, { year, month, day, sep }) => {
				const birthDate = [day, month, year].join(sep);
				expect(validateRow({ ...row, birthDate }, { today: TODAY }).problems).toEqual([
					{ field: 'birthDate', reason: 'birthdate-invalid' }
				]);
			})
		);
	});

	it('every future date is birthdate-future, every too young or too old one implausible', () => {
		const dates = fc.date({
			min: new Date('1800-01-01T00:00:00Z'),
			max: new Date('2200-01-01T00:00:00Z'),
			noInvalidDate: true
		});
		fc.assert(
			fc.property(validRowArb, dates, (row, date) => {
				const iso = date.toISOString().slice(0, 10);
				const [y, m, d] = iso.split('-');
				const problems = validateRow(
					{ ...row, birthDate: `${d}/${m}/${y}` },
					{ today: TODAY }
				).problems;
				if (iso > TODAY)
					expect(problems).toEqual([{ field: 'birthDate', reason: 'birthdate-future' }]);
				else if (iso > '2011-11-23' || iso < '1925-11-24') {
					expect(problems).toEqual([{ field: 'birthDate', reason: 'birthdate-implausible' }]);
				} else expect(problems).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});
});
