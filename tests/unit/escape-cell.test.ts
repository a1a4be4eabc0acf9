import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { csvField, escapeCell, toCsv, toXlsx } from '$lib/export/escape-cell';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n'];
const dangerous = fc
	.tuple(fc.constantFrom(...DANGEROUS), fc.string({ unit: 'grapheme' }))
	.map(([head, tail]) => head + tail);
const harmless = fc
	.string({ unit: 'grapheme' })
	.filter((s) => s === '' || !DANGEROUS.includes(s[0]!));

/** The text a spreadsheet sees in one CSV field (quotes removed, doubled quotes undone). */
const unquote = (field: string) =>
	field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;

describe('escapeCell (formula injection)', () => {
	it('neutralises every cell that starts with = + - @ tab, CR or LF', () => {
		fc.assert(
			fc.property(dangerous, (cell) => {
				const out = escapeCell(cell);
				expect(out).toBe(`'${cell}`);
				expect(DANGEROUS).not.toContain(out[0]);
			})
		);
	});

	it('leaves every other cell unchanged', () => {
		fc.assert(
			fc.property(harmless, (cell) => {
				expect(escapeCell(cell)).toBe(cell);
			})
		);
	});

	it('known payloads', () => {
		expect(escapeCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
		expect(escapeCell('+32 9 000')).toBe(`'+32 9 000`);
		expect(escapeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(escapeCell('\t=1')).toBe(`'\t=1`);
		expect(escapeCell('\n=1+1')).toBe(`'\n=1+1`);
		expect(escapeCell('\r\n@x')).toBe(`'\r\n@x`);
		expect(escapeCell('Jansen')).toBe('Jansen');
		expect(escapeCell('')).toBe('');
	});

	it('a CSV field never starts a formula, whatever the quoting', () => {
		fc.assert(
			fc.property(fc.oneof(dangerous, harmless), fc.constantFrom(';', ','), (cell, sep) => {
				const text = unquote(csvField(cell, sep));
				if (text !== '') expect(DANGEROUS).not.toContain(text[0]);
				expect(text === cell || text === `'${cell}`).toBe(true);
			})
		);
	});

	it('numbers stay numbers and every field of a document is escaped', () => {
		expect(csvField(-12.5)).toBe('-12.5');
		const doc = toCsv([['=1+1', -3, null, 'a;b']]);
		expect(doc).toBe(`\uFEFF'=1+1;-3;;"a;b"\r\n`);
	});

	it('quotes a field that holds a separator of any locale, a quote, CR or LF', () => {
		expect(csvField('Doe,=1+1')).toBe('"Doe,=1+1"');
		expect(csvField('Doe\t=1+1')).toBe('"Doe\t=1+1"');
		expect(csvField('Doe;x', ',')).toBe('"Doe;x"');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('a\rb')).toBe('"a\rb"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('150,50')).toBe('"150,50"');
		expect(csvField('Jansen')).toBe('Jansen');
	});
});

/** Hostile text: a dangerous start, or separators, quotes and line breaks anywhere. */
const PIECES = ['a', 'Doe', ' ', ';', ',', '\t', '"', '\r', '\n', '=', '+', '-', '@', '1'];
const hostileText = fc.oneof(
	dangerous,
	harmless,
	fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''))
);
const table = fc.array(
	fc.array(fc.oneof(hostileText, fc.integer()), { minLength: 1, maxLength: 5 }),
	{ minLength: 1, maxLength: 6 }
);
const asText = (cell: string | number) =>
	typeof cell === 'number' ? String(cell) : escapeCell(cell);

describe('every export, parsed back', () => {
	it('a CSV reads back cell for cell, and no field starts a formula', () => {
		fc.assert(
			fc.property(table, fc.constantFrom(';', ','), (rows, separator) => {
				const doc = toCsv(rows, separator).replace(/^\uFEFF/, '');
				const read = Papa.parse<string[]>(doc, { delimiter: separator, newline: '\r\n' });
				expect(read.data.slice(0, rows.length)).toEqual(rows.map((row) => row.map(asText)));
			}),
			{ numRuns: 300 }
		);
	});

	it('a one-column CSV read with another separator (a reader in another locale) starts no formula', () => {
		// e.g. "Doe,=1+1" in the ;-separated file, opened by an Excel whose list separator is ","
		const column = fc.array(fc.tuple(hostileText), { minLength: 1, maxLength: 6 });
		fc.assert(
			fc.property(column, (rows) => {
				const doc = toCsv(rows, ';').replace(/^\uFEFF/, '');
				for (const guess of [',', '\t']) {
					const read = Papa.parse<string[]>(doc, { delimiter: guess, newline: '\r\n' });
					for (const field of read.data.flat())
						if (field !== '') expect(DANGEROUS).not.toContain(field[0]);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('an .xlsx reads back with every text cell escaped and numbers as numbers', () => {
		fc.assert(
			fc.property(table, (rows) => {
				const bytes = toXlsx(XLSX, [{ name: 'Lijst 1', rows }]);
				const book = XLSX.read(bytes, { type: 'array' });
				const sheet = book.Sheets[book.SheetNames[0]!]!;
				rows.forEach((row, r) =>
					row.forEach((value, c) => {
						const cell = sheet[XLSX.utils.encode_cell({ r, c })];
						if (typeof value === 'number') expect(cell).toMatchObject({ t: 'n', v: value });
						else {
							expect(cell?.f).toBeUndefined();
							// XML and SheetJS fold CR LF, CR and runs of them ("\r\r\n" reads back as one LF);
							// what matters is the text and its start
							const eol = (text: string) => text.replace(/[\r\n]+/g, '\n');
							expect(eol(String(cell?.v ?? ''))).toBe(eol(escapeCell(value)));
						}
					})
				);
			}),
			{ numRuns: 50 }
		);
	});
});
