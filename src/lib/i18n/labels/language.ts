/**
 * The name of each portal language, in the reader's language (the language switch). One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import type { Locale } from '../index';
import * as m from '$lib/paraglide/messages';

/** The name of a language, in that language. */
export function languageName(t: Translate, code: Locale): string {
	const messages = {
		nl: () => t(m['lang.nl']),
		fr: () => t(m['lang.fr']),
		en: () => t(m['lang.en'])
	} satisfies Record<Locale, () => string>;
	return messages[code]();
}
