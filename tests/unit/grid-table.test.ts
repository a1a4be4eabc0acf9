import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import {
	applyLayout,
	headerOf,
	isListPaste,
	layoutSignature,
	parseTsv,
	proposedLayout,
	remap,
	toSourceTable
} from '$lib/grid/table';
import { decodeText } from '$lib/text/decode';
import { parseCsv, sheetRows } from '$lib/grid/import';
import { fixupChanges } from '$lib/grid/fixups';
import { TODAY } from './registration/fixtures';

describe('pasted tables', () => {
	it('recognises a French header in another column order and maps it', () => {
		const raw = parseTsv(
			'E-mail\tCode postal\tNom\tMatricule\tPrénom\tDate de naissance\r\n' +
				'an@example.com\t3000\tClaes\t77\tAn\t05/06/1979\r\n'
		);
		const table = toSourceTable(raw);
		const layout = proposedLayout(table);
		expect(headerOf(table, layout)?.[0]).toBe('E-mail');
		expect(layout.mapping).toEqual([
			'email',
			'postcode',
			'lastName',
			null,
			'firstName',
			'birthDate'
		]);
		expect(applyLayout(table, layout).cells).toEqual([
			['Claes', 'An', '3000', '05/06/1979', 'an@example.com', '']
		]);
		expect(layoutSignature(table, layout.headerRow)).toBe(
			'h:email|codepostal|nom|matricule|prenom|datedenaissance'
		);
	});

	it('maps a language column (Taal, Langue, Sprache) into the grid’s optional last column', () => {
		const table = toSourceTable(
			parseTsv(
				'Sprache\tNaam\tVoornaam\tPostcode\tGeboortedatum\tE-mail\r\n' +
					'Deutsch\tClaes\tAn\t3000\t05/06/1979\tan@example.com\r\n'
			)
		);
		const layout = proposedLayout(table);
		const mapping = layout.mapping;
		expect(mapping[0]).toBe('language');
		expect(applyLayout(table, layout).cells).toEqual([
			['Claes', 'An', '3000', '05/06/1979', 'an@example.com', 'Deutsch']
		]);
		// the person can also ignore it, or pick it for a column it did not recognise
		expect(remap(mapping, 0, null)[0]).toBeNull();
		expect(remap(['lastName', null], 1, 'language')).toEqual(['lastName', 'language']);
	});

	it('without a header uses the documented order, and keeps quoted cells with tabs', () => {
		const table = toSourceTable(parseTsv('Claes\tAn\t3000\t05/06/1979\t"a\tb@x.be"\n\n'));
		const layout = proposedLayout(table);
		expect(headerOf(table, layout)).toBeNull();
		expect(applyLayout(table, layout).cells[0]).toEqual([
			'Claes',
			'An',
			'3000',
			'05/06/1979',
			'a\tb@x.be',
			''
		]);
		expect(layoutSignature(table, layout.headerRow)).toBe('w:5');
	});

	it('remapping a field moves it: the column that had it becomes ignored', () => {
		expect(remap(['lastName', 'firstName', null], 2, 'lastName')).toEqual([
			null,
			'firstName',
			'lastName'
		]);
		expect(remap(['lastName', 'firstName'], 0, null)).toEqual([null, 'firstName']);
	});

	it('treats a header or three or more columns as a list, a single value as a cell edit', () => {
		expect(isListPaste([['Naam', 'Voornaam']])).toBe(true);
		expect(isListPaste([['a', 'b', 'c']])).toBe(true);
		expect(isListPaste([['Peeters']])).toBe(false);
		expect(isListPaste([['1000', '2000']])).toBe(false);
	});
});

describe('CSV files', () => {
	it('decodes UTF-8 with and without BOM, and Windows-1252 otherwise', () => {
		const utf8 = new TextEncoder().encode('Naam;Prénom\n');
		expect(decodeText(utf8)).toEqual({ text: 'Naam;Prénom\n', encoding: 'utf-8' });
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('Naam;Prénom\n');
		// "Prénom;Lefèvre" as Belgian Excel writes it: é = 0xE9, è = 0xE8; € = 0x80.
		const cp1252 = new Uint8Array([
			0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65, 0x80
		]);
		expect(decodeText(cp1252)).toEqual({ text: 'Prénom;Lefèvre€', encoding: 'windows-1252' });
	});

	it('detects semicolons and commas', () => {
		expect(parseCsv('Nom;Prénom\r\nClaes;An\r\n')).toEqual([
			['Nom', 'Prénom'],
			['Claes', 'An']
		]);
		expect(parseCsv('a,b,"c,d"\n')).toEqual([['a', 'b', 'c,d']]);
	});
});

describe('spreadsheets', () => {
	it('turns date cells into dd/mm/yyyy and keeps numbers as plain text', () => {
		const sheet = XLSX.utils.aoa_to_sheet([
			['Naam', 'Postcode', 'Geboortedatum'],
			['Claes', 3000, 28_997]
		]);
		sheet['C2']!.z = 'd/m/yyyy';
		const book = XLSX.read(
			XLSX.write({ SheetNames: ['A'], Sheets: { A: sheet } }, { type: 'array', bookType: 'xlsx' }),
			{ type: 'array', dense: true, cellNF: true }
		);
		expect(sheetRows(XLSX, book.Sheets['A']!)).toEqual([
			['Naam', 'Postcode', 'Geboortedatum'],
			['Claes', '3000', '22/05/1979']
		]);
	});
});

describe('fix-ups', () => {
	const cells = [['  Claes ', 'An', '3000', '1979-06-05', ' An@Example.COM ']];
	it('trims every cell', () => {
		expect(fixupChanges(cells, 'trim', TODAY)).toEqual([
			[0, 0, 'Claes'],
			[0, 4, 'An@Example.COM']
		]);
	});
	it('rewrites parseable dates as dd/mm/yyyy and leaves the rest alone', () => {
		expect(fixupChanges(cells, 'dates', TODAY)).toEqual([[0, 3, '05/06/1979']]);
		expect(fixupChanges([['', '', '', '31/02/1990', '']], 'dates', TODAY)).toEqual([]);
	});
	it('lower-cases e-mail addresses', () => {
		expect(fixupChanges(cells, 'email', TODAY)).toEqual([[0, 4, 'an@example.com']]);
	});
});
