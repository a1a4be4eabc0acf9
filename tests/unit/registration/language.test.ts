import { describe, expect, it } from 'vitest';
import {
	fieldForHeader,
	findHeaderRow,
	headerMapping,
	headerScore,
	layoutFor,
	parseLanguage,
	readLine,
	validateRow
} from '$lib/registration';

const TODAY = '2026-06-15';
const line = {
	lastName: 'Peeters',
	firstName: 'Jan',
	postcode: '9000',
	birthDate: '03/04/1985',
	email: 'jan@example.be'
};

describe('parseLanguage', () => {
	it('reads codes, region tags and names in the four languages, case and accents ignored', () => {
		const cases: [string, string][] = [
			['nl', 'nl'],
			['NL', 'nl'],
			['nl-BE', 'nl'],
			['Nederlands', 'nl'],
			['néerlandais', 'nl'],
			['Dutch', 'nl'],
			['Niederländisch', 'nl'],
			['fr', 'fr'],
			['fr_BE', 'fr'],
			['Français', 'fr'],
			['FRANCAIS', 'fr'],
			['Frans', 'fr'],
			['en', 'en'],
			['English', 'en'],
			['Engels', 'en'],
			['anglais', 'en'],
			['de', 'de'],
			['Deutsch', 'de'],
			['Duits', 'de'],
			['allemand', 'de'],
			[' de-DE ', 'de']
		];
		for (const [cell, language] of cases) expect(parseLanguage(cell), cell).toBe(language);
	});

	it('an empty cell is no language; anything else is invalid', () => {
		for (const cell of ['', '   ', null, undefined]) expect(parseLanguage(cell)).toBeNull();
		for (const cell of ['es', 'Español', 'nl/fr', 'n', 'it-IT', 'Nederlands en Frans'])
			expect(parseLanguage(cell), cell).toBe('invalid');
	});
});

describe('the language column', () => {
	it('is recognised as an optional column in every language', () => {
		for (const header of [
			'Taal',
			'Langue',
			'Language',
			'Sprache',
			'Moedertaal',
			'Langue maternelle'
		])
			expect(fieldForHeader(header), header).toBe('language');
		expect(
			headerMapping(['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail', 'Taal'])
		).toEqual(['lastName', 'firstName', 'postcode', 'birthDate', 'email', 'language']);
	});

	it('does not count towards the two fields that make a header', () => {
		expect(headerScore(['Taal', 'Naam'])).toBe(0);
		expect(findHeaderRow([['Taal', 'Naam']])).toBeNull();
		expect(headerScore(['Taal', 'Naam', 'E-mail'])).toBe(2);
		expect(findHeaderRow([['Taal', 'Naam', 'E-mail']])).toBe(0);
		expect(headerMapping(['Taal', 'Naam', 'E-mail'])).toEqual(['language', 'lastName', 'email']);
	});

	it('fills row.language only when mapped; an empty cell under it reads as ""', () => {
		const rows = [
			['Naam', 'Voornaam', 'Langue', 'E-mail'],
			['Peeters', 'Jan', 'FR', 'jan@example.be'],
			['Peeters', 'Jan', '', 'jan@example.be']
		];
		const layout = layoutFor(rows, findHeaderRow(rows));
		expect(readLine(rows[1]!, layout).row.language).toBe('FR');
		// Mapped but empty: the row carries `language: ''`, which validateRow reads as no language
		// (see below).
		expect(readLine(rows[2]!, layout).row).toHaveProperty('language', '');
		// Not mapped (no header: the documented five columns): no language at all.
		const data = [['Peeters', 'Jan', '9000', '03/04/1985', 'x@y.be']];
		expect(readLine(data[0]!, layoutFor(data, findHeaderRow(data))).row).not.toHaveProperty(
			'language'
		);
	});
});

describe('validateRow and the language', () => {
	it('a valid or empty language is no problem and is returned as its code', () => {
		expect(validateRow({ ...line, language: 'Deutsch' }, { today: TODAY })).toMatchObject({
			problems: [],
			language: 'de'
		});
		expect(validateRow({ ...line, language: '' }, { today: TODAY })).toMatchObject({
			problems: [],
			language: null
		});
		expect(validateRow(line, { today: TODAY }).language).toBeNull();
	});

	it('an unknown language makes the line code 4 with its own reason, on the language cell', () => {
		const result = validateRow({ ...line, language: 'Spaans' }, { today: TODAY });
		expect(result.problems).toEqual([{ field: 'language', reason: 'language-invalid' }]);
		expect(result.language).toBeNull();
	});
});
