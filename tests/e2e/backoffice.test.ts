import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchCostCents } from '../../src/lib/registration/cost';
import { brusselsDate, promisedDate } from '../../src/lib/registration/deadline';
import { baseUrl, expectAccessible, launchBrowser, newPage } from './browser';
import { staffLogin } from './backoffice-login';

const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/backoffice/${name}`, import.meta.url));
const belgian = (iso: string) => iso.split('-').reverse().join('/');
const euro = (cents: number) =>
	new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('COLLECTIEF back office', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		browser = await launchBrowser();
		page = await newPage(browser, { acceptDownloads: true });
		await staffLogin(page);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('logs staff in with password and TOTP, on accessible pages', async () => {
		expect(new URL(page.url()).pathname).toBe('/beheer');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beheer COLLECTIEF');
		await expectAccessible(page);
		const fresh = await newPage(browser);
		await fresh.goto('/login');
		await fresh.getByLabel('E-mailadres').fill('staff@demo.test');
		await fresh.getByLabel('Wachtwoord', { exact: true }).fill('demo-staff-2026');
		await fresh.getByRole('button', { name: 'Aanmelden' }).click();
		await fresh.waitForURL('**/login/tweestaps');
		await expectAccessible(fresh);
		// the code step is a hard gate: /beheer still sends you to the login
		await fresh.goto('/beheer');
		expect(new URL(fresh.url()).pathname).toBe('/login');
		await fresh.context().close();
	});

	it('imports a roster from .xlsx, shows the differences, then applies them', async () => {
		const name = `E2E Werkgever ${Date.now()}`;
		await page.goto('/beheer/werkgevers');
		await expectAccessible(page);
		await page.getByLabel('Naam').fill(name);
		await page.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await page.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Gebruikerslijst importeren' }).first().click();

		await page.getByLabel('Bestand').setInputFiles(fixture('roster-initial.xlsx'));
		await page.getByRole('button', { name: 'Verschillen tonen' }).click();
		await page.getByText('44 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd.').waitFor();
		await page.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
		await page.getByText('Toegepast: 44 nieuw, 0 gewijzigd, 0 verwijderd.').waitFor();

		await page.getByLabel('Bestand').setInputFiles(fixture('roster-update.xlsx'));
		await page.getByRole('button', { name: 'Verschillen tonen' }).click();
		await page.getByText('1 nieuw, 1 gewijzigd, 1 verwijderd, 42 ongewijzigd.').waitFor();
		await expectAccessible(page);
		const added = page.getByRole('region', { name: 'Nieuw (1)' });
		expect(await added.textContent()).toContain('Rik Vandamme');
		expect(await page.getByRole('region', { name: 'Gewijzigd (1)' }).textContent()).toMatch(
			/Lotte Segers · 22\/02\/1993 · 2500.*→ Lotte Segers · 22\/02\/1993 · 2800/
		);
		expect(await page.getByRole('region', { name: 'Verwijderd (1)' }).textContent()).toContain(
			'Emre Çelik'
		);
		await page.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
		await page.getByText('Toegepast: 1 nieuw, 1 gewijzigd, 1 verwijderd.').waitFor();

		await page.getByRole('link', { name: 'Mensen van deze werkgever' }).click();
		await page.getByText('44 personen').waitFor();
		expect(await page.getByRole('cell', { name: 'Vandamme', exact: true }).count()).toBe(1);
		expect(await page.getByRole('cell', { name: 'Çelik', exact: true }).count()).toBe(0);
		await expectAccessible(page);
	});

	it('imports without JavaScript too (plain form posts, file upload included)', async () => {
		const noJs = await newPage(browser, { javaScriptEnabled: false });
		await staffLogin(noJs);
		await noJs.goto('/beheer/werkgevers');
		await noJs.getByLabel('Naam').fill(`E2E zonder JS ${Date.now()}`);
		await noJs.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await noJs.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		await noJs.getByRole('link', { name: 'Gebruikerslijst importeren' }).first().click();
		await noJs.getByLabel('Bestand').setInputFiles(fixture('roster-update.xlsx'));
		await noJs.getByRole('button', { name: 'Verschillen tonen' }).click();
		await noJs.getByText('44 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd.').waitFor();
		await noJs.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
		await noJs.getByText('Toegepast: 44 nieuw, 0 gewijzigd, 0 verwijderd.').waitFor();
		await noJs.context().close();
	});

	it('shows a list the demo employer submitted with its cost and promised date', async (ctx) => {
		// Needs the pipeline's POST /api/v1/batches (merged separately): skipped until it exists.
		const lines = [
			{
				lastName: 'Maes',
				firstName: 'Luc',
				postcode: '8000',
				birthDate: '19/07/1968',
				email: `luc.${Date.now()}@demo.test`
			},
			{
				lastName: 'Jacobs',
				firstName: 'Sofie',
				postcode: '3500',
				birthDate: '30/09/1995',
				email: `sofie.${Date.now()}@demo.test`
			}
		];
		const response = await fetch(`${baseUrl()}/api/v1/batches`, {
			method: 'POST',
			headers: {
				authorization: 'Bearer demo-employer-token',
				'content-type': 'application/json',
				'idempotency-key': `e2e-backoffice-${Date.now()}`
			},
			body: JSON.stringify({ rows: lines, consent: true })
		});
		if (response.status === 404) return ctx.skip('POST /api/v1/batches is not in this branch');
		expect(response.status).toBeLessThan(300);
		const received = brusselsDate(new Date());
		await page.goto('/beheer/lijsten');
		const row = page.getByRole('row').filter({ hasText: 'Demo Maatwerk vzw' }).first();
		const text = await row.textContent();
		expect(text).toContain(belgian(received));
		expect(text).toContain(belgian(promisedDate(received)));
		expect(text).toContain(euro(batchCostCents(lines.length)));
		await expectAccessible(page);
	});

	it('sums the month per employer and exports it for invoicing', async () => {
		const month = brusselsDate(new Date()).slice(0, 7);
		await page.goto(`/beheer/kosten?month=${month}`);
		await expectAccessible(page);
		const shown = await page.locator('[data-total]').textContent();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Exporteren voor facturatie (.xlsx)' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`you-p-facturatie-${month}.xlsx`);
		const book = read(readFileSync(await download.path()), { type: 'buffer' });
		expect(book.SheetNames).toEqual(['Totalen', 'Lijsten']);
		const totals = utils.sheet_to_json<unknown[]>(book.Sheets.Totalen!, { header: 1 });
		const lists = utils.sheet_to_json<unknown[]>(book.Sheets.Lijsten!, { header: 1 });
		const grand = totals.at(-1)!;
		expect(grand[0]).toBe('Totaal');
		const perEmployer = totals.slice(1, -1).reduce((s, r) => s + Number(r[4]), 0);
		// per list: column 5 is the amount excl. VAT (6 the rate, 7 the VAT, 8 the total incl.)
		const perList = lists.slice(1).reduce((s, r) => s + Number(r[5]), 0);
		expect(Number(grand[4])).toBeCloseTo(perEmployer, 2);
		expect(Number(grand[4])).toBeCloseTo(perList, 2);
		expect(euro(Math.round(Number(grand[4]) * 100))).toBe(shown);
	});

	it('finds accounts, shows the audit log and API keys, all accessible', async () => {
		await page.goto('/beheer/accounts');
		await page.getByLabel('E-mailadres', { exact: true }).fill('marie.vandenbossche@demo.test');
		await page
			.getByRole('search', { name: 'Zoeken op e-mailadres' })
			.getByRole('button', { name: 'Zoeken' })
			.click();
		await page.getByText('Actief', { exact: true }).waitFor();
		await expectAccessible(page);
		await page.goto('/beheer/audit?action=roster.import');
		expect(
			await page.getByRole('cell', { name: 'Gebruikerslijst geïmporteerd' }).count()
		).toBeGreaterThanOrEqual(2);
		await expectAccessible(page);
		await page.goto('/beheer/api-sleutels');
		await page.getByLabel('Omschrijving').fill('E2E sleutel');
		await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
		await page.getByText(/youp_[A-Za-z0-9_-]{20,}/).waitFor();
		await expectAccessible(page);
		await page.goto('/beheer/lijsten');
		await expectAccessible(page);
	});
});
