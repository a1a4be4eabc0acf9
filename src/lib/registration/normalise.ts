/**
 * Canonical forms of what employers type. Everything here is idempotent so that the grid can
 * normalise on every keystroke and the worker can normalise again without drifting apart.
 */
import { ageOn, isRealDate, splitIso, toIso } from './iso-date';
import type { RegistrationRow } from './row';
import { INVISIBLE_RE } from '$lib/text/invisible';

/**
 * Plausible age range (inclusive, in completed years) at the submission date. Used by the
 * validator and by the 2-digit-year rule, which must agree on what "plausible" means.
 */
export const AGE_RANGE = { min: 15, max: 100 } as const;

/** Excel serial numbers accepted as dates: 1 = 1900-01-01, 60000 = 2064-04-08. */
const EXCEL_SERIAL_RANGE = { min: 1, max: 60_000 } as const;

// Invisible characters (shared with the blank-line rule) make two identical-looking names
// compare unequal.

/**
 * Trims, collapses every run of whitespace (including non-breaking spaces) to one space, removes
 * zero-width characters and applies Unicode NFC so "é" typed two ways is one string.
 */
export function normaliseText(value: string): string {
	// Invisibles go first: one between a letter and its accent would otherwise block composition.
	return value.replace(INVISIBLE_RE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

// Letters that do not decompose under NFD but that people routinely type without the diacritic.
const FOLD: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};
const FOLD_RE = /[ßæœøłđðþı]/g;
const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;

/**
 * Comparison key for a name: case- and accent-insensitive, and blind to spaces, hyphens,
 * apostrophes and dots. Dropping separators entirely is what makes Flemish particles tolerant:
 * "Van den Bossche", "Vandenbossche" and "VAN DEN BOSSCHE" share a key, as do "D'Hondt" and
 * "Dhondt", or "Anne-Marie" and "Annemarie". Never show this key to users.
 */
export function nameKey(name: string): string {
	// Fast path: printable ASCII needs no Unicode normalisation, and most names are ASCII.
	if (PRINTABLE_ASCII_RE.test(name)) return name.toLowerCase().replace(/[^a-z0-9]/g, '');
	return normaliseText(name)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(FOLD_RE, (c) => FOLD[c] ?? c)
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Trimmed, zero-width-free, lower-cased e-mail address (internal spaces are kept so they fail). */
export function normaliseEmail(email: string): string {
	return normaliseText(email).toLowerCase();
}

/** Outcome of {@link parseBirthDate}. */
type BirthDateParse =
	{ ok: true; iso: string } | { ok: false; reason: 'field-missing' | 'birthdate-invalid' };

/** Options for {@link parseBirthDate}. */
export interface BirthDateOptions {
	/**
	 * Reference date (`yyyy-mm-dd`, normally the submission date). Needed only to resolve 2-digit
	 * years; without it a 2-digit year is rejected rather than guessed.
	 */
	today?: string;
}

const DAY_FIRST_RE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
// Year-first is only unambiguous with four digits; a midnight time part is tolerated because
// database and spreadsheet exports append one.
const YEAR_FIRST_RE = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/;
const SERIAL_RE = /^\d{1,5}(?:\.\d+)?$/;

/**
 * Converts an Excel serial (1900 date system) to ISO. Excel pretends 1900 was a leap year, so
 * serial 60 is the non-existent 1900-02-29 and every later serial is one day ahead of reality.
 */
export function excelSerialToIso(serial: number): string | null {
	if (!Number.isFinite(serial)) return null;
	// The fractional part is the time of day.
	const whole = Math.floor(serial);
	if (whole < EXCEL_SERIAL_RANGE.min || whole > EXCEL_SERIAL_RANGE.max || whole === 60) return null;
	const epoch = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
	const d = new Date(epoch + whole * 86_400_000);
	return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Serials 1800–2100 are almost certainly a bare year typed into the date column ("1990"); read as
 * serials they would be dates in 1904–1905 and produce a baffling "implausible age" message.
 */
const BARE_YEAR = { min: 1800, max: 2100 } as const;

function fromSerial(serial: number): BirthDateParse {
	const bareYear = serial >= BARE_YEAR.min && serial <= BARE_YEAR.max;
	const iso = bareYear ? null : excelSerialToIso(serial);
	return iso ? { ok: true, iso } : { ok: false, reason: 'birthdate-invalid' };
}

/**
 * Resolves a 2-digit year: yy becomes 19yy or 20yy only when exactly one of the two gives an age
 * within {@link AGE_RANGE} at `today`; otherwise (or without `today`) it is not resolvable.
 * Because 19yy and 20yy are 100 years apart, at most one can ever be plausible.
 */
function resolveTwoDigitYear(
	yy: number,
	month: number,
	day: number,
	today?: string
): number | null {
	if (!today || !splitIso(today)) return null;
	const plausible = [1900 + yy, 2000 + yy].filter((year) => {
		if (!isRealDate(year, month, day)) return false;
		const iso = toIso(year, month, day);
		if (iso > today) return false;
		const age = ageOn(iso, today);
		return age >= AGE_RANGE.min && age <= AGE_RANGE.max;
	});
	return plausible.length === 1 ? (plausible[0] ?? null) : null;
}

/**
 * Parses a birth date as Belgians write it. Accepted: `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` (one
 * separator style throughout), `yyyy-mm-dd` (also with `/` or `.`), the same day-first forms with
 * a 2-digit year (see `today`), and Excel serial numbers 1–60000 given as a number or a numeric
 * string (except 1800–2100, which are taken for a bare year and rejected). Day-first is ALWAYS assumed: 03/04/1990 is 3 April, never 4 March, and 04/13/1990 is
 * invalid. Impossible dates (31/02/1990, month 13) are invalid. Whether the date is in the future
 * or plausible is the validator's concern, not this function's.
 */
export function parseBirthDate(
	input: string | number,
	options: BirthDateOptions = {}
): BirthDateParse {
	if (typeof input === 'number') return fromSerial(input);
	const text = normaliseText(input);
	if (text === '') return { ok: false, reason: 'field-missing' };

	if (SERIAL_RE.test(text)) return fromSerial(Number(text));

	const yearFirst = YEAR_FIRST_RE.exec(text);
	if (yearFirst) {
		const [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
		return isRealDate(year, month, day)
			? { ok: true, iso: toIso(year, month, day) }
			: { ok: false, reason: 'birthdate-invalid' };
	}

	const dayFirst = DAY_FIRST_RE.exec(text);
	if (dayFirst) {
		const day = Number(dayFirst[1]);
		const month = Number(dayFirst[3]);
		const yearText = dayFirst[4] ?? '';
		const year =
			yearText.length === 4
				? Number(yearText)
				: resolveTwoDigitYear(Number(yearText), month, day, options.today);
		if (year !== null && isRealDate(year, month, day)) {
			return { ok: true, iso: toIso(year, month, day) };
		}
	}
	return { ok: false, reason: 'birthdate-invalid' };
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, the form shown to Belgian users. Throws on a non-date. */
export function formatBirthDateBelgian(iso: string): string {
	const parts = splitIso(iso);
	if (!parts) throw new RangeError(`Not an ISO calendar date: ${iso}`);
	const { year, month, day } = parts;
	return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}

/**
 * Canonical display form of a row: text fields cleaned, e-mail lower-cased, and a parseable birth
 * date rewritten as dd/mm/yyyy (unparseable input is only cleaned, so the user still sees what
 * they typed). Idempotent: normalising twice gives the same row.
 */
export function normaliseRow(
	row: RegistrationRow,
	options: BirthDateOptions = {}
): RegistrationRow {
	const birth = parseBirthDate(row.birthDate, options);
	return {
		lastName: normaliseText(row.lastName),
		firstName: normaliseText(row.firstName),
		postcode: normaliseText(row.postcode),
		birthDate: birth.ok ? formatBirthDateBelgian(birth.iso) : normaliseText(row.birthDate),
		email: normaliseEmail(row.email)
	};
}
