/**
 * The Belgian enterprise number (ondernemingsnummer KBO / numéro d'entreprise BCE) of an
 * employer: ten digits, written 0123.456.789. The first digit is 0 or 1; the last two are a
 * check: 97 − (the first eight digits mod 97). Shared by the staff form (server) and any page
 * that shows or searches one.
 */

/** Why a typed enterprise number is refused. */
export type EnterpriseNumberProblem = 'format' | 'check';

export type EnterpriseNumberResult =
	{ ok: true; value: string } | { ok: false; reason: EnterpriseNumberProblem };

/** What a person may type around the digits: dots, spaces, a "BE" prefix (VAT notation). */
const DECORATION = /[\s.\-/]/g;

/**
 * Parses an enterprise number as typed ("0123.456.749", "0123456749", "BE 0123 456 749") into
 * its ten digits. Nine digits (the notation before 2005, without the leading 0) are not
 * accepted: the brief format is 0123.456.789 or ten digits.
 */
export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
	const compact = input.trim().replace(/^BE/i, '').replace(DECORATION, '');
	if (!/^[01]\d{9}$/.test(compact)) return { ok: false, reason: 'format' };
	const base = Number(compact.slice(0, 8));
	const check = Number(compact.slice(8));
	return 97 - (base % 97) === check ? { ok: true, value: compact } : { ok: false, reason: 'check' };
}

/** True for ten digits whose check digits are right. */
export function isEnterpriseNumber(input: string): boolean {
	return parseEnterpriseNumber(input).ok;
}

/** Ten digits shown the official way: "0123456749" → "0123.456.749" (anything else unchanged). */
export function formatEnterpriseNumber(digits: string): string {
	return /^\d{10}$/.test(digits)
		? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`
		: digits;
}
