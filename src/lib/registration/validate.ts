/**
 * Single-line validation: everything that makes a line code 4 on its own, without looking at
 * other lines or the roster. A line's verdict depends only on its own cells, `today` and the
 * postcode list, so the grid can re-check just the edited row.
 */
import { ageOn } from './iso-date';
import { AGE_RANGE, normaliseRow, parseBirthDate } from './normalise';
import { parseLanguage, type Language } from './language';
import { BELGIAN_POSTCODES } from './postcodes';
import { FIELDS, type Field, type Reason, type RegistrationRow } from './row';

/** Reasons {@link validateRow} can report; all of them mean result code 4. */
export type RowReason = Extract<
	Reason,
	| 'field-missing'
	| 'postcode-format'
	| 'postcode-unknown'
	| 'birthdate-invalid'
	| 'birthdate-future'
	| 'birthdate-implausible'
	| 'email-invalid'
	| 'language-invalid'
>;

/**
 * One thing wrong with a line; `field` is the cell to highlight (null: the line as a whole;
 * `'language'`: the optional language column).
 */
export interface Problem {
	field: Field | 'language' | null;
	reason: RowReason;
}

/** What the validator needs besides the row. */
interface ValidationContext {
	/** Submission date (`yyyy-mm-dd`, Brussels calendar date) against which ages are computed. */
	today: string;
	/** Known postcodes; defaults to the bundled Belgian list. */
	postcodes?: ReadonlySet<string>;
}

/** Outcome of {@link validateRow}. */
interface RowValidation {
	/** Empty when the line is valid. At most one problem per field, in {@link FIELDS} order. */
	problems: Problem[];
	/** The normalised row (see `normaliseRow`); submit this, not the raw input. */
	row: RegistrationRow;
	/** The birth date as `yyyy-mm-dd` when it parsed, whether or not it is plausible. */
	birthDateIso: string | null;
	/** The language of the person's mail, when the line names a valid one (else null). */
	language: Language | null;
}

/** Longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
const EMAIL_MAX_LENGTH = 254;

// Characters that are legal in quoted local parts but in practice only ever come from typos or
// pasted "Name <address>" strings.
const LOCAL_FORBIDDEN_RE = /[\s@,;:<>()[\]\\"]/u;
const DOMAIN_LABEL_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * Pragmatic e-mail check on an already normalised address: no whitespace, exactly one `@`,
 * a non-empty local part (≤ 64, no leading/trailing/double dot), a domain with at least one dot
 * and no empty labels (letters, digits and inner hyphens; ≤ 63 each), total length ≤ 254.
 */
export function isValidEmail(email: string): boolean {
	if (email.length === 0 || email.length > EMAIL_MAX_LENGTH || /\s/u.test(email)) return false;
	const [local = '', domain = '', ...rest] = email.split('@');
	if (rest.length > 0) return false;
	if (local.length === 0 || local.length > 64 || LOCAL_FORBIDDEN_RE.test(local)) return false;
	if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
	const labels = domain.split('.');
	if (labels.length < 2) return false;
	return labels.every((label) => label.length <= 63 && DOMAIN_LABEL_RE.test(label));
}

/**
 * Postcode problem of a normalised postcode, if any: `postcode-format` unless it is exactly four
 * digits from 1000 to 9999 (so the special codes below 1000 fail here), then `postcode-unknown`
 * unless it is in the list.
 */
export function postcodeProblem(
	postcode: string,
	postcodes: ReadonlySet<string> = BELGIAN_POSTCODES
): RowReason | null {
	if (!/^[1-9]\d{3}$/.test(postcode)) return 'postcode-format';
	return postcodes.has(postcode) ? null : 'postcode-unknown';
}

/**
 * Birth date problem of an ISO date at `today`: `birthdate-future` after today, otherwise
 * `birthdate-implausible` unless the age in completed years is within 15–100 inclusive.
 */
function birthDateProblem(iso: string, today: string): RowReason | null {
	if (iso > today) return 'birthdate-future';
	const age = ageOn(iso, today);
	return age < AGE_RANGE.min || age > AGE_RANGE.max ? 'birthdate-implausible' : null;
}

/**
 * Validates one line on its own. Every field must be present (`field-missing` per empty field);
 * present fields are then checked independently so the user sees all problems at once. The
 * optional language may be empty; a value that names no mail language is `language-invalid`.
 */
export function validateRow(row: RegistrationRow, context: ValidationContext): RowValidation {
	const { today, postcodes = BELGIAN_POSTCODES } = context;
	const normalised = normaliseRow(row, { today });
	const problems: Problem[] = [];
	let birthDateIso: string | null = null;

	for (const field of FIELDS) {
		const value = normalised[field];
		if (value === '') {
			problems.push({ field, reason: 'field-missing' });
			continue;
		}
		let reason: RowReason | null = null;
		if (field === 'postcode') reason = postcodeProblem(value, postcodes);
		else if (field === 'email') reason = isValidEmail(value) ? null : 'email-invalid';
		else if (field === 'birthDate') {
			const parsed = parseBirthDate(value, { today });
			if (parsed.ok) {
				birthDateIso = parsed.iso;
				reason = birthDateProblem(parsed.iso, today);
			} else reason = 'birthdate-invalid';
		}
		if (reason) problems.push({ field, reason });
	}
	// The optional language column, after the five fields; an empty cell is no language.
	const parsed = parseLanguage(row.language);
	if (parsed === 'invalid') problems.push({ field: 'language', reason: 'language-invalid' });
	const language = parsed === 'invalid' ? null : parsed;
	return { problems, row: normalised, birthDateIso, language };
}
