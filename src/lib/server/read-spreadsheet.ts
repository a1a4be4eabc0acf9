/**
 * THE server's spreadsheet reader (list uploads through the API, roster imports): cells as
 * strings, at most `window` rows. An .xlsx passes the shared guard ($lib/files/spreadsheet-guard)
 * before SheetJS inflates it, and SheetJS stops after the window; CSV parsing stops there too.
 * Refusals are thrown as SpreadsheetRefused.
 */
import Papa from 'papaparse';
import { read, utils } from '@e965/xlsx';
import { decodeText } from '$lib/text/decode';
import {
	checkSpreadsheet,
	SERVER_MAX_INFLATED_BYTES,
	SpreadsheetRefused
} from '$lib/files/spreadsheet-guard';

/** CSV bytes as rows (the grid's decoder: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252). */
export function csvCells(bytes: Uint8Array, window: number): string[][] {
	return csvTextCells(decodeText(bytes).text, window);
}

/** CSV text as rows; the delimiter is detected. `window` 0: no limit. */
function csvTextCells(text: string, window: number): string[][] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		skipEmptyLines: 'greedy',
		delimiter: '',
		preview: window
	});
	if (parsed.meta.truncated) throw new SpreadsheetRefused('too-many-rows');
	return parsed.data.map((r) => r.map((c) => String(c ?? '')));
}

/**
 * The first sheet of an .xlsx as rows. `cells: 'as-shown'` gives the text as formatted (a list's
 * dates as the employer typed them); `'values'` the stored values (a roster's dates as serials,
 * which the birth-date parser reads).
 */
export async function xlsxCells(
	bytes: Uint8Array,
	window: number,
	cells: 'as-shown' | 'values'
): Promise<string[][]> {
	const verdict = await checkSpreadsheet(bytes, {
		maxInflatedBytes: SERVER_MAX_INFLATED_BYTES,
		maxRows: window
	});
	if (!verdict.ok) throw new SpreadsheetRefused(verdict.reason);
	const book = read(bytes, { type: 'array', cellDates: false, dense: true, sheetRows: window + 1 });
	const sheet = book.Sheets[book.SheetNames[0] ?? ''];
	if (!sheet) return [];
	const rows = utils.sheet_to_json<unknown[]>(sheet, {
		header: 1,
		raw: cells === 'values',
		defval: ''
	});
	return rows.map((row) => row.map((cell) => (cell == null ? '' : String(cell))));
}
