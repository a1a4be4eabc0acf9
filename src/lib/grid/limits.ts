/** Upper bound (characters) of the JSON field the grid posts; the server enforces it too. */
export const MAX_ROWS_FIELD_CHARS = 4 * 1024 * 1024;

/** Largest file the grid reads (bytes); larger files are refused before being read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Lines per list when the page does not say (the server's MAX_LIST_ROWS default). */
export const DEFAULT_MAX_LINES = 10_000;

/** Columns read from a sheet; further columns are ignored (a list has five fields). */
export const MAX_COLUMNS = 100;

/**
 * How many rows a parser reads before giving up on a file: twice the list limit plus slack, so
 * blank or formatted-only rows in a legitimate file do not count against it, while a file with
 * a million rows stops early. A file still going past this window has too many lines.
 */
export function readWindow(maxLines: number): number {
	return maxLines * 2 + 2;
}
