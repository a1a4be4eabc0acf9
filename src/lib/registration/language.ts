/**
 * The optional language of a line: the language the person reads their credential mail in.
 * German is a mail language only (the portal itself speaks nl, fr and en).
 */
import { headerToken } from './headers';

/** The languages a line may name, as ISO 639-1 codes. */
export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/**
 * Every accepted spelling, in compact form (see `headerToken`): the code, and the language's
 * name in each of the four languages ("Nederlands", "néerlandais", "Dutch", "Niederländisch").
 * A region tag ("nl-BE", "fr_be") counts as its language.
 */
const SPELLINGS: Readonly<Record<Language, readonly string[]>> = {
	nl: [
		'nl',
		'nld',
		'dut',
		'nederlands',
		'vlaams',
		'neerlandais',
		'dutch',
		'flemish',
		'niederlandisch'
	],
	fr: ['fr', 'fra', 'fre', 'frans', 'francais', 'french', 'franzosisch'],
	en: ['en', 'eng', 'engels', 'anglais', 'english', 'englisch'],
	de: ['de', 'deu', 'ger', 'duits', 'allemand', 'german', 'deutsch']
};

const SPELLING_TO_LANGUAGE: ReadonlyMap<string, Language> = new Map(
	LANGUAGES.flatMap((l) => SPELLINGS[l].map((s) => [s, l] as const))
);

/**
 * Reads a language cell. An empty cell is no language (`null`: the mail then goes out in the
 * employer's language with the other languages below). A code or a name in any of the four
 * languages is accepted, case and accents ignored; anything else is `'invalid'`, which makes
 * the line code 4 (`language-invalid`) so that the employer sees the typo before sending
 * instead of the person silently getting a mail in a language the employer did not choose.
 */
export function parseLanguage(cell: string | null | undefined): Language | null | 'invalid' {
	const text = (cell ?? '').trim();
	if (text === '') return null;
	const exact = SPELLING_TO_LANGUAGE.get(headerToken(text));
	if (exact) return exact;
	// A region tag: "nl-BE", "fr_BE", "de-DE".
	const tag = /^([a-z]{2})[-_][a-z]{2}$/i.exec(text);
	const base = tag?.[1]?.toLowerCase();
	return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'invalid';
}
