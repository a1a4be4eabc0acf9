import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { cell, expectAccessibleWithGrid, openEditor, poll, totals } from './grid-helpers';

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
		await expectAccessibleWithGrid(page);
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
});
