/**
 * CSV and XLSX uploads for POST /api/v1/batches: the same columns as the JSON rows, with or
 * without a header row (detected by $lib/registration, in nl/fr/en). Cells stay strings.
 */
import Papa from 'papaparse';
import { read, utils } from '@e965/xlsx';
import { DEFAULT_MAPPING, detectHeader, mapRow, type RegistrationRow } from '$lib/registration';

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function toRows(cells: string[][]): RegistrationRow[] {
	const filled = cells.filter((r) => r.some((c) => c.trim() !== ''));
	const [first, ...rest] = filled;
	if (!first) return [];
	const mapping = detectHeader(first);
	return (mapping ? rest : filled).map((r) => mapRow(r, mapping ?? DEFAULT_MAPPING));
}

export function rowsFromCsv(text: string): RegistrationRow[] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		skipEmptyLines: 'greedy',
		delimiter: ''
	});
	return toRows(parsed.data.map((r) => r.map((c) => String(c ?? ''))));
}

export function rowsFromXlsx(bytes: Uint8Array): RegistrationRow[] {
	const book = read(bytes, { type: 'array', cellDates: false, dense: true });
	const sheetName = book.SheetNames[0];
	if (!sheetName) return [];
	const sheet = book.Sheets[sheetName]!;
	// raw: false gives the text as shown, so dates come out as the employer typed them.
	const cells = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' });
	return toRows(cells.map((r) => r.map((c) => String(c ?? ''))));
}

/** Rows from an upload by its media type or file name, or null when it is neither CSV nor XLSX. */
export function rowsFromFile(bytes: Uint8Array, type: string, name = ''): RegistrationRow[] | null {
	const lower = name.toLowerCase();
	if (type === XLSX_TYPE || lower.endsWith('.xlsx')) return rowsFromXlsx(bytes);
	if (CSV_TYPES.includes(type) || lower.endsWith('.csv'))
		return rowsFromCsv(new TextDecoder().decode(bytes));
	return null;
}
