/**
 * Recognising the header cells of an uploaded or pasted list: which field a column names.
 * Employers export from payroll packages in Dutch, French or English, in any column order.
 * Finding the header row and reading the lines under it is `header-row.ts`.
 */
import { FIELDS, type Column, type Field } from './row';

/**
 * Column index → the field that column holds, or null for a column we ignore (personnel number,
 * department, …). Columns beyond the end of the array are ignored too.
 */
export type ColumnMapping = readonly (Column | null)[];

/**
 * The mapping used when a list has no header row: the documented order of {@link FIELDS}
 * (`layoutFor` in header-row.ts takes as many of it as the table has columns).
 */
export const DEFAULT_MAPPING: ColumnMapping = FIELDS;

/**
 * Header spellings per field, already in compact form (see {@link headerToken}). Flemish payroll
 * uses a bare "Naam" for the family name, so "naam" must only ever match as a whole token; that
 * is why "voornaam" can never be mistaken for it.
 */
const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
	lastName: [
		'naam',
		'achternaam',
		'familienaam',
		'naamwerknemer',
		'nom',
		'nomdefamille',
		'lastname',
		'surname',
		'familyname'
	],
	firstName: ['voornaam', 'prenom', 'firstname', 'givenname', 'forename'],
	postcode: ['postcode', 'postnummer', 'codepostal', 'zip', 'zipcode', 'postalcode', 'cp'],
	birthDate: ['geboortedatum', 'gebdatum', 'datedenaissance', 'dateofbirth', 'birthdate', 'dob'],
	email: [
		'email',
		'emailadres',
		'emailaddress',
		'courriel',
		'mail',
		'mailadres',
		'adresseemail',
		'adressemail'
	]
};

/** Header spellings of the optional language column (Taal / Langue / Language / Sprache). */
export const LANGUAGE_HEADER_SYNONYMS: readonly string[] = [
	'taal',
	'moedertaal',
	'communicatietaal',
	'langue',
	'languematernelle',
	'languedecommunication',
	'language',
	'preferredlanguage',
	'sprache',
	'muttersprache'
];

const SYNONYM_TO_FIELD: ReadonlyMap<string, Column> = new Map<string, Column>([
	...FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((s) => [s, field] as const)),
	...LANGUAGE_HEADER_SYNONYMS.map((s) => [s, 'language'] as const)
]);

/** Splits a header cell into lower-case, accent-free alphanumeric tokens. */
function headerTokens(cell: string): string[] {
	return cell
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t !== '');
}

/** The whole cell in compact form: "Adresse e-mail" → "adresseemail", "Prénom" → "prenom". */
export function headerToken(cell: string): string {
	return headerTokens(cell).join('');
}

// The longest synonym spans four tokens ("date de naissance" is three, "adresse e mail" three).
const MAX_WINDOW = 4;

/**
 * The field a header cell names, or null. An exact match of the whole cell wins; otherwise a run
 * of whole tokens inside the cell may match ("Naam werknemer", "E-mail privé"), but only if every
 * such run points at the same field — "Naam en voornaam" names two fields and is therefore null.
 */
export function fieldForHeader(cell: string): Column | null {
	const tokens = headerTokens(cell);
	if (tokens.length === 0) return null;
	const exact = SYNONYM_TO_FIELD.get(tokens.join(''));
	if (exact) return exact;
	const found = new Set<Column>();
	for (let start = 0; start < tokens.length; start++) {
		let compact = '';
		for (let end = start; end < Math.min(tokens.length, start + MAX_WINDOW); end++) {
			compact += tokens[end];
			const field = SYNONYM_TO_FIELD.get(compact);
			if (field) found.add(field);
		}
	}
	return found.size === 1 ? ([...found][0] ?? null) : null;
}
