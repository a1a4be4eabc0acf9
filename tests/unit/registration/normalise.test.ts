import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	excelSerialToIso,
	formatBirthDateBelgian,
	nameKey,
	normaliseEmail,
	normaliseRow,
	normaliseText,
	parseBirthDate
} from '$lib/registration';

const TODAY = '2026-11-23';

describe('normaliseText', () => {
	it('trims, collapses whitespace, removes zero-width characters and applies NFC', () => {
		expect(normaliseText('  Van\u00A0den \t Bossche  ')).toBe('Van den Bossche');
		expect(normaliseText('Jo\u200Bhn\uFEFF')).toBe('John');
		expect(normaliseText('Rene\u0301')).toBe('René');
		expect(normaliseText('Rene\u0301').length).toBe(4);
		// A zero-width space between letter and accent must not block composition.
		expect(normaliseText('Rene\u200B\u0301')).toBe('René');
	});
});

describe('nameKey', () => {
	const same = (a: string, b: string) => expect(nameKey(a)).toBe(nameKey(b));
	it('tolerates particles, case and spacing', () => {
		same('Van den Bossche', 'Vandenbossche');
		same('Van den Bossche', 'van den bossche');
		same('Van den Bossche', 'VAN DEN BOSSCHE');
		same('De Smet', 'Desmet');
	});
	it('treats apostrophes, hyphens and dots as separators', () => {
		same("D'Hondt", 'Dhondt');
		same('D’Hondt', 'D Hondt');
		same('Anne-Marie', 'Annemarie');
		same('St. Jean', 'St Jean');
	});
	it('ignores accents and folds letters without decomposition', () => {
		same('Hélène', 'Helene');
		same('Françoise', 'FRANCOISE');
		same('Müller', 'Muller');
		same('Strauß', 'Strauss');
		same('Bjørn', 'Bjorn');
	});
	it('strips zero-width characters', () => {
		same('Pee\u200Bters', 'Peeters');
	});
	it('still distinguishes different names', () => {
		expect(nameKey('Peeters')).not.toBe(nameKey('Peters'));
		expect(nameKey('Jan')).not.toBe(nameKey('Jana'));
	});
});

describe('normaliseEmail', () => {
	it('trims and lower-cases but keeps internal spaces', () => {
		expect(normaliseEmail('  Jan.Peeters@Example.BE ')).toBe('jan.peeters@example.be');
		expect(normaliseEmail('jan peeters@example.be')).toBe('jan peeters@example.be');
	});
});

describe('parseBirthDate', () => {
	const ok = (input: string | number, iso: string, today?: string) =>
		expect(parseBirthDate(input, { today })).toEqual({ ok: true, iso });
	const bad = (input: string | number, today?: string) =>
		expect(parseBirthDate(input, { today })).toEqual({ ok: false, reason: 'birthdate-invalid' });

	it('reads Belgian day-first forms', () => {
		ok('03/04/1990', '1990-04-03');
		ok('3-4-1990', '1990-04-03');
		ok('03.04.1990', '1990-04-03');
		ok('3/4/1990', '1990-04-03');
		ok(' 03 / 04 / 1990 ', '1990-04-03');
	});
	it('reads year-first ISO forms, with a midnight time part', () => {
		ok('1990-04-03', '1990-04-03');
		ok('1990/4/3', '1990-04-03');
		ok('1990-04-03 00:00:00', '1990-04-03');
		ok('1990-04-03T00:00', '1990-04-03');
		bad('1990-04-03 13:45');
	});
	it('never guesses month-first', () => {
		bad('04/13/1990');
		ok('12/11/1990', '1990-11-12');
	});
	it('rejects impossible dates', () => {
		bad('31/02/1990');
		bad('29/02/1991');
		bad('00/01/1990');
		bad('01/13/1990');
		bad('31/04/1990');
		bad('1990-02-30');
		ok('29/02/1992', '1992-02-29');
	});
	it('rejects mixed separators and junk', () => {
		bad('03/04-1990');
		bad('3 april 1990');
		bad('1990');
		bad('03/04/199');
		bad('abc');
	});
	it('reports an empty value as missing', () => {
		expect(parseBirthDate('  ')).toEqual({ ok: false, reason: 'field-missing' });
	});
	it('resolves a 2-digit year only when exactly one century gives an age of 15–100', () => {
		ok('03/04/85', '1985-04-03', TODAY);
		ok('03/04/05', '2005-04-03', TODAY);
		ok('01/01/30', '1930-01-01', TODAY);
		// 2020 is 6 years old, 1920 is 106: neither plausible.
		bad('01/01/20', TODAY);
		// 2011-12-01 is 14 at TODAY, 1911 is 114.
		bad('01/12/11', TODAY);
		ok('23/11/11', '2011-11-23', TODAY);
		// Without a reference date there is nothing to decide with.
		bad('03/04/85');
	});
	it('converts Excel serial numbers with the 1900 leap-year bug', () => {
		ok(1, '1900-01-01');
		ok(59, '1900-02-28');
		bad(60);
		ok(61, '1900-03-01');
		ok(32874, '1990-01-01');
		ok(36526, '2000-01-01');
		ok('32874', '1990-01-01');
		ok(32874.75, '1990-01-01');
		ok('32874.0', '1990-01-01');
		ok(60000, '2064-04-08');
		// A bare year is not a serial.
		bad(1990);
		bad('2001');
		ok(1799, '1904-12-03');
		ok(2101, '1905-10-01');
		bad(0);
		bad(60001);
		bad(-5);
		bad(Number.NaN);
		expect(excelSerialToIso(Number.POSITIVE_INFINITY)).toBeNull();
	});
});

