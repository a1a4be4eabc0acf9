/**
 * Spreadsheet formula injection (CSV injection): a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return may be run as a formula when the file is opened in Excel or
 * LibreOffice. Such text gets a leading apostrophe, which spreadsheets show as plain text.
 * Pure; shared by every export (invoicing, employer results).
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. Numbers should stay numbers (not passed here). */
export function escapeCell(value: string): string {
	return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** One CSV field: escaped against formulas, quoted when it holds the separator, a quote or a newline. */
export function csvField(value: string | number | null | undefined, separator = ';'): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : escapeCell(value);
	return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document (UTF-8 BOM so Excel reads accents right; CRLF line ends, RFC 4180). */
export function toCsv(
	rows: readonly (readonly (string | number | null)[])[],
	separator = ';'
): string {
	return (
		'\uFEFF' +
		rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') +
		'\r\n'
	);
}
