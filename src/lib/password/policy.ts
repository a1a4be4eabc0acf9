/**
 * The password rules (OWASP ASVS 5.0, V6.2): at least 8 characters (15 or more suggested), at most
 * 128, no composition rules, refused when it is a common password or built from the person's own
 * e-mail address or name. Pure, so the browser shows exactly the hint the server enforces.
 */

export const PASSWORD_MIN = 8;
const PASSWORD_SUGGESTED = 15;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal' | 'repetitive';
type PasswordStrength = 'weak' | 'fair' | 'good' | 'strong';

interface PasswordContext {
	/** Lower-cased common passwords (see common.ts); without it the list check is skipped. */
	common?: ReadonlySet<string>;
	/** The person's e-mail address and names: a password made of them is refused. */
	personal?: (string | null | undefined)[];
}

interface PasswordCheck {
	ok: boolean;
	/** The first problem, if any (one thing to fix at a time, in plain words). */
	problem: PasswordProblem | null;
	strength: PasswordStrength;
}

/** Characters as the user sees them (an emoji or accented letter counts once). */
export function passwordLength(password: string): number {
	return [...password.normalize('NFC')].length;
}

const simplify = (value: string) =>
	value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');

function personalWords(personal: PasswordContext['personal']): string[] {
	const words = new Set<string>();
	for (const value of personal ?? []) {
		if (!value) continue;
		const [local = ''] = value.split('@');
		for (const part of [value, local, ...local.split(/[^\p{L}\p{N}]+/u)]) {
			const word = simplify(part);
			if (word.length >= 4) words.add(word);
		}
	}
	return [...words];
}

function isPersonal(password: string, personal: PasswordContext['personal']): boolean {
	const plain = simplify(password);
	if (!plain) return false;
	// Refused when the person's own words make up most of it ("marie1986", "jan.peeters!").
	return personalWords(personal).some(
		(word) => plain.includes(word) && word.length * 2 >= plain.length
	);
}

function isCommon(password: string, common: ReadonlySet<string> | undefined): boolean {
	if (!common) return false;
	const lower = password.toLowerCase();
	// Also the common word with a year or a "1!" stuck on the end ("password2026!").
	const stripped = lower.replace(/[\d\W_]+$/u, '');
	return common.has(lower) || (stripped.length >= 6 && common.has(stripped));
}

/** Checks a new password and says how strong it is. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
	const length = passwordLength(password);
	let problem: PasswordProblem | null = null;
	if (length < PASSWORD_MIN) problem = 'too-short';
	else if (length > PASSWORD_MAX) problem = 'too-long';
	else if (new Set(password.toLowerCase()).size < 4) problem = 'repetitive';
	else if (isCommon(password, context.common)) problem = 'common';
	else if (isPersonal(password, context.personal)) problem = 'personal';
	return { ok: problem === null, problem, strength: problem ? 'weak' : strengthOf(password) };
}

function strengthOf(password: string): PasswordStrength {
	const length = passwordLength(password);
	const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) =>
		re.test(password)
	).length;
	const distinct = new Set(password.toLowerCase()).size;
	if (length >= PASSWORD_SUGGESTED && distinct >= 8) return 'strong';
	if (length >= 12 || (length >= 10 && kinds >= 3)) return 'good';
	return 'fair';
}
