/**
 * How strong a chosen password is. One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import * as m from '$lib/paraglide/messages';

export type PasswordStrengthCode = 'weak' | 'fair' | 'good' | 'strong';

/** How strong a password is. */
export function passwordStrengthLabel(t: Translate, code: PasswordStrengthCode): string {
	const messages = {
		weak: () => t(m['pwd.strength.weak']),
		fair: () => t(m['pwd.strength.fair']),
		good: () => t(m['pwd.strength.good']),
		strong: () => t(m['pwd.strength.strong'])
	} satisfies Record<PasswordStrengthCode, () => string>;
	return messages[code]();
}
