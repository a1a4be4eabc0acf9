/**
 * A pasted block or imported sheet as a plain table of strings, and how its columns become the
 * grid's columns (the five fields and the optional language). Finding the header row and reading the lines is `$lib/registration`'s
 * (header-row.ts), the same reader as the API upload and the roster import.
 */
import Papa from 'papaparse';
import {
	COLUMNS,
	findHeaderRow,
	headerRowChoices,
	headerToken,
	layoutFor,
	readTable,
	tableWidth,
	type ColumnMapping,
	type Column,
	type TableLayout
} from '$lib/registration';

/**
 * A pasted block or an imported sheet as it came in, with the rows that could be its header: the
 * one the rules found ({@link findHeaderRow}) and the others a person may pick instead.
 */
export interface SourceTable {
	/** The rows as read (an imported sheet keeps its blank rows, so row numbers match the sheet). */
	raw: string[][];
	/** Number of source columns (widest row). */
	width: number;
	/** The header row the rules found (index into `raw`), or null. */
	detected: number | null;
	/** Rows that may be picked as the header (indexes into `raw`). */
	choices: number[];
}

/** Parses tab-separated text as Excel, LibreOffice and Google Sheets put it on the clipboard. */
export function parseTsv(text: string): string[][] {
	const result = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), {
		delimiter: '\t',
		skipEmptyLines: 'greedy'
	});
	return result.data;
}

/** A raw table with its header row found by the registration rules. */
export function toSourceTable(raw: string[][]): SourceTable {
	return {
		raw,
		width: tableWidth(raw),
		detected: findHeaderRow(raw),
		choices: headerRowChoices(raw)
	};
}

/** The header row's cells under a layout, or null without one. */
export function headerOf(table: SourceTable, layout: TableLayout): string[] | null {
	return layout.headerRow === null ? null : (table.raw[layout.headerRow] ?? null);
}

/** The layout the rules propose for a table with this header row (default: the one found). */
export function proposedLayout(
	table: SourceTable,
	headerRow: number | null = table.detected
): TableLayout {
	return layoutFor(table.raw, headerRow);
}

/**
 * A key that identifies a table layout, so a mapping chosen once is offered again for the next
 * list from the same payroll export: the compact header cells, or only the width without header.
 */
export function layoutSignature(table: SourceTable, headerRow: number | null): string {
	const header = headerRow === null ? null : table.raw[headerRow];
	return header
		? `h:${header.map((cell) => headerToken(cell ?? '')).join('|')}`
		: `w:${table.width}`;
}

/**
 * Lines in grid order ({@link COLUMNS}) under a layout, read by `readTable` (rows above
 * the header, blank rows and repeated headers left out), and for each line the source column its
 * e-mail address came from.
 */
export function applyLayout(
	table: SourceTable,
	layout: TableLayout
): { cells: string[][]; emailFrom: (number | null)[] } {
	const lines = readTable(table.raw, layout);
	return {
		cells: lines.map(({ row }) => COLUMNS.map((column) => row[column] ?? '')),
		emailFrom: lines.map((line) => line.emailColumn)
	};
}

/**
 * Sets one source column to a field. A field can be mapped to one column only, so the column
 * that held it before is set to "ignore".
 */
export function remap(mapping: ColumnMapping, column: number, field: Column | null): ColumnMapping {
	return mapping.map((current, i) => {
		if (i === column) return field;
		return field !== null && current === field ? null : current;
	});
}

/**
 * Whether a paste should be treated as a list (replace/append lines with column mapping) rather
 * than as ordinary cell values: a recognised header (below a title too), or at least three columns.
 */
export function isListPaste(raw: string[][]): boolean {
	const first = raw[0];
	if (!first) return false;
	return findHeaderRow(raw) !== null || tableWidth(raw) >= 3;
}
