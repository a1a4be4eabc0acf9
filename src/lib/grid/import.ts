/**
 * Reading an uploaded file into raw tables. CSV goes through papaparse; spreadsheets through
 * SheetJS, which is loaded only when a spreadsheet is actually opened (it is large).
 */
import Papa from 'papaparse';
import { excelSerialToIso, formatBirthDateBelgian } from '$lib/registration';
import { decodeText } from './decode';

/** Largest file accepted (bytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ImportedSheet {
	name: string;
	rows: string[][];
}

export type ImportResult =
	| { ok: true; sheets: ImportedSheet[] }
	| { ok: false; error: 'too-large' | 'unsupported' | 'unreadable' | 'empty' };

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
const CSV = /\.(csv|txt|tsv)$/i;

/** Parses CSV text; the delimiter (comma, semicolon or tab) is detected. */
export function parseCsv(text: string): string[][] {
	return Papa.parse<string[]>(text, {
		skipEmptyLines: 'greedy',
		delimitersToGuess: [';', ',', '\t']
	}).data;
}

type XlsxModule = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;
type CellObject = import('@e965/xlsx').CellObject;

/**
 * A sheet as strings. Date cells (a numeric cell with a date format) become dd/mm/yyyy; other
 * numbers their plain value (postcodes, or serials the validator will still read as dates).
 */
export function sheetRows(xlsx: XlsxModule, sheet: WorkSheet): string[][] {
	const ref = sheet['!ref'];
	if (!ref) return [];
	const range = xlsx.utils.decode_range(ref);
	const dense = (sheet as { '!data'?: CellObject[][] })['!data'];
	const out: string[][] = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const row: string[] = [];
		const denseRow = dense?.[r];
		for (let c = range.s.c; c <= range.e.c; c++) {
			const cell = dense
				? denseRow?.[c]
				: (sheet[xlsx.utils.encode_cell({ r, c })] as CellObject | undefined);
			row.push(cellText(xlsx, cell));
		}
		out.push(row);
	}
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

/** Reads a picked or dropped file. */
export async function importFile(file: File): Promise<ImportResult> {
	if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (CSV.test(file.name) || file.type === 'text/csv') {
		const rows = parseCsv(decodeText(bytes).text);
		return rows.length ? { ok: true, sheets: [{ name: file.name, rows }] } : fail('empty');
	}
	if (!SPREADSHEET.test(file.name)) return fail('unsupported');
	try {
		const xlsx = await import('@e965/xlsx');
		const book = xlsx.read(bytes, { type: 'array', dense: true, cellDates: false, cellNF: true });
		const sheets = book.SheetNames.map((name) => ({
			name,
			rows: sheetRows(xlsx, book.Sheets[name] as WorkSheet)
		})).filter((sheet) => sheet.rows.length > 0);
		return sheets.length ? { ok: true, sheets } : fail('empty');
	} catch {
		return fail('unreadable');
	}
}

function fail(error: 'too-large' | 'unsupported' | 'unreadable' | 'empty'): ImportResult {
	return { ok: false, error };
}
