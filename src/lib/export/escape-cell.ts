/**
 * Every spreadsheet export (results .csv/.xlsx, invoicing .csv/.xlsx) writes its cells through
 * this module, so one rule decides what reaches Excel or LibreOffice:
 *
 * - Formula injection (CSV injection): a text cell that starts with `=`, `+`, `-`, `@`, a tab, a
 *   carriage return or a line feed may be run as a formula when the file is opened. Such text
 *   gets a leading apostrophe, which spreadsheets show as plain text.
 * - CSV quoting: a field that holds a quote, CR, LF or any separator a spreadsheet may guess
 *   (`;`, `,`, tab — Excel picks the list separator of the reader's locale, not ours) is
 *   quoted, so `Doe,=1+1` can never split into a second field that starts a formula.
 *
 * Pure; numbers stay numbers (never escaped).
 */
const DANGEROUS_START = /^[=+\-@\t\r\n]/;
/** What forces quoting: a quote, a line break, or a separator of any locale. */
const NEEDS_QUOTES = /[";,\t\r\n]/;

export type ExportCell = string | number | null | undefined;

/** A text cell made safe to open in a spreadsheet. Numbers should stay numbers (not passed here). */
export function escapeCell(value: string): string {
	return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** One CSV field: escaped against formulas, quoted when it holds a separator, a quote or a newline. */
export function csvField(value: ExportCell, separator = ';'): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : escapeCell(value);
	return NEEDS_QUOTES.test(text) || text.includes(separator)
		? `"${text.replace(/"/g, '""')}"`
		: text;
}

/** A whole CSV document (UTF-8 BOM so Excel reads accents right; CRLF line ends, RFC 4180). */
export function toCsv(rows: readonly (readonly ExportCell[])[], separator = ';'): string {
	return (
		'\uFEFF' +
		rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') +
		'\r\n'
	);
}

type XlsxModule = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;

/**
 * A worksheet from a table: numbers as number cells, every text cell escaped and formatted as
 * text (`@`), so Excel neither runs nor "corrects" it. The SheetJS module is passed in: callers
 * load it on demand.
 */
function toSheet(
	XLSX: XlsxModule,
	rows: readonly (readonly ExportCell[])[],
	widths: readonly number[] = []
): WorkSheet {
	const sheet: WorkSheet = {};
	rows.forEach((row, r) =>
		row.forEach((value, c) => {
			const ref = XLSX.utils.encode_cell({ r, c });
			if (typeof value === 'number') sheet[ref] = { t: 'n', v: value };
			else sheet[ref] = { t: 's', v: escapeCell(value ?? ''), z: '@' };
		})
	);
	const columns = Math.max(1, ...rows.map((row) => row.length));
	sheet['!ref'] = XLSX.utils.encode_range({
		s: { r: 0, c: 0 },
		e: { r: Math.max(0, rows.length - 1), c: columns - 1 }
	});
	if (widths.length) sheet['!cols'] = widths.map((wch) => ({ wch }));
	return sheet;
}

/** An .xlsx workbook of named sheets, every one built by {@link toSheet}. */
export function toXlsx(
	XLSX: XlsxModule,
	sheets: readonly { name: string; rows: readonly (readonly ExportCell[])[]; widths?: number[] }[]
): Uint8Array<ArrayBuffer> {
	const book = XLSX.utils.book_new();
	for (const sheet of sheets)
		XLSX.utils.book_append_sheet(
			book,
			toSheet(XLSX, sheet.rows, sheet.widths),
			// Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ]
			sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
		);
	return new Uint8Array(
		XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
	);
}
