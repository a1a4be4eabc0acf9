/**
 * When a cell or a line counts as blank: the one rule the grid, its draft store, the upload and
 * the submit share. Only the import-free invisible-character class on purpose: the draft worker
 * imports this module directly (`$lib/registration/blank`) without pulling in the other rules.
 */
import { stripInvisible } from '$lib/text/invisible';

/**
 * A cell is blank when nothing is left after removing the invisible characters normalisation
 * removes, and whitespace.
 */
export function isBlankCell(value: string): boolean {
	return stripInvisible(value).trim() === '';
}

/** Every cell blank: not a line (spare rows, rows the user cleared). */
export function isBlankLine(texts: readonly string[]): boolean {
	return texts.every(isBlankCell);
}
