import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { checkSpreadsheet, odsExpansion, SPREADSHEET_LIMITS } from '$lib/files/spreadsheet-guard';
import { importFile } from '$lib/grid/import';
import { decodeText, looksBinary } from '$lib/text/decode';
import { manyRowsXlsx, odsRepeatBomb, zipBombXlsx } from '../../fixtures/grid/hostile-files';

function book(rows: unknown[][], bookType: 'xlsx' | 'ods' | 'xls' = 'xlsx'): Uint8Array {
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Lijst');
	return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, compression: true }));
}

const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);

describe('spreadsheet guard', { timeout: 30_000 }, () => {
	it('lets ordinary workbooks through', async () => {
		const rows = [['Naam', 'Voornaam'], ...Array.from({ length: 500 }, (_, i) => [`N${i}`, 'V'])];
		for (const type of ['xlsx', 'ods', 'xls'] as const)
			expect(await checkSpreadsheet(book(rows, type), { maxRows: 1000 }), type).toEqual({
				ok: true
			});
	});

	it('refuses a zip bomb whose sizes are declared honestly (inflating stops at the cap)', async () => {
		const bomb = zipBombXlsx(2048);
		expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
		expect(await checkSpreadsheet(bomb)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('refuses a zip bomb whose headers lie about its size (counts what it really inflates)', async () => {
		const bomb = zipBombXlsx(200, true);
		expect(await checkSpreadsheet(bomb)).toEqual({ ok: false, reason: 'too-large' });
		// under the cap too: it may not inflate past the size it declares
		expect(await checkSpreadsheet(zipBombXlsx(10, true))).toEqual({
			ok: false,
			reason: 'too-large'
		});
		// sizes declared as 0 (SheetJS would grow without bound): stopped at the inflate cap
		expect(await checkSpreadsheet(zipBombXlsx(200, 'zero'))).toEqual({
			ok: false,
			reason: 'too-large'
		});
		expect(await checkSpreadsheet(zipBombXlsx(10, 'zero'))).toEqual({ ok: true });
		// and the honest version of that file is fine: the count is real, not declared
		expect(await checkSpreadsheet(zipBombXlsx(10))).toEqual({ ok: true });
	});

	it('counts rows: a million-row sheet stops at the row cap', async () => {
		const million = manyRowsXlsx(1_000_000);
		expect(million.length).toBeLessThan(1024 * 1024);
		expect(await checkSpreadsheet(million, { maxRows: 20_002 })).toEqual({
			ok: false,
			reason: 'too-many-rows'
		});
		expect(await checkSpreadsheet(manyRowsXlsx(5000), { maxRows: 20_002 })).toEqual({ ok: true });
	});

	it('sees through OpenDocument repeats: a value repeated over a million rows', () => {
		const row = (attrs: string, cells: string) =>
			`<table:table-row ${attrs}>${cells}</table:table-row>`;
		const value =
			'<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>';
		expect(odsExpansion(row('', value + value))).toEqual({ rows: 1, cells: 2 });
		expect(odsExpansion(row('table:number-rows-repeated="1000000"', value))).toEqual({
			rows: 1_000_000,
			cells: 1_000_000
		});
		// LibreOffice's padding: empty repeated rows and cells do not count
		expect(
			odsExpansion(
				row(
					'table:number-rows-repeated="1048570"',
					'<table:table-cell table:number-columns-repeated="1024"/>'
				)
			)
		).toEqual({ rows: 0, cells: 0 });
	});

	it('an .ods whose one row with a value is repeated a million times is refused before SheetJS', async () => {
		const ods = odsRepeatBomb(1_000_000, 1000);
		expect(ods.length).toBeLessThan(3000);
		expect(await checkSpreadsheet(ods, { maxRows: 20_002 })).toEqual({
			ok: false,
			reason: 'too-many-rows'
		});
		expect(await importFile(file(ods, 'herhaald.ods'))).toEqual({
			ok: false,
			error: 'too-many-lines'
		});
		// few rows, absurdly wide: too many cells
		expect(await importFile(file(odsRepeatBomb(100, 100_000), 'breed.ods'))).toEqual({
			ok: false,
			error: 'inflates-too-much'
		});
		// the same content as flat OpenDocument text (not a zip)
		const office = 'urn:oasis:names:tc:opendocument:xmlns';
		const flat = new TextEncoder().encode(
			`<office:document xmlns:office="${office}:office:1.0"><table:table><table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:document>`
		);
		expect(await checkSpreadsheet(flat, { maxRows: 20_002 })).toEqual({
			ok: false,
			reason: 'too-many-rows'
		});
	});

	it('refuses a broken zip directory as unreadable', async () => {
		const good = book([['a']]);
		expect(await checkSpreadsheet(good.slice(0, good.length - 30))).toEqual({
			ok: false,
			reason: 'unreadable'
		});
	});

	it('the default limits are what the report says', () => {
		expect(SPREADSHEET_LIMITS).toEqual({
			maxEntries: 1000,
			maxInflatedBytes: 64 * 1024 * 1024,
			maxDeclaredSheetBytes: 512 * 1024 * 1024,
			maxRows: 1_048_576,
			maxRepeatedCells: 2_000_000
		});
	});
});

// SheetJS parses thousands of rows here: room for a loaded machine.
describe('grid import of hostile files (node)', { timeout: 60_000 }, () => {
	it('a million-row .xlsx: too many lines', async () => {
		expect(await importFile(file(manyRowsXlsx(1_000_000), 'groot.xlsx'), 10_000)).toEqual({
			ok: false,
			error: 'too-many-lines'
		});
	});

	it('10,001 data lines are refused, 10,000 with a header are read', async () => {
		const over = await importFile(file(manyRowsXlsx(10_001), 'over.xlsx'), 10_000);
		expect(over).toEqual({ ok: false, error: 'too-many-lines' });
		const at = await importFile(file(manyRowsXlsx(10_000), 'limit.xlsx'), 10_000);
		expect(at.ok && at.sheets[0]!.rows.length).toBe(10_001);
	});

	it('a zip bomb: inflates too much', async () => {
		expect(await importFile(file(zipBombXlsx(2048, true), 'bom.xlsx'))).toEqual({
			ok: false,
			error: 'inflates-too-much'
		});
	});

	it('binary garbage named .csv is unreadable; a long CSV is too many lines', async () => {
		const noise = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
		expect(await importFile(file(noise, 'lijst.csv'))).toEqual({ ok: false, error: 'unreadable' });
		const long = 'a;b\n'.repeat(10_003);
		expect(await importFile(file(new TextEncoder().encode(long), 'lang.csv'), 10_000)).toEqual({
			ok: false,
			error: 'too-many-lines'
		});
	});

	it('a sheet that claims 16,384 columns is read by its real cells', async () => {
		const ws = XLSX.utils.aoa_to_sheet([['Janssens', 'Jan']]);
		ws['!ref'] = 'A1:XFD3';
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'Lijst');
		const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
		const result = await importFile(file(bytes, 'breed.xlsx'));
		expect(result).toEqual({ ok: true, sheets: [{ name: 'Lijst', rows: [['Janssens', 'Jan']] }] });
	});

	it('mutated workbooks (fast-check) always end in a result, never a throw', async () => {
		const rows = [
			['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
			['Janssens', 'Jan', 9000, '01/01/1980', 'jan@example.test']
		];
		const bases = [book(rows), book(rows, 'ods'), book(rows, 'xls')];
		const names = ['kapot.xlsx', 'kapot.ods', 'kapot.xls'];
		await fc.assert(
			fc.asyncProperty(
				fc.nat(2),
				fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }),
				fc.nat(),
				async (which, flips, cut) => {
					const base = bases[which]!;
					const bytes = base.slice(0, Math.max(cut % (base.length + 1), 4));
					for (const [at, value] of flips) bytes[at % bytes.length] = value;
					const result = await importFile(file(bytes, names[which]!));
					expect(typeof result.ok).toBe('boolean');
				}
			),
			{ numRuns: 300, seed: 4242 }
		);
	});
});

describe('text or not', () => {
	it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
		const le = new Uint8Array([
			0xff,
			0xfe,
			...[...'Zoë\tJan'].flatMap((c) => [c.charCodeAt(0), 0])
		]);
		expect(decodeText(le)).toEqual({ text: 'Zoë\tJan', encoding: 'utf-16le' });
	});

	it('tells binary from text', () => {
		expect(looksBinary('Naam;Voornaam\r\nJanssens;Jan\r\n')).toBe(false);
		expect(looksBinary('Zoë\tLefèvre — “ok”')).toBe(false);
		expect(looksBinary('PK\u0003\u0004\u0000\u0000\u0014abc')).toBe(true);
		expect(looksBinary('a\ufffd\ufffdb')).toBe(true);
	});
});
