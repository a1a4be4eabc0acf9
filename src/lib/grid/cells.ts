/**
 * A grid line as Handsontable holds it, and the two rules every consumer of raw lines shares: how
 * a cell reads as text and when a line counts as blank. Only the import-free invisible-character
 * class on purpose: the draft worker uses this too, without pulling in the registration rules.
 */
import { stripInvisible } from '$lib/text/invisible';

/** One grid line: the cells in `FIELDS` order. Handsontable may put null in new cells. */
export type Cells = (string | number | null | undefined)[];

/** Cells per line: the five fields of a registration row (`FIELDS.length`, checked by a test). */
export const LINE_WIDTH = 5;

export function cellText(value: Cells[number]): string {
	return value === null || value === undefined ? '' : String(value);
}

/** The line's cells as text, exactly {@link LINE_WIDTH} of them. */
export function lineTexts(cells: Cells | undefined): string[] {
	return Array.from({ length: LINE_WIDTH }, (_, i) => cellText(cells?.[i]));
}

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
