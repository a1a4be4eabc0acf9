import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser';
import { cell, openEditor, pasteIntoGrid, poll, totals } from './grid-helpers';

// Made by tests/fixtures/payroll/make-fixtures.mjs (SheetJS and LibreOffice): a title merged over
// the width, a print date, a blank row, the header on row 4 with extra columns and a work and a
// private e-mail column, 11 people with a blank row between them, a footer line.
const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/payroll/${name}`, import.meta.url));

const EXPORTS = [
	'libreoffice.xlsx',
	'libreoffice.xls',
	'libreoffice.ods',
	'sheetjs.xlsx',
	'sheetjs-utf8-bom.csv',
	'libreoffice-utf8.csv',
	'libreoffice-utf16.csv',
	'libreoffice-cp1252.csv'
];

const mapping = (page: Page) => page.getByRole('group', { name: 'Kolommen' });

describe('list editor: payroll exports', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('each kind of export opens with every person as one ready line', async () => {
		const page = await openEditor(browser);
		for (const name of EXPORTS) {
			await page.getByLabel(/Kies een bestand/).setInputFiles(fixture(name));
			await poll(() => totals(page)).toBe('11 regels, 11 klaar, 0 met problemen');
			expect(await cell(page, 0, 0).textContent(), name).toBe('Van den Bossche');
			expect(await cell(page, 2, 1).textContent(), name).toBe('Françoise');
			expect(await cell(page, 0, 3).textContent(), name).toBe('14/03/1985');
			// Work address where there is one, otherwise the private one.
			expect(await cell(page, 0, 4).textContent(), name).toBe('marie.vdb@werk.example');
			expect(await cell(page, 2, 4).textContent(), name).toBe('francoise.lefevre@prive.example');
			expect(await page.getByLabel('Rij met de kolomnamen').inputValue(), name).toBe('3');
			expect(await page.getByTestId('grid-header-found').textContent(), name).toMatch(
				/rij 4 als de rij met de kolomnamen/
			);
			expect(await page.getByTestId('grid-email-used').allTextContents(), name).toEqual([
				'E-mailadres uit “E-mail werk”: regels 1, 2, 4, 6, 7, 8, 10, 11.',
				'E-mailadres uit “E-mail privé”: regels 3, 5, 9.'
			]);
			await page.getByRole('button', { name: 'Lijst wissen' }).click();
			await poll(() => totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');
		}
		await page.context().close();
	});

	it('choosing another header row or e-mail column reads the lines again and says what changed', async () => {
		const page = await openEditor(browser);
		await page.getByLabel(/Kies een bestand/).setInputFiles(fixture('libreoffice.xlsx'));
		await poll(() => totals(page)).toBe('11 regels, 11 klaar, 0 met problemen');
		const header = page.getByLabel('Rij met de kolomnamen');
		// Rows with at most one filled cell (the title, the print date, the blank row) are not offered.
		expect((await header.locator('option').allTextContents()).slice(0, 3)).toEqual([
			'Rij 4: Personeelsnummer, Naam, Voornaam, INSZ, Adres, …',
			'Rij 5: 1001, Van den Bossche, Marie, 85.03.14-123.45, Kerkstraat 1, …',
			'Rij 6: 1002, Peeters, Jan, 79.11.02-234.56, Dorpsplein 4, …'
		]);

		// No header: every row with something in the first five columns is a line.
		await header.selectOption('none');
		await poll(() => totals(page)).toBe('15 regels, 0 klaar, 15 met problemen');
		expect(await mapping(page).getByRole('status').textContent()).toBe(
			'Nu 15 regels (eerst 11 regels).'
		);
		expect(await cell(page, 0, 0).textContent()).toMatch(/^Loonadministratie/);
		await page.screenshot({ path: '/tmp/b17-import-no-header-nl.png', fullPage: true });

		// The first person as header: no column name is known, so nothing is read.
		await header.selectOption('4');
		await poll(() => mapping(page).getByRole('status').textContent()).toBe(
			'Nu 0 regels (eerst 15 regels).'
		);
		expect(await totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');

		// Back to row 4.
		await header.selectOption('3');
		await poll(() => totals(page)).toBe('11 regels, 11 klaar, 0 met problemen');
		expect(await mapping(page).getByRole('status').textContent()).toBe(
			'Nu 11 regels (eerst 0 regels).'
		);

		// Only the work address: the three people without one have no e-mail.
		const email = page.getByLabel('Welk e-mailadres gebruiken?');
		expect(await email.locator('option').allTextContents()).toEqual([
			'Het eerste dat ingevuld is: “E-mail werk” anders “E-mail privé”',
			'Het eerste dat ingevuld is: “E-mail privé” anders “E-mail werk”',
			'Alleen “E-mail werk”',
			'Alleen “E-mail privé”'
		]);
		await email.selectOption({ label: 'Alleen “E-mail werk”' });
		await poll(() => totals(page)).toBe('11 regels, 8 klaar, 3 met problemen');
		expect(await cell(page, 2, 4).getAttribute('class')).toMatch(/cell-problem/);
		await email.selectOption({
			label: 'Het eerste dat ingevuld is: “E-mail privé” anders “E-mail werk”'
		});
		await poll(() => cell(page, 0, 4).textContent()).toBe('marie@prive.example');
		expect(await totals(page)).toBe('11 regels, 11 klaar, 0 met problemen');
		expect(await page.getByTestId('grid-email-used').allTextContents()).toEqual([
			'E-mailadres uit “E-mail privé”: regels 1, 3, 4, 5, 7, 9, 10.',
			'E-mailadres uit “E-mail werk”: regels 2, 6, 8, 11.'
		]);
		await email.selectOption({
			label: 'Het eerste dat ingevuld is: “E-mail werk” anders “E-mail privé”'
		});
		await poll(() => cell(page, 0, 4).textContent()).toBe('marie.vdb@werk.example');

		await expectAccessible(page);
		await mapping(page).screenshot({ path: '/tmp/b17-import-mapping-nl.png' });
		await page.screenshot({ path: '/tmp/b17-import-editor-nl.png', fullPage: true });
		await page.context().close();
	});

	it('in French: the panel, and a person listed twice is a warning that says what comes back', async () => {
		const page = await openEditor(browser, 'fr-BE');
		await page.getByLabel(/Choisissez un fichier/).setInputFiles(fixture('libreoffice-cp1252.csv'));
		await poll(() => totals(page)).toBe('11 lignes, 11 prêtes, 0 avec des problèmes');
		expect(await page.getByLabel('Ligne des noms de colonnes').inputValue()).toBe('3');
		await page.getByRole('group', { name: 'Colonnes' }).screenshot({
			path: '/tmp/b17-import-mapping-fr.png'
		});

		// Marie once more, pasted below: the copy is a warning, not a problem.
		await cell(page, 11, 0).click();
		await pasteIntoGrid(
			page,
			'Nom\tPrénom\tCode postal\tDate de naissance\tE-mail\r\nVan den Bossche\tMarie\t1000\t14/03/1985\tmarie@prive.example'
		);
		await poll(() => totals(page)).toBe('12 lignes, 12 prêtes, 0 avec des problèmes');
		expect(await page.getByTestId('grid-copies').textContent()).toBe(
			'1 ligne est un doublon et reviendra avec le code 2.'
		);
		expect(await cell(page, 11, 6).textContent()).toBe('Doublon (ligne 1)');
		await cell(page, 11, 0).click();
		await poll(() => page.locator('.explain').textContent()).toContain(
			'Ligne 12 : Cette personne figure déjà à la ligne 1. Cette ligne reviendra avec le code 2 : déjà enregistrée par la ligne 1. Si vous la supprimez, elle ne vous est pas facturée.'
		);
		expect(await page.getByTestId('grid-cost-without-copies').textContent()).toMatch(
			/Sans le doublon : .*155,50/
		);
		await expectAccessible(page);
		await page.screenshot({ path: '/tmp/b17-import-copy-fr.png', fullPage: true });
		await page.context().close();
	});
});
