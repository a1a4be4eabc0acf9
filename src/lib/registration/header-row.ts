/**
 * Reading a raw table (a pasted block, an imported sheet, an uploaded file) the way payroll and
 * HR exports really look: a title, a print date and blank rows above the header, extra columns,
 * blank rows between the people, a work and a private e-mail column. The one reader of the grid,
 * the API upload and the staff roster import, so all three see the same lines in the same file.
 * Pure: runs in the browser, its workers and the Worker.
 */
import { fieldForHeader, DEFAULT_MAPPING, type ColumnMapping } from './headers';
import { isBlankCell } from './blank';
import type { Column, Field, RegistrationRow } from './row';

/** How far down a sheet the header is looked for. */
export const HEADER_SCAN_ROWS = 20;

/**
 * How a raw table is read. `headerRow` indexes the raw rows (null: no header, every row is data).
 * `mapping` gives each column's field; `email` may sit on several columns (work and private),
 * and `emailOrder` lists those columns in the order they are tried: per line, the first that is
 * filled is the line's e-mail address.
 */
export interface TableLayout {
	headerRow: number | null;
	mapping: ColumnMapping;
	emailOrder: readonly number[];
}

/** One data line of a table: where it came from and the row it stands for. */
export interface TableLine {
	/** Index of the raw row (0-based; the spreadsheet's row number minus one). */
	source: number;
	row: RegistrationRow;
	/** The column the e-mail address was taken from (null when no e-mail column was filled). */
	emailColumn: number | null;
}

const filledCount = (row: readonly string[]) =>
	row.reduce((n, cell) => n + Number(!isBlankCell(cell ?? '')), 0);

/** The widest row's width. */
export function tableWidth(rows: readonly (readonly string[])[]): number {
	let width = 0;
	for (const row of rows) if (row.length > width) width = row.length;
	return width;
}

/**
 * The fields a row would map as a header, every column naming e-mail kept (a payroll export's
 * "E-mail werk" and "E-mail privé"); for any other field the leftmost column wins.
 */
export function headerMapping(row: readonly string[], width = row.length): (Column | null)[] {
	const seen = new Set<Column>();
	return Array.from({ length: width }, (_, column) => {
		const field = fieldForHeader(row[column] ?? '');
		if (!field || (field !== 'email' && seen.has(field))) return null;
		seen.add(field);
		return field;
	});
}

/**
 * How well a row reads as a header: the number of different fields its cells name. Rows with at
 * most one filled cell (titles, also when merged over the width; print dates) score 0, and so
 * does a row naming only one field (a person called "Naam" is data).
 */
export function headerScore(row: readonly string[]): number {
	if (filledCount(row) < 2) return 0;
	const fields = new Set(
		headerMapping(row).filter((f): f is Field => f !== null && f !== 'language')
	);
	return fields.size >= 2 ? fields.size : 0;
}

/**
 * The header row among the first {@link HEADER_SCAN_ROWS} rows: the one naming the most fields
 * (the earliest on a tie), or null when no row names at least two.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | null {
	let best: number | null = null;
	let bestScore = 0;
	for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
		const score = headerScore(rows[i] ?? []);
		if (score > bestScore) [best, bestScore] = [i, score];
	}
	return best;
}

/**
 * Rows a person may pick as the header instead (the first {@link HEADER_SCAN_ROWS} rows with at
 * least two filled cells), by raw index.
 */
export function headerRowChoices(rows: readonly (readonly string[])[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++)
		if (filledCount(rows[i] ?? []) >= 2) out.push(i);
	return out;
}

/** The e-mail columns of a mapping, in column order. */
export function emailColumns(mapping: ColumnMapping): number[] {
	const out: number[] = [];
	mapping.forEach((field, column) => field === 'email' && out.push(column));
	return out;
}

/**
 * The layout of a table with the given header row (null: none, the documented column order).
 * E-mail columns are tried from left to right.
 */
export function layoutFor(
	rows: readonly (readonly string[])[],
	headerRow: number | null
): TableLayout {
	const width = tableWidth(rows);
	const header = headerRow === null ? undefined : rows[headerRow];
	const mapping = header
		? headerMapping(header, width)
		: Array.from({ length: width }, (_, i) => DEFAULT_MAPPING[i] ?? null);
	return { headerRow: header ? headerRow : null, mapping, emailOrder: emailColumns(mapping) };
}

/** The layout the rules propose: the detected header row (see {@link findHeaderRow}). */
export function detectLayout(rows: readonly (readonly string[])[]): TableLayout {
	return layoutFor(rows, findHeaderRow(rows));
}

/**
 * A layout with another mapping: e-mail columns keep their order where they still hold e-mail,
 * newly mapped ones are tried after them, from left to right.
 */
export function withMapping(layout: TableLayout, mapping: ColumnMapping): TableLayout {
	const mapped = emailColumns(mapping);
	const kept = layout.emailOrder.filter((c) => mapped.includes(c));
	return { ...layout, mapping, emailOrder: [...kept, ...mapped.filter((c) => !kept.includes(c))] };
}

/**
 * A layout whose e-mail comes from exactly `order` (tried in that order); every other column that
 * held e-mail is ignored.
 */
export function withEmailOrder(layout: TableLayout, order: readonly number[]): TableLayout {
	const mapping = layout.mapping.map((field, column) =>
		order.includes(column) ? 'email' : field === 'email' ? null : field
	);
	return { ...layout, mapping, emailOrder: [...order] };
}

/** A line of cells under a layout; values as-is (normalisation is a separate step). */
export function readLine(
	cells: readonly string[],
	layout: Pick<TableLayout, 'mapping' | 'emailOrder'>
): { row: RegistrationRow; emailColumn: number | null } {
	const row: RegistrationRow = {
		lastName: '',
		firstName: '',
		postcode: '',
		birthDate: '',
		email: ''
	};
	layout.mapping.forEach((field, column) => {
		if (field === 'language') row.language ??= cells[column] ?? '';
		else if (field && field !== 'email' && row[field] === '') row[field] = cells[column] ?? '';
	});
	let emailColumn: number | null = null;
	for (const column of layout.emailOrder) {
		const value = cells[column] ?? '';
		if (!isBlankCell(value)) {
			row.email = value;
			emailColumn = column;
			break;
		}
	}
	return { row, emailColumn };
}

const sameCells = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((cell, i) => (cell ?? '').trim() === (b[i] ?? '').trim());

/**
 * The data lines of a table under a layout: the rows below the header (every row without one),
 * leaving out rows with nothing in the columns that are read (blank rows, a footer such as
 * "Aantal werknemers: 11" in an ignored column) and repeats of the header (a printed export's
 * page breaks).
 */
export function readTable(
	rows: readonly (readonly string[])[],
	layout: TableLayout = detectLayout(rows)
): TableLine[] {
	const header = layout.headerRow === null ? null : rows[layout.headerRow];
	const read = layout.mapping
		.map((field, column) => (field ? column : -1))
		.filter((column) => column >= 0);
	const out: TableLine[] = [];
	for (let i = layout.headerRow === null ? 0 : layout.headerRow + 1; i < rows.length; i++) {
		const cells = rows[i] ?? [];
		if (read.every((column) => isBlankCell(cells[column] ?? ''))) continue;
		if (header && sameCells(cells, header)) continue;
		out.push({ source: i, ...readLine(cells, layout) });
	}
	return out;
}
