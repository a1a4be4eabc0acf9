/**
 * CSV and XLSX uploads for POST /api/v1/batches: the same columns as the JSON rows, with or
 * without a header row (detected by $lib/registration, in nl/fr/en). Cells stay strings.
 *
 * Hostile files: an .xlsx passes the shared guard ($lib/files/spreadsheet-guard) before SheetJS
 * inflates it, and SheetJS stops after `sheetRows`; CSV parsing stops after a bounded number of
 * lines. More lines than the list limit → 413 too-many-rows; a zip bomb → 413
 * payload-too-large; a corrupt file → 400 invalid-body.
 */
import {
	DEFAULT_MAPPING,
	detectHeader,
	isBlankLine,
	mapRow,
	type RegistrationRow
} from '$lib/registration';
import { SpreadsheetRefused } from '$lib/files/spreadsheet-guard';
import { csvCells, xlsxCells } from '../read-spreadsheet';

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

async function rowsFromXlsx(bytes: Uint8Array, maxRows = 1_000_000): Promise<RegistrationRow[]> {
	// The text as shown, so dates come out as the employer typed them.
	return toRows(await xlsxCells(bytes, readWindow(maxRows), 'as-shown'), maxRows);
}

/** Rows from an upload by its media type or file name, or null when it is neither CSV nor XLSX. */
async function rowsFromFile(
	bytes: Uint8Array,
	type: string,
	name = '',
	maxRows = 1_000_000
): Promise<RegistrationRow[] | null> {
	const lower = name.toLowerCase();
	if (type === XLSX_TYPE || lower.endsWith('.xlsx')) return rowsFromXlsx(bytes, maxRows);
	if (CSV_TYPES.includes(type) || lower.endsWith('.csv'))
		return toRows(csvCells(bytes, readWindow(maxRows)), maxRows);
	return null;
}

type UploadRows =
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
