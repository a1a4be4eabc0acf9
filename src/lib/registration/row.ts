/**
 * The shape of one employee line and the vocabulary of outcomes. Shared verbatim by the browser
 * grid and the worker, so both speak about a line in exactly the same terms.
 */

/** The five fields of an employee line, in the documented default column order. */
export const FIELDS = ['lastName', 'firstName', 'postcode', 'birthDate', 'email'] as const;

/** One of the five fields of a line. */
export type Field = (typeof FIELDS)[number];

/**
 * A column a list may carry besides the five fields: the language of the person's mail
 * (`nl`, `fr`, `en`, `de`; see `parseLanguage`). Optional: a list without it is complete.
 */
export const OPTIONAL_COLUMNS = ['language'] as const;

/** What a column of an uploaded or pasted list can hold. */
export type Column = Field | (typeof OPTIONAL_COLUMNS)[number];

/** The grid's columns: the five fields, then the optional language. */
export const COLUMNS: readonly Column[] = [...FIELDS, ...OPTIONAL_COLUMNS];

/**
 * One employee line exactly as entered (pasted, uploaded or typed): every value is a string, even
 * dates and postcodes, because what the employer typed is what we must echo back in reports.
 */
export interface RegistrationRow {
	/** naam / nom — family name, particles included ("Van den Bossche"). */
	lastName: string;
	/** voornaam / prénom. */
	firstName: string;
	/** Belgian postcode, 4 digits. */
	postcode: string;
	/** geboortedatum, day-first (dd/mm/yyyy and variants) or an Excel serial number. */
	birthDate: string;
	/** The address the portal invitation is sent to. */
	email: string;
	/**
	 * The language of the person's mail, as entered (optional column Taal / Langue / Language /
	 * Sprache). Absent or empty: the employer's language, with the other languages below.
	 */
	language?: string;
}

/**
 * Result code per line: 1 registered, 2 already an active account, 3 not found in the employer's
 * roster, 4 data not correct.
 */
export type ResultCode = 1 | 2 | 3 | 4;

/**
 * Every reason a line can carry, as a bare identifier. The i18n message key is `reason.<id>`
 * (see {@link reasonKey}); keeping the ids in one tuple lets the type checker prove that the
 * message catalogue and {@link REASON_CODE} cover them all.
 */
export const REASONS = [
	'field-missing',
	'postcode-format',
	'postcode-unknown',
	'birthdate-invalid',
	'birthdate-future',
	'birthdate-implausible',
	'email-invalid',
	'language-invalid',
	'duplicate-in-list',
	'email-used-by-other',
	'not-in-roster',
	'ambiguous-roster-match',
	'already-active',
	'registered'
] as const;

/** A reason identifier, e.g. `'postcode-format'`. */
export type Reason = (typeof REASONS)[number];

/** The i18n message key of a reason, e.g. `'reason.postcode-format'`. */
type ReasonKey = `reason.${Reason}`;

/**
 * The result code a line gets when this reason applies to it.
 *
 * - `duplicate-in-list` is 2 because the second submission of the same person finds the account
 *   the first one just created; the first occurrence itself is only warned about.
 * - `ambiguous-roster-match` is 3 (the spec: "ambiguous also 3, with its own reason"): no single
 *   roster entry matches, which is what code 3 means; its reason tells the employer why.
 */
export const REASON_CODE: Readonly<Record<Reason, ResultCode>> = {
	'field-missing': 4,
	'postcode-format': 4,
	'postcode-unknown': 4,
	'birthdate-invalid': 4,
	'birthdate-future': 4,
	'birthdate-implausible': 4,
	'email-invalid': 4,
	'language-invalid': 4,
	'duplicate-in-list': 2,
	'email-used-by-other': 4,
	'not-in-roster': 3,
	'ambiguous-roster-match': 3,
	'already-active': 2,
	registered: 1
};

/** The i18n message key for a reason. */
export function reasonKey(reason: Reason): ReasonKey {
	return `reason.${reason}`;
}

/** Type guard for reason identifiers arriving from untyped input (stored results, APIs). */
export function isReason(value: unknown): value is Reason {
	return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** A row with every field empty; handy as a starting point for the grid and for tests. */
export function emptyRow(): RegistrationRow {
	return { lastName: '', firstName: '', postcode: '', birthDate: '', email: '' };
}