describe('formatBirthDateBelgian', () => {
	it('formats ISO as dd/mm/yyyy', () => {
		expect(formatBirthDateBelgian('1990-04-03')).toBe('03/04/1990');
		expect(() => formatBirthDateBelgian('1990-02-30')).toThrow(RangeError);
	});
});

describe('normaliseRow', () => {
	it('normalises every field', () => {
		expect(
			normaliseRow(
				{
					lastName: '  van  den Bossche ',
					firstName: 'Rene\u0301\u200B',
					postcode: ' 9000 ',
					birthDate: '3-4-85',
					email: ' Rene@Example.BE'
				},
				{ today: TODAY }
			)
		).toEqual({
			lastName: 'van den Bossche',
			firstName: 'René',
			postcode: '9000',
			birthDate: '03/04/1985',
			email: 'rene@example.be'
		});
	});
	it('leaves an unparseable birth date as typed (cleaned)', () => {
		expect(
			normaliseRow({
				lastName: '',
				firstName: '',
				postcode: '',
				birthDate: ' 31/02/1990 ',
				email: ''
			}).birthDate
		).toBe('31/02/1990');
	});

	// Graphemes, plus a soup of the characters that make normalisation order matter.
	const tricky = fc
		.array(
			fc.constantFrom(
				'e',
				'E',
				'\u0301',
				'\u0308',
				'\u200B',
				'\uFEFF',
				' ',
				'\u00A0',
				'\t',
				'ß',
				'İ',
				"'",
				'-'
			),
			{
				maxLength: 20
			}
		)
		.map((cs) => cs.join(''));
	const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), tricky);
	const dateLike = fc.oneof(
		anyText,
		fc
			.tuple(
				fc.integer({ min: 0, max: 35 }),
				fc.integer({ min: 0, max: 14 }),
				fc.integer({ min: 0, max: 2100 })
			)
			.map(([d, m, y]) => `${d}/${m}/${y}`),
		fc.integer({ min: -10, max: 70000 }).map(String)
	);
	const rowArb = fc.record({
		lastName: anyText,
		firstName: anyText,
		postcode: anyText,
		birthDate: dateLike,
		email: anyText
	});

	it('is idempotent (property)', () => {
		fc.assert(
			fc.property(rowArb, (row) => {
				const once = normaliseRow(row, { today: TODAY });
				expect(normaliseRow(once, { today: TODAY })).toEqual(once);
			}),
			{ numRuns: 500 }
		);
	});

	it('nameKey is idempotent and insensitive to case and surrounding space (property)', () => {
		fc.assert(
			fc.property(anyText, (s) => {
				expect(nameKey(nameKey(s))).toBe(nameKey(s));
				expect(nameKey(`  ${s.toUpperCase()} `)).toBe(nameKey(s.toUpperCase()));
			}),
			{ numRuns: 500 }
		);
	});
});
