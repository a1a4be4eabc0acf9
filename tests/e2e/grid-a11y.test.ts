/**
 * The list editor under axe-core (WCAG 2.1 A/AA), with no rule left out: empty, with pasted lines
 * that have problems, and with the column mapping open and changed — in Dutch and French. And the
 * grid as a screen reader gets it: one named grid whose headers and cells are each there once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './browser';
import { cell, openEditor, pasteIntoGrid, poll, totals } from './grid-helpers';

const LOCALES = [
	{
		locale: 'nl-BE',
		grid: 'Lijst van medewerkers',
		header: ['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'],
		postcode: 'Postcode',
		column: 'Kolom 2: “Voornaam”',
		filter: 'Toon alleen regels met problemen',
		editor: 'Inhoud van de cel'
	},
	{
		locale: 'fr-BE',
		grid: 'Liste du personnel',
		header: ['Nom', 'Prénom', 'Code postal', 'Date de naissance', 'E-mail'],
		postcode: 'Code postal',
		column: 'Colonne 2 : « Prénom »',
		filter: 'Afficher uniquement les lignes avec des problèmes',
		editor: 'Contenu de la cellule'
	}
] as const;

/** Three lines: one fine, one with a bad postcode, one with an impossible birth date. */
function block(header: readonly string[]) {
	const tag = Math.random().toString(36).slice(2, 8);
	return [
		header.join('\t'),
		`Peeters${tag}\tJan\t2000\t15/03/1985\tjan.${tag}@example.com`,
		`Dubois${tag}\tMarie\t12345\t01/02/1990\tmarie.${tag}@example.com`,
		`Maes${tag}\tTom\t9000\t31/02/1988\ttom.${tag}@example.com`
	].join('\r\n');
}

/** The grid in the accessibility tree: named, each column header once, the cells inside it. */
async function expectOneNamedGrid(page: Page, name: string, postcode: string) {
	const grid = page.getByRole('treegrid', { name });
	expect(await grid.count()).toBe(1);
	// The copies Handsontable keeps of the headers (to show them while scrolling) are not read.
	expect(await page.getByRole('columnheader', { name: postcode, exact: true }).count()).toBe(1);
	expect(await grid.getByRole('columnheader', { name: postcode, exact: true }).count()).toBe(1);
	expect(await grid.getByRole('row').count()).toBeGreaterThan(1);
}

describe('list editor: accessibility', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const texts of LOCALES) {
		it(`no axe violation empty, with problems, with the mapping changed and the filter on (${texts.locale})`, async () => {
			const page = await openEditor(browser, texts.locale);
			await expectAccessible(page);
			await expectOneNamedGrid(page, texts.grid, texts.postcode);

			// Pasted lines with problems: the mapping panel opens, flagged cells, a selected line.
			await pasteIntoGrid(page, block(texts.header));
			await poll(() => totals(page)).toMatch(/^3\D+1\D+2\D+$/);
			expect(await page.getByLabel(texts.column).inputValue()).toBe('firstName');
			await cell(page, 1, 2).click();
			await expectAccessible(page);
			await expectOneNamedGrid(page, texts.grid, texts.postcode);
			// A flagged cell says what is wrong in its accessible name, not only in colour.
			const grid = page.getByRole('treegrid', { name: texts.grid });
			expect(await grid.getByRole('gridcell', { name: /12345 \(.+\)/ }).count()).toBe(1);

			// The mapping changed so that a field is missing (its warning shows), only the lines
			// with problems shown, and the cell editor open.
			await page.getByLabel(texts.column).selectOption('');
			await poll(() => page.locator('.mapping .warning').count()).toBe(1);
			await page.getByLabel(texts.filter).check();
			await cell(page, 0, 0).click();
			await page.keyboard.press('F2');
			await poll(() => page.getByRole('textbox', { name: texts.editor }).isVisible()).toBe(true);
			await expectAccessible(page);
			await page.keyboard.press('Escape');
			await page.context().close();
		});
	}
});
