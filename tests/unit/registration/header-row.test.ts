import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_MAPPING,
	FIELDS,
	findHeaderRow,
	headerMapping,
	headerRowChoices,
	headerScore,
	layoutFor,
	readLine,
	readTable,
	validateRow,
	withEmailOrder,
	withMapping
} from '$lib/registration';
import { importFile } from '$lib/grid/import';
import { applyLayout, proposedLayout, toSourceTable } from '$lib/grid/table';
import { readUpload, XLSX_TYPE } from '$lib/server/api/upload';
import { parseRosterFile } from '$lib/server/rosters/parse-roster-file';
import { TODAY } from './fixtures';

// Made by tests/fixtures/payroll/make-fixtures.mjs (SheetJS and LibreOffice).
const fixture = (name: string) =>
	new Uint8Array(
		readFileSync(fileURLToPath(new URL(`../../fixtures/payroll/${name}`, import.meta.url)))
	);

const SPREADSHEETS = [
	'sheetjs.xlsx',
	'sheetjs.xls',
	'sheetjs.ods',
	'libreoffice.xlsx',
	'libreoffice.xls',
	'libreoffice.ods'
];
const CSVS = [
	'sheetjs-utf8-bom.csv',
	'libreoffice-utf8.csv',
	'libreoffice-utf16.csv',
	'libreoffice-cp1252.csv'
];

/** The eleven people of the fixture as the grid should show them: work address, else private. */
const PEOPLE = [
	['Van den Bossche', 'Marie', '1000', '14/03/1985', 'marie.vdb@werk.example'],
	['Peeters', 'Jan', '2000', '02/11/1979', 'jan.peeters@werk.example'],
	['Lefèvre', 'Françoise', '5000', '03/04/1982', 'francoise.lefevre@prive.example'],
	['Müller', 'Jürgen', '4700', '17/11/1969', 'jurgen.muller@werk.example'],
	['Dupont', 'Zoë', '1050', '28/02/1991', 'zoe.dupont@prive.example'],
	['Janssens', 'Els', '2000', '05/06/1979', 'els.janssens@werk.example'],
	['Wouters', 'Pieter', '9000', '31/12/1990', 'pieter.wouters@werk.example'],
	['Goossens', 'Lotte', '3000', '28/02/1985', 'lotte.goossens@werk.example'],
	['Claes', 'Noah', '8000', '21/07/1998', 'noah.claes@prive.example'],
	["D'Hondt", 'Anaïs', '9300', '09/05/1987', 'anais.dhondt@werk.example'],
	['Willems', 'Thomas', '3500', '01/10/1976', 'thomas.willems@werk.example']
];
/** The header is spreadsheet row 4; the private column (K) gives the e-mail of lines 3, 5, 9. */
const HEADER_ROW = 3;
const WORK = 9;
const PRIVATE = 10;

async function gridRead(name: string) {
	const result = await importFile(new File([fixture(name)], name));
	if (!result.ok) throw new Error(`${name}: ${result.error}`);
	const table = toSourceTable(result.sheets[0]!.rows);
	return { table, layout: proposedLayout(table) };
}

describe('the header row of a payroll export', () => {
	it.each([...SPREADSHEETS, ...CSVS])(
		'%s opens in the grid with every person as one ready line',
		async (name) => {
			const { table, layout } = await gridRead(name);
			expect(layout.headerRow).toBe(HEADER_ROW);
			expect(layout.mapping).toEqual([
				null,
				'lastName',
				'firstName',
				null,
				null,
				'postcode',
				null,
				'birthDate',
				null,
				'email',
				'email',
				null
			]);
			expect(layout.emailOrder).toEqual([WORK, PRIVATE]);
			const { cells, emailFrom } = applyLayout(table, layout);
			// The grid's optional sixth column (language) stays empty: these exports have none.
			expect(cells).toEqual(PEOPLE.map((person) => [...person, '']));
			expect(emailFrom).toEqual([
				WORK,
				WORK,
				PRIVATE,
				WORK,
				PRIVATE,
				WORK,
				WORK,
				WORK,
				PRIVATE,
				WORK,
				WORK
			]);
			for (const line of cells) {
				const [lastName, firstName, postcode, birthDate, email] = line as [
					string,
					string,
					string,
					string,
					string
				];
				expect(
					validateRow({ lastName, firstName, postcode, birthDate, email }, { today: TODAY })
						.problems
				).toEqual([]);
			}
		}
	);

	it.each(['libreoffice.xlsx', 'sheetjs.xlsx', ...CSVS])(
		'%s gives the same lines to the API upload',
		async (name) => {
			const type = name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
			const upload = await readUpload(fixture(name), type, name, 100);
			const rows = upload.ok ? upload.rows : null;
			expect(rows?.map((r) => [r.lastName, r.firstName, r.postcode, r.email])).toEqual(
				PEOPLE.map(([l, f, p, , e]) => [l, f, p, e])
			);
			for (const row of rows ?? []) expect(validateRow(row, { today: TODAY }).problems).toEqual([]);
		}
	);

	it.each(['libreoffice.xlsx', 'sheetjs.xlsx', ...CSVS])(
		'%s gives the same people to the roster import',
		async (name) => {
			const roster = await parseRosterFile(fixture(name), name, TODAY);
			expect(roster.problems).toEqual([]);
			expect(roster.people.map((p) => [p.lastName, p.firstName, p.postcode, p.birthDate])).toEqual(
				PEOPLE.map(([l, f, p, b]) => [l, f, p, b!.split('/').reverse().join('-')])
			);
			expect(roster.people[2]!.email).toBe('francoise.lefevre@prive.example');
		}
	);
});

