import { describe, expect, it } from 'vitest';
import {
	DEFAULT_MAPPING,
	detectHeader,
	fieldForHeader,
	mapRow,
	missingFields,
	type Field
} from '$lib/registration';

const SPELLINGS: Record<Field, string[]> = {
	lastName: [
		'Naam',
		'Achternaam',
		'Familienaam',
		'Nom',
		'Nom de famille',
		'Last name',
		'Surname',
		'Family name',
		'NAAM',
		'last_name',
		'LastName',
		'Naam werknemer'
	],
	firstName: ['Voornaam', 'Prénom', 'Prenom', 'First name', 'Given name', 'VOORNAAM', 'first-name'],
	postcode: [
		'Postcode',
		'Code postal',
		'Zip',
		'Postal code',
		'CP',
		'C.P.',
		'Zip code',
		'post code'
	],
	birthDate: [
		'Geboortedatum',
		'Date de naissance',
		'Date of birth',
		'Birth date',
		'DOB',
		'D.O.B.',
		'Birthdate',
		'Geboorte-datum'
	],
	email: [
		'E-mail',
		'Email',
		'Courriel',
		'Mail',
		'E-mailadres',
		'Adresse e-mail',
		'Adresse mail',
		'e_mail',
		' E - MAIL ',
		'E-mail address'
	]
};

describe('fieldForHeader', () => {
	for (const [field, spellings] of Object.entries(SPELLINGS)) {
		for (const spelling of spellings) {
			it(`"${spelling}" → ${field}`, () => {
				expect(fieldForHeader(spelling)).toBe(field);
			});
		}
	}

	it('never reads "Voornaam" or "Prénom" as the last name', () => {
		expect(fieldForHeader('Voornaam')).toBe('firstName');
		expect(fieldForHeader('Prénom')).toBe('firstName');
		expect(fieldForHeader('Voornaam werknemer')).toBe('firstName');
	});

	it('returns null for unrelated or ambiguous headers', () => {
		expect(fieldForHeader('Personeelsnummer')).toBeNull();
		expect(fieldForHeader('Naam en voornaam')).toBeNull();
		expect(fieldForHeader('Name')).toBeNull();
		expect(fieldForHeader('Lieu de naissance')).toBeNull();
		expect(fieldForHeader('')).toBeNull();
		expect(fieldForHeader('naamloos')).toBeNull();
	});
});

describe('detectHeader', () => {
	it('maps a Flemish payroll header', () => {
		expect(detectHeader(['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'])).toEqual([
			'lastName',
			'firstName',
			'postcode',
			'birthDate',
			'email'
		]);
	});

	it('maps columns in any order and ignores unknown ones', () => {
		expect(
			detectHeader(['Matricule', 'Courriel', 'Prénom', 'Nom', 'Date de naissance', 'CP'])
		).toEqual([null, 'email', 'firstName', 'lastName', 'birthDate', 'postcode']);
	});

	it('keeps the leftmost of two columns naming the same field', () => {
		expect(detectHeader(['E-mail', 'Naam', 'Mail'])).toEqual(['email', 'lastName', null]);
	});

	it('returns null for a data row so the default order applies', () => {
		expect(detectHeader(['Peeters', 'Jan', '2000', '01/02/1990', 'jan@example.be'])).toBeNull();
	});

	it('needs two recognised fields (a person may be called "Mail")', () => {
		expect(detectHeader(['Mail', 'Jan', '2000', '01/02/1990', 'jan@example.be'])).toBeNull();
		expect(detectHeader(['Naam', 'Voornaam'])).toEqual(['lastName', 'firstName']);
	});

	it('reports the fields a partial header lacks', () => {
		const mapping = detectHeader(['Naam', 'Voornaam', 'Geboortedatum']);
		expect(mapping).not.toBeNull();
		expect(missingFields(mapping ?? [])).toEqual(['postcode', 'email']);
		expect(missingFields(DEFAULT_MAPPING)).toEqual([]);
	});
});

describe('mapRow', () => {
	it('uses the default order without a mapping and ignores extra cells', () => {
		expect(mapRow(['Peeters', 'Jan', '2000', '01/02/1990', 'jan@example.be', 'extra'])).toEqual({
			lastName: 'Peeters',
			firstName: 'Jan',
			postcode: '2000',
			birthDate: '01/02/1990',
			email: 'jan@example.be'
		});
	});

	it('follows a detected mapping and fills missing cells with empty strings', () => {
		const mapping = detectHeader(['Courriel', 'Prénom', 'Nom', 'Dept']);
		expect(mapRow(['a@b.be', 'Marie', 'Dupont', 'IT'], mapping ?? undefined)).toEqual({
			lastName: 'Dupont',
			firstName: 'Marie',
			postcode: '',
			birthDate: '',
			email: 'a@b.be'
		});
		expect(mapRow(['x'])).toEqual({
			lastName: 'x',
			firstName: '',
			postcode: '',
			birthDate: '',
			email: ''
		});
	});
});
