import { describe, expect, it } from 'vitest';
import { fieldForHeader, type Field } from '$lib/registration';

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
