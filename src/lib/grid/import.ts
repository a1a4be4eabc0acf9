/**
 * Reading an uploaded file into raw tables. CSV goes through papaparse; spreadsheets through
 * SheetJS, which is loaded only when a spreadsheet is actually opened (it is large).
 *
 * Hostile files: the size is checked before reading; spreadsheets pass the shared guard
 * ($lib/files/spreadsheet-guard: zip bombs, absurd row counts) before SheetJS inflates them, and
 * SheetJS stops after `sheetRows`; CSV parsing stops after a bounded number of lines; binary
 * content named .csv is refused. A refused file never touches the grid or the draft.
 */
import Papa from 'papaparse';
import { excelSerialToIso, formatBirthDateBelgian } from '$lib/registration';
import { checkSpreadsheet } from '$lib/files/spreadsheet-guard';
import { decodeText, looksBinary } from '$lib/text/decode';
import { DEFAULT_MAX_LINES, MAX_COLUMNS, MAX_FILE_BYTES, readWindow } from './limits';

export { MAX_FILE_BYTES } from './limits';

export interface ImportedSheet {
	name: string;
	rows: string[][];
}

export type ImportError =
	'too-large' | 'unsupported' | 'unreadable' | 'empty' | 'too-many-lines' | 'inflates-too-much';

type ImportResult = { ok: true; sheets: ImportedSheet[] } | { ok: false; error: ImportError };

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
const CSV = /\.(csv|txt|tsv)$/i;

/** Parses CSV text; the delimiter (comma, semicolon or tab) is detected. */
export function parseCsv(text: string): string[][] {
	return readCsv(text, 0).rows;
}

/** Parses at most `preview` lines (0: all); `truncated` when the text had more. */
function readCsv(text: string, preview: number): { rows: string[][]; truncated: boolean } {
	const result = Papa.parse<string[]>(text, {
		skipEmptyLines: 'greedy',
		delimitersToGuess: [';', ',', '\t'],
		preview
	});
	return { rows: result.data, truncated: result.meta.truncated === true };
}

type XlsxModule = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;
type CellObject = import('@e965/xlsx').CellObject;

/**
 * A sheet as strings. Date cells (a numeric cell with a date format) become dd/mm/yyyy; other
 * numbers their plain value (postcodes, or serials the validator will still read as dates).
 * Only cells that exist are visited (a sheet's declared range can claim 16,384 columns) and at
 * most MAX_COLUMNS columns are read.
 */
export function sheetRows(xlsx: XlsxModule, sheet: WorkSheet): string[][] {
	const ref = sheet['!ref'];
	if (!ref) return [];
	const range = xlsx.utils.decode_range(ref);
	const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'];
	const out: string[][] = [];
	const lastColumn = Math.min(range.e.c, range.s.c + MAX_COLUMNS - 1);
	const lastRow = dense ? Math.min(range.e.r, dense.length - 1) : range.e.r;
	for (let r = range.s.r; r <= lastRow; r++) {
		const row: string[] = [];
		const denseRow = dense?.[r];
		const end = dense ? Math.min(lastColumn, (denseRow?.length ?? 0) - 1) : lastColumn;
		for (let c = range.s.c; c <= end; c++) {
			const cell = dense
				? denseRow?.[c]
				: (sheet[xlsx.utils.encode_cell({ r, c })] as CellObject | undefined);
			row.push(cellText(xlsx, cell));
		}
		while (row.length && row[row.length - 1] === '') row.pop();
		out.push(row);
	}
	const width = Math.max(0, ...out.map((row) => row.length));
	for (const row of out) while (row.length < width) row.push('');
	return out;
}

function cellText(xlsx: XlsxModule, cell: CellObject | undefined): string {
	if (!cell || cell.v === undefined || cell.v === null) return '';
	if (cell.t === 'd' && cell.v instanceof Date) {
		const d = cell.v;
		return formatBirthDateBelgian(
			`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
		);
	}
	if (cell.t === 'n' && typeof cell.v === 'number') {
		if (cell.z && xlsx.SSF.is_date(cell.z)) {
			const iso = excelSerialToIso(cell.v);
			if (iso) return formatBirthDateBelgian(iso);
		}
		return String(cell.v);
	}
	return String(cell.v);
}

const filled = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== ''));

/**
 * Reads a picked or dropped file. `maxLines` is the list limit: a file with more lines than that
 * (plus a header row) is refused as a whole.
 */
export async function importFile(file: File, maxLines = DEFAULT_MAX_LINES): Promise<ImportResult> {
	if (file.size > MAX_FILE_BYTES) return fail('too-large');
	const window = readWindow(maxLines);
	const isCsv = CSV.test(file.name) || (file.type === 'text/csv' && !SPREADSHEET.test(file.name));
	if (!isCsv && !SPREADSHEET.test(file.name)) return fail('unsupported');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (isCsv) {
		const { text } = decodeText(bytes);
		if (looksBinary(text)) return fail('unreadable');
		const parsed = readCsv(text, window);
		const rows = filled(parsed.rows);
		if (parsed.truncated || rows.length > maxLines + 1) return fail('too-many-lines');
		return rows.length ? { ok: true, sheets: [{ name: file.name, rows }] } : fail('empty');
	}
	const verdict = await checkSpreadsheet(bytes, { maxRows: window });
	if (!verdict.ok)
		return fail(
			verdict.reason === 'too-large'
				? 'inflates-too-much'
				: verdict.reason === 'too-many-rows'
					? 'too-many-lines'
					: 'unreadable'
		);
	try {
		const xlsx = await import('@e965/xlsx');
		const book = xlsx.read(bytes, {
			type: 'array',
			dense: true,
			cellDates: false,
			cellNF: true,
			sheetRows: window + 1
		});
		const sheets: ImportedSheet[] = [];
		for (const name of book.SheetNames) {
			const sheet = book.Sheets[name] as WorkSheet & { '!fullref'?: string };
			const raw = sheetRows(xlsx, sheet);
			const rows = filled(raw);
			// Cut by sheetRows while the data still ran on to the end of the window.
			const last = raw[raw.length - 1];
			const cut =
				sheet['!fullref'] !== undefined &&
				xlsx.utils.decode_range(sheet['!ref'] ?? 'A1').e.r >= window &&
				last !== undefined &&
				last.some((c) => c.trim() !== '');
			if (rows.length > maxLines + 1 || cut) return fail('too-many-lines');
			if (rows.length) sheets.push({ name, rows });
		}
		return sheets.length ? { ok: true, sheets } : fail('empty');
	} catch {
		return fail('unreadable');
	}
}

function fail(error: ImportError): ImportResult {
	return { ok: false, error };
}
