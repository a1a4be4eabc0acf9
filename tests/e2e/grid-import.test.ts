import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser';
import { cell, dropOnGrid, openEditor, poll, totals } from './grid-helpers';

// Made by tests/fixtures/grid/make-fixtures.mjs (LibreOffice for the .xlsx).
const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/grid/${name}`, import.meta.url));

describe('list editor: file import', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('imports an .xlsx written by LibreOffice: date cells become dd/mm/yyyy', async () => {
		const page = await openEditor(browser);
		await page.getByLabel(/Kies een bestand/).setInputFiles(fixture('libreoffice.xlsx'));
		await poll(() => totals(page)).toBe('4 regels, 3 klaar, 1 met problemen');
		expect(await cell(page, 0, 0).textContent()).toBe('Janssens');
		expect(await cell(page, 0, 3).textContent()).toBe('05/06/1979');
		expect(await cell(page, 1, 3).textContent()).toBe('31/12/1990');
		// 999 is not a postcode.
		expect(await cell(page, 3, 2).getAttribute('class')).toMatch(/cell-problem/);
		expect(await page.getByRole('status').filter({ hasText: 'libreoffice.xlsx' }).count()).toBe(1);
		await expectAccessible(page);
		await page.context().close();
	});

	it('imports a Windows-1252 semicolon CSV with its accents intact (in French)', async () => {
		const page = await openEditor(browser, 'fr-BE');
		await page.getByLabel(/Choisissez un fichier/).setInputFiles(fixture('windows-1252.csv'));
		await poll(() => totals(page)).toBe('3 lignes, 2 prêtes, 1 avec des problèmes');
		expect(await cell(page, 0, 0).textContent()).toBe('Lefèvre');
		expect(await cell(page, 0, 1).textContent()).toBe('Françoise');
		expect(await cell(page, 1, 1).textContent()).toBe('Jürgen');
		expect(await page.getByLabel('Colonne 5 : « Adresse e-mail »').inputValue()).toBe('email');
		// 30/02/1991 does not exist.
		expect(await cell(page, 2, 3).getAttribute('class')).toMatch(/cell-problem/);
		await page.context().close();
	});

	it('refuses a file type it cannot read, with a clear message', async () => {
		const page = await openEditor(browser);
		await page.getByLabel(/Kies een bestand/).setInputFiles({
			name: 'lijst.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4')
		});
		await poll(() => page.getByRole('alert').textContent()).toBe(
			'Dit soort bestand kunnen we niet lezen. Gebruik .xlsx, .xls, .ods of .csv.'
		);
		await page.context().close();
	});

	it('a workbook with several sheets: the user chooses one, and that one is read', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(
			book,
			XLSX.utils.aoa_to_sheet([
				['Naam', 'Voornaam'],
				[`Archief${tag}`, 'Oud']
			]),
			'Archief'
		);
		XLSX.utils.book_append_sheet(
			book,
			XLSX.utils.aoa_to_sheet([
				['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
				[`Peeters${tag}`, 'Jan', '2000', '15/03/1985', `jan.${tag}@example.com`],
				[`Maes${tag}`, 'Tom', '9000', '01/02/1990', `tom.${tag}@example.com`],
				[`Claes${tag}`, 'An', '3000', '05/06/1979', `an.${tag}@example.com`]
			]),
			'Personeel'
		);
		const page = await openEditor(browser);
		await page.getByLabel(/Kies een bestand/).setInputFiles({
			name: 'werkboek.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))
		});
		const choice = page.getByLabel(
			'Het bestand heeft meerdere werkbladen. Welk werkblad wilt u gebruiken?'
		);
		await choice.waitFor();
		expect(await choice.locator('option').allTextContents()).toEqual(['Archief', 'Personeel']);
		// nothing is loaded before the choice
		expect(await totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');
		await choice.selectOption({ label: 'Personeel' });
		await page.getByRole('button', { name: 'Dit werkblad gebruiken' }).click();
		await poll(() => totals(page)).toBe('3 regels, 3 klaar, 0 met problemen');
		expect(await cell(page, 0, 0).textContent()).toBe(`Peeters${tag}`);
		expect(await cell(page, 2, 0).textContent()).toBe(`Claes${tag}`);
		expect(
			await page.getByRole('status').filter({ hasText: 'werkboek.xlsx (Personeel)' }).count()
		).toBe(1);
		await page.context().close();
	});

	it('a file dropped onto the grid is read (a real drop event with a DataTransfer)', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const csv = `Naam;Voornaam;Postcode;Geboortedatum;E-mail\r\nWouters${tag};Pieter;9000;31/12/1990;p.${tag}@example.com\r\n`;
		const page = await openEditor(browser);
		const notPrevented = await dropOnGrid(page, {
			name: 'gesleept.csv',
			type: 'text/csv',
			text: csv
		});
		// the page handled it (the browser does not navigate to the file)
		expect(notPrevented).toBe(false);
		await poll(() => totals(page)).toBe('1 regel, 1 klaar, 0 met problemen');
		expect(await cell(page, 0, 0).textContent()).toBe(`Wouters${tag}`);
		expect(await cell(page, 0, 3).textContent()).toBe('31/12/1990');
		await page.context().close();
	});

	it('an .ods file (OpenDocument) with date cells: dates come out dd/mm/yyyy', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const sheet = XLSX.utils.aoa_to_sheet(
			[
				['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
				[`Goossens${tag}`, 'Lotte', 3000, new Date(1985, 1, 28), `lotte.${tag}@example.com`],
				[`Mertens${tag}`, 'Bram', 2000, new Date(1972, 9, 1), `bram.${tag}@example.com`]
			],
			{ cellDates: true }
		);
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, sheet, 'Personeel');
		const ods = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'ods' }));
		expect(ods.subarray(0, 2).toString()).toBe('PK');
		expect(ods.toString('latin1')).toContain('application/vnd.oasis.opendocument.spreadsheet');
		const page = await openEditor(browser);
		await page.getByLabel(/Kies een bestand/).setInputFiles({
			name: 'personeel.ods',
			mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
			buffer: ods
		});
		await poll(() => totals(page)).toBe('2 regels, 2 klaar, 0 met problemen');
		expect(await cell(page, 0, 3).textContent()).toBe('28/02/1985');
		expect(await cell(page, 1, 3).textContent()).toBe('01/10/1972');
		expect(await cell(page, 1, 2).textContent()).toBe('2000');
		await page.context().close();
	});

	it('the limits: a file over 10 MB and a file over 10,000 lines get a clear message, in nl and fr', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'grid-limits-'));
		try {
			const big = join(dir, 'groot.csv');
			writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 'a;b;c\n'));
			const long = join(dir, 'lang.csv');
			const line = 'Peeters;Jan;2000;15/03/1985;jan@example.com\r\n';
			writeFileSync(long, `Naam;Voornaam;Postcode;Geboortedatum;E-mail\r\n${line.repeat(10_001)}`);
			const page = await openEditor(browser);
			const input = page.getByLabel(/Kies een bestand/);
			await input.setInputFiles(big);
			await poll(() => page.getByRole('alert').textContent()).toBe(
				'Dit bestand is groter dan 10 MB. Verdeel de lijst over kleinere bestanden.'
			);
			await input.setInputFiles(long);
			await poll(() => page.getByRole('alert').textContent()).toBe(
				'Dit bestand heeft meer dan 10000 regels, het maximum voor één lijst. Verdeel het over meerdere lijsten. Uw lijst bleef ongewijzigd.'
			);
			expect(await totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');
			// exactly 10,000 lines and a header: read
			writeFileSync(long, `Naam;Voornaam;Postcode;Geboortedatum;E-mail\r\n${line.repeat(10_000)}`);
			await input.setInputFiles(long);
			await poll(() => totals(page)).toMatch(/^10000 regels/);
			expect(await page.getByRole('alert').count()).toBe(0);
			await page.context().close();

			const fr = await openEditor(browser, 'fr-BE');
			await fr.getByLabel(/Choisissez un fichier/).setInputFiles(big);
			await poll(() => fr.getByRole('alert').textContent()).toBe(
				'Ce fichier dépasse 10 Mo. Répartissez la liste sur des fichiers plus petits.'
			);
			await fr.context().close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
