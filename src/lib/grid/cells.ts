/**
 * A grid line as Handsontable holds it, and how a cell reads as text. Import-free on purpose: the
 * draft worker uses this too, without pulling in the registration rules (when a line is blank is
 * `$lib/registration/blank`).
 */

/** One grid line: the cells in `COLUMNS` order. Handsontable may put null in new cells. */
export type Cells = (string | number | null | undefined)[];

/**
 * Cells per line: the five fields of a registration row and the optional language
 * (`COLUMNS.length`, checked by a test).
 */
export const LINE_WIDTH = 6;

export function cellText(value: Cells[number]): string {
	return value === null || value === undefined ? '' : String(value);
}

/** The line's cells as text, exactly {@link LINE_WIDTH} of them. */
export function lineTexts(cells: Cells | undefined): string[] {
	return Array.from({ length: LINE_WIDTH }, (_, i) => cellText(cells?.[i]));
}
