import { COMMON_PASSWORDS_TEXT } from './common-passwords-data';

let cached: ReadonlySet<string> | null = null;

/** The shipped list of common passwords (data/common-passwords.txt), parsed once. */
export function commonPasswords(): ReadonlySet<string> {
	cached ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
	return cached;
}
