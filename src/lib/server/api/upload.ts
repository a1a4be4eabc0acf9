/**
 * CSV and XLSX uploads for POST /api/v1/batches: the same columns as the JSON rows, with or
 * without a header row (detected by $lib/registration, in nl/fr/en). Cells stay strings.
 *
 * Hostile files: an .xlsx passes the shared guard ($lib/files/spreadsheet-guard) before SheetJS
 * inflates it, and SheetJS stops after `sheetRows`; CSV parsing stops after a bounded number of
 * lines. More lines than the list limit → 413 too-many-rows; a zip bomb → 413
 * payload-too-large; a corrupt file → 400 invalid-body.
 */
import Papa from 'papaparse';
import { read, utils } from '@e965/xlsx';
import {
	DEFAULT_MAPPING,
	detectHeader,
	isBlankLine,
	mapRow,
	type RegistrationRow
} from '$lib/registration';
import { decodeText } from '$lib/text/decode';
import {
	checkSpreadsheet,
	SERVER_MAX_INFLATED_BYTES,
	SpreadsheetRefused
} from '$lib/files/spreadsheet-guard';

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows read before a file is judged too long: twice the limit plus slack (blank rows). */
const readWindow = (maxRows: number) => maxRows * 2 + 2;

function toRows(cells: string[][], maxRows: number): RegistrationRow[] {
	const filled = cells.filter((r) => !isBlankLine(r));
	const [first, ...rest] = filled;
	if (!first) return [];
	const mapping = detectHeader(first);
	const body = mapping ? rest : filled;
	if (body.length > maxRows) throw new SpreadsheetRefused('too-many-rows');
	return body.map((r) => mapRow(r, mapping ?? DEFAULT_MAPPING));
}

export function rowsFromCsv(text: string, maxRows = Infinity): RegistrationRow[] {
	const window = Number.isFinite(maxRows) ? readWindow(maxRows) : 0;
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		skipEmptyLines: 'greedy',
		delimiter: '',
		preview: window
	});
	if (parsed.meta.truncated) throw new SpreadsheetRefused('too-many-rows');
	return toRows(
		parsed.data.map((r) => r.map((c) => String(c ?? ''))),
		maxRows
	);
}

export async function rowsFromXlsx(
	bytes: Uint8Array,
	maxRows = 1_000_000
): Promise<RegistrationRow[]> {
	const window = readWindow(maxRows);
	const verdict = await checkSpreadsheet(bytes, {
		maxInflatedBytes: SERVER_MAX_INFLATED_BYTES,
		maxRows: window
	});
	if (!verdict.ok) throw new SpreadsheetRefused(verdict.reason);
	const book = read(bytes, { type: 'array', cellDates: false, dense: true, sheetRows: window + 1 });
	const sheetName = book.SheetNames[0];
	if (!sheetName) return [];
	const sheet = book.Sheets[sheetName]!;
	// raw: false gives the text as shown, so dates come out as the employer typed them.
	const cells = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' });
	return toRows(
		cells.map((r) => r.map((c) => String(c ?? ''))),
		maxRows
	);
}

/** Rows from an upload by its media type or file name, or null when it is neither CSV nor XLSX. */
export async function rowsFromFile(
	bytes: Uint8Array,
	type: string,
	name = '',
	maxRows = 1_000_000
): Promise<RegistrationRow[] | null> {
	const lower = name.toLowerCase();
	if (type === XLSX_TYPE || lower.endsWith('.xlsx')) return rowsFromXlsx(bytes, maxRows);
	if (CSV_TYPES.includes(type) || lower.endsWith('.csv'))
		// The decoder the grid uses too: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, Windows-1252.
		return rowsFromCsv(decodeText(bytes).text, maxRows);
	return null;
}

export type UploadRows =
	| { ok: true; rows: RegistrationRow[] | null }
	| {
			ok: false;
			status: 400 | 413;
			code: 'invalid-body' | 'payload-too-large' | 'too-many-rows';
	  };

/** rowsFromFile with every refusal turned into an API status and code (never a throw). */
export async function readUpload(
	bytes: Uint8Array,
	type: string,
	name: string,
	maxRows: number
): Promise<UploadRows> {
	try {
		return { ok: true, rows: await rowsFromFile(bytes, type, name, maxRows) };
	} catch (error) {
		if (error instanceof SpreadsheetRefused && error.reason === 'too-many-rows')
			return { ok: false, status: 413, code: 'too-many-rows' };
		if (error instanceof SpreadsheetRefused && error.reason === 'too-large')
			return { ok: false, status: 413, code: 'payload-too-large' };
		// A corrupt or truncated spreadsheet (SheetJS throws): the sender's fault, not ours.
		return { ok: false, status: 400, code: 'invalid-body' };
	}
}
