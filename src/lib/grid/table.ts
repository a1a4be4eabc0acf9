/**
 * A pasted block or imported sheet as a plain table of strings, and how its columns become the
 * grid's columns (the five fields and the optional language). Header recognition itself is `detectHeader` from `$lib/registration`.
 */
import Papa from 'papaparse';
import {
	COLUMNS,
	DEFAULT_MAPPING,
	detectHeader,
	headerToken,
	type Column,
	type ColumnMapping
} from '$lib/registration';

/** Rows of cells as they came in; `header` is the first row when it was recognised as one. */
export interface SourceTable {
	header: string[] | null;
	rows: string[][];
	/** Number of source columns (widest row). */
	width: number;
}

/** Parses tab-separated text as Excel, LibreOffice and Google Sheets put it on the clipboard. */
export function parseTsv(text: string): string[][] {
	const result = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), {
		delimiter: '\t',
		skipEmptyLines: 'greedy'
	});
	return result.data;
}

/** Drops rows whose cells are all blank. */
function dropBlankRows(rows: string[][]): string[][] {
	return rows.filter((row) => row.some((cell) => (cell ?? '').trim() !== ''));
}

/** Splits a raw table into header + data, recognising the header with the registration rules. */
export function toSourceTable(raw: string[][]): SourceTable {
	const rows = dropBlankRows(raw);
	let width = 0;
	for (const row of rows) if (row.length > width) width = row.length;
	const first = rows[0];
	const header = first && detectHeader(first) ? first : null;
	return { header, rows: header ? rows.slice(1) : rows, width };
}

/** The mapping the rules propose for a table: from its header, else the documented order. */
export function proposedMapping(table: SourceTable): ColumnMapping {
	const detected = table.header ? detectHeader(table.header) : null;
	const base = detected ?? DEFAULT_MAPPING;
	return Array.from({ length: table.width }, (_, i) => base[i] ?? null);
}

/**
 * A key that identifies a table layout, so a mapping chosen once is offered again for the next
 * list from the same payroll export: the compact header cells, or only the width without header.
 */
export function layoutSignature(table: SourceTable): string {
	return table.header
		? `h:${table.header.map((cell) => headerToken(cell ?? '')).join('|')}`
		: `w:${table.width}`;
}

/** Lines in grid order ({@link COLUMNS}) under a mapping; built in one pass. */
export function applyMapping(table: SourceTable, mapping: ColumnMapping): string[][] {
	const columnOf = COLUMNS.map((field) => mapping.indexOf(field));
	const out: string[][] = new Array(table.rows.length);
	for (let r = 0; r < table.rows.length; r++) {
		const row = table.rows[r] ?? [];
		const cells = new Array<string>(COLUMNS.length);
		for (let f = 0; f < COLUMNS.length; f++) {
			const c = columnOf[f] ?? -1;
			cells[f] = c < 0 ? '' : (row[c] ?? '');
		}
		out[r] = cells;
	}
	return out;
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
 * than as ordinary cell values: a recognised header, or at least three columns.
 */
export function isListPaste(raw: string[][]): boolean {
	const first = raw[0];
	if (!first) return false;
	return detectHeader(first) !== null || first.length >= 3;
}
