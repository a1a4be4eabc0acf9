/**
 * Invisible characters that survive copy/paste from Word, web pages and PDFs (soft hyphen,
 * zero-width spaces and joiners, direction marks, word joiner, BOM). One class shared by text
 * normalisation and by the blank-line rule, so a cell that normalises to nothing is also blank.
 * No imports on purpose: the draft worker uses this through `$lib/registration/blank`.
 */
const INVISIBLE_CLASS = '[\\u00AD\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]';

/** Global matcher for {@link INVISIBLE_CLASS}, for `String.prototype.replace`. */
export const INVISIBLE_RE = new RegExp(INVISIBLE_CLASS, 'g');

/** The text without invisible characters. */
export function stripInvisible(value: string): string {
	return value.replace(INVISIBLE_RE, '');
}
