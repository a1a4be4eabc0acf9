import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, escapeCell, toCsv } from '$lib/export/escape-cell';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
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
	it('neutralises every cell that starts with = + - @ tab or CR', () => {
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
});