describe('finding the header row', () => {
	it('skips titles, print dates, blank rows and one-cell rows; a person named "Naam" is data', () => {
		expect(headerScore(['Personeelslijst — Naam, Voornaam, Postcode'])).toBe(0);
		expect(headerScore(['Naam', 'Peeters'])).toBe(0);
		expect(headerScore(['Naam', 'Voornaam', 'GSM'])).toBe(2);
		const rows = [
			['Personeelslijst'],
			['Afgedrukt op 02/12/2026', ''],
			[],
			['Nr', 'Naam', 'Voornaam', 'E-mail werk'],
			['1', 'Peeters', 'Jan', 'jan@werk.example']
		];
		expect(findHeaderRow(rows)).toBe(3);
		expect(headerRowChoices(rows)).toEqual([3, 4]);
		expect(findHeaderRow([['Peeters', 'Jan', '2000', '01/02/1990', 'jan@example.be']])).toBeNull();
	});

	it('looks only at the first 20 rows, and takes the row naming the most fields', () => {
		const title = Array.from({ length: 20 }, () => ['x']);
		expect(findHeaderRow([...title, ['Naam', 'Voornaam']])).toBeNull();
		expect(
			findHeaderRow([
				['Naam', 'Voornaam', 'Opmerking'],
				['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail']
			])
		).toBe(1);
	});

	it('leaves out blank rows, footers in ignored columns and repeated headers; not data rows', () => {
		const rows = [
			['Nr', 'Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
			['1', 'Peeters', 'Jan', '2000', '01/02/1990', 'jan@x.be'],
			['', '', '', '', '', ''],
			['Nr', 'Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
			['2', 'Claes', '', '', '', ''],
			['Totaal: 2']
		];
		const lines = readTable(rows);
		expect(lines.map((l) => [l.source, l.row.lastName])).toEqual([
			[1, 'Peeters'],
			[4, 'Claes']
		]);
		// "No header": every row with something in the five documented columns is a line.
		expect(readTable(rows, layoutFor(rows, null))).toHaveLength(5);
	});

	it('a chosen e-mail order or a single column decides, per line, where the address comes from', () => {
		const rows = [
			['Naam', 'Voornaam', 'E-mail werk', 'E-mail privé'],
			['Peeters', 'Jan', 'jan@werk.example', 'jan@prive.example'],
			['Claes', 'An', '', 'an@prive.example']
		];
		const auto = layoutFor(rows, 0);
		expect(readTable(rows, auto).map((l) => [l.row.email, l.emailColumn])).toEqual([
			['jan@werk.example', 2],
			['an@prive.example', 3]
		]);
		const privateFirst = withEmailOrder(auto, [3, 2]);
		expect(readTable(rows, privateFirst).map((l) => l.row.email)).toEqual([
			'jan@prive.example',
			'an@prive.example'
		]);
		const workOnly = withEmailOrder(auto, [2]);
		expect(workOnly.mapping).toEqual(['lastName', 'firstName', 'email', null]);
		expect(readTable(rows, workOnly).map((l) => [l.row.email, l.emailColumn])).toEqual([
			['jan@werk.example', 2],
			['', null]
		]);
		// Mapping the private column to e-mail again: tried after the work column.
		expect(withMapping(workOnly, ['lastName', 'firstName', 'email', 'email']).emailOrder).toEqual([
			2, 3
		]);
	});
});

describe('mapping a header row', () => {
	it('maps a Flemish payroll header', () => {
		const header = ['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'];
		expect(headerMapping(header)).toEqual([
			'lastName',
			'firstName',
			'postcode',
			'birthDate',
			'email'
		]);
		expect(headerScore(header)).toBe(5);
		expect(findHeaderRow([header])).toBe(0);
	});

	it('maps columns in any order and ignores unknown ones', () => {
		const header = ['Matricule', 'Courriel', 'Prénom', 'Nom', 'Date de naissance', 'CP'];
		expect(headerMapping(header)).toEqual([
			null,
			'email',
			'firstName',
			'lastName',
			'birthDate',
			'postcode'
		]);
		expect(layoutFor([header], 0)).toEqual({
			headerRow: 0,
			mapping: [null, 'email', 'firstName', 'lastName', 'birthDate', 'postcode'],
			emailOrder: [1]
		});
	});

	it('keeps the leftmost of two columns naming the same field, e-mail excepted', () => {
		expect(headerMapping(['Naam', 'Voornaam', 'Achternaam', 'Prénom', 'CP', 'Postcode'])).toEqual([
			'lastName',
			'firstName',
			null,
			null,
			'postcode',
			null
		]);
		// Every e-mail column is kept (work and private); per line the first filled one is read.
		const rows = [
			['E-mail', 'Naam', 'Mail'],
			['jan@werk.example', 'Peeters', 'jan@prive.example'],
			['', 'Claes', 'an@prive.example']
		];
		const layout = layoutFor(rows, 0);
		expect(layout.mapping).toEqual(['email', 'lastName', 'email']);
		expect(layout.emailOrder).toEqual([0, 2]);
		expect(readTable(rows, layout).map((l) => [l.row.email, l.emailColumn])).toEqual([
			['jan@werk.example', 0],
			['an@prive.example', 2]
		]);
	});

	it('finds no header in a data row, so the default order applies', () => {
		const rows = [['Peeters', 'Jan', '2000', '01/02/1990', 'jan@example.be']];
		expect(headerScore(rows[0]!)).toBe(0);
		expect(findHeaderRow(rows)).toBeNull();
		expect(layoutFor(rows, findHeaderRow(rows))).toEqual({
			headerRow: null,
			mapping: [...DEFAULT_MAPPING],
			emailOrder: [4]
		});
	});

	it('needs two recognised fields (a person may be called "Mail")', () => {
		expect(headerScore(['Mail', 'Jan', '2000', '01/02/1990', 'jan@example.be'])).toBe(0);
		expect(findHeaderRow([['Mail', 'Jan', '2000', '01/02/1990', 'jan@example.be']])).toBeNull();
		expect(headerScore(['Naam', 'Voornaam'])).toBe(2);
		expect(findHeaderRow([['Naam', 'Voornaam']])).toBe(0);
		expect(headerMapping(['Naam', 'Voornaam'])).toEqual(['lastName', 'firstName']);
	});

	it('leaves the fields a partial header lacks unmapped', () => {
		const rows = [
			['Naam', 'Voornaam', 'Geboortedatum'],
			['Peeters', 'Jan', '01/02/1990']
		];
		expect(findHeaderRow(rows)).toBe(0);
		const { mapping } = layoutFor(rows, 0);
		// What the grid's mapping panel lists as missing (EditorState.missingFields).
		expect(FIELDS.filter((f) => !mapping.includes(f))).toEqual(['postcode', 'email']);
		expect(FIELDS.filter((f) => !DEFAULT_MAPPING.includes(f))).toEqual([]);
	});
});

describe('reading a line', () => {
	it('uses the default order without a header and ignores extra cells', () => {
		const rows = [['Peeters', 'Jan', '2000', '01/02/1990', 'jan@example.be', 'extra']];
		const layout = layoutFor(rows, null);
		expect(layout.mapping).toEqual([...DEFAULT_MAPPING, null]);
		expect(readLine(rows[0]!, layout)).toEqual({
			row: {
				lastName: 'Peeters',
				firstName: 'Jan',
				postcode: '2000',
				birthDate: '01/02/1990',
				email: 'jan@example.be'
			},
			emailColumn: 4
		});
		expect(readLine(rows[0]!, layout).row).not.toHaveProperty('language');
	});

	it('follows a detected mapping and fills missing cells with empty strings', () => {
		const rows = [
			['Courriel', 'Prénom', 'Nom', 'Dept'],
			['a@b.be', 'Marie', 'Dupont', 'IT'],
			['c@d.be', 'Luc']
		];
		const layout = layoutFor(rows, findHeaderRow(rows));
		expect(layout.headerRow).toBe(0);
		expect(readTable(rows, layout)).toEqual([
			{
				source: 1,
				row: {
					lastName: 'Dupont',
					firstName: 'Marie',
					postcode: '',
					birthDate: '',
					email: 'a@b.be'
				},
				emailColumn: 0
			},
			{
				source: 2,
				row: { lastName: '', firstName: 'Luc', postcode: '', birthDate: '', email: 'c@d.be' },
				emailColumn: 0
			}
		]);
		const noHeader = { mapping: DEFAULT_MAPPING, emailOrder: [4] };
		expect(readLine(['x'], noHeader)).toEqual({
			row: { lastName: 'x', firstName: '', postcode: '', birthDate: '', email: '' },
			emailColumn: null
		});
	});
});
