/**
 * Issue 17 §4 in Chromium: the results page at 1280 px shows everything (nothing of the table is
 * clipped), and a code-3 line is resolved through a roster request — the employer asks, staff
 * approve, the line comes back with code 1 in the same list at no extra cost. nl and fr.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../src/lib/server/dev/demo-roster.js';
import {
	apiCall,
	completedBatch,
	expectAccessible,
	launchBrowser,
	login,
	newPage,
	resultLine,
	waitFor
} from './browser';
import { staffLogin } from './backoffice-login';
import { RESULTS_HEADER_NL } from '../fixtures/exports';

const TOKEN = 'demo-employer-token';
const VIEWPORT = { width: 1280, height: 900 };

/** Elements of the results table that stick out of its scroll region, and any page overflow. */
const clipped = (page: Page) =>
	page.evaluate(() => {
		const wrap = document.querySelector('table.lines')!.closest('.table-wrap')!;
		const box = wrap.getBoundingClientRect();
		const out = [...wrap.querySelectorAll('th, td, input, button, textarea, label, .code')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
			})
			.map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`);
		return {
			out,
			regionScrolls: wrap.scrollWidth > wrap.clientWidth + 1,
			pageScrolls: document.documentElement.scrollWidth > window.innerWidth
		};
	});

/** A list with a stranger (code 3, no hint) and a misspelt roster person (code 3 with a hint). */
async function submitList(tag: string) {
	const [lastName, firstName, birthDate, postcode] = DEMO_ROSTER[39]!;
	const response = await apiCall(TOKEN, '/batches', {
		method: 'POST',
		body: JSON.stringify({
			consent: true,
			rows: [
				{
					lastName: `Nieuwkomer-${tag}`,
					firstName: 'Sara',
					birthDate: '14/03/1991',
					postcode: '9000',
					email: `sara.nieuwkomer.${tag}@example.be`
				},
				{
					lastName,
					firstName: `${firstName}${firstName.slice(-1)}`,
					birthDate: birthDate.split('-').reverse().join('/'),
					postcode,
					email: `katrien.vandenbossche.${tag}@werkgever.be`
				}
			]
		})
	});
	expect(response.status).toBe(202);
	const { id } = (await response.json()) as { id: string };
	const done = await completedBatch(TOKEN, id);
	expect(done.rows.map((r) => r.code)).toEqual([3, 3]);
	return id;
}

describe('results at 1280 px and roster requests', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const lang of ['nl', 'fr'] as const) {
		it(`${lang}: a code-3 line is resolved through a roster request, without a new list`, async () => {
			const words = {
				nl: {
					remark: /Opmerking voor COLLECTIEF .*regel 1/,
					ask: /^Vraag toevoeging aan/,
					sent: 'Uw aanvraag voor regel 1 is verstuurd',
					pending: 'Toevoeging aan uw gebruikerslijst aangevraagd op',
					code1: 'Code 1: Geregistreerd',
					approved: 'zonder extra kosten',
					apply: 'Gegevens overnemen in regel 2'
				},
				fr: {
					remark: /Remarque pour COLLECTIEF .*ligne 1/,
					ask: /^Demander l’ajout/,
					sent: 'Votre demande pour la ligne 1 a été envoyée',
					pending: 'Ajout à votre liste des utilisateurs demandé le',
					code1: 'Code 1',
					approved: 'sans frais supplémentaires',
					apply: 'Reprendre ces données dans la ligne 2'
				}
			}[lang];
			const tag = `${lang}${Math.random().toString(36).slice(2, 7)}`;
			const id = await submitList(tag);
			const before = (await (await apiCall(TOKEN, `/batches/${id}`)).json()) as {
				cost: { totalCents: number };
			};
			expect(before.cost.totalCents).toBe(15100);
			const page = await newPage(browser, {
				viewport: VIEWPORT,
				locale: lang === 'nl' ? 'nl-BE' : 'fr-BE',
				acceptDownloads: true
			});
			await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
			await page.waitForURL('**/werkgever');
			await page.goto(`/werkgever/lijsten/${id}`);
			await page
				.getByRole('button', { name: words.apply })
				.waitFor()
				.catch(async (e: unknown) => {
					await page.screenshot({ path: `/tmp/b17-debug-${lang}.png`, fullPage: true });
					throw e;
				});

			await page.screenshot({ path: `/tmp/b17-results-1280-${lang}.png`, fullPage: true });
			// Everything of the table is inside its region at 1280 px, nothing scrolls sideways.
			expect(await clipped(page)).toEqual({ out: [], regionScrolls: false, pageScrolls: false });
			const email = page.locator('input[name="l2-email"]');
			// The e-mail address can be read whole in its correction input.
			const fits = await email.evaluate((el: HTMLInputElement) => [el.scrollWidth, el.clientWidth]);
			expect(fits[0]).toBeLessThanOrEqual(fits[1]!);
			await expectAccessible(page);

			if (lang === 'nl') {
				// The .xlsx as LibreOffice will open it: every column, frozen header, autofilter.
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('link', { name: 'Excel (.xlsx)' }).click()
				]);
				const file = (await download.path())!;
				await download.saveAs('/tmp/b17-results.xlsx');
				const book = XLSX.read(readFileSync(file));
				const sheet = book.Sheets[book.SheetNames[0]!]!;
				const cells = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
				expect(cells[0]).toEqual(RESULTS_HEADER_NL);
				expect(cells[2]![9]).toContain('Bedoelt u');
				expect(sheet['!autofilter']).toEqual({ ref: 'A1:J3' });
			}

			// Ask for the stranger of line 1, with a remark.
			await page.getByLabel(words.remark).fill('In dienst sinds 1 december');
			await resultLine(page, 1).getByRole('button', { name: words.ask }).click();
			await page.getByText(words.sent).waitFor();
			await resultLine(page, 1).getByText(words.pending).waitFor();
			await page.screenshot({ path: `/tmp/b17-roster-asked-${lang}.png`, fullPage: true });

			// Staff approve it in the back office.
			const staff = await newPage(browser, {
				viewport: VIEWPORT,
				locale: lang === 'nl' ? 'nl-BE' : 'fr-BE'
			});
			await staffLogin(staff);
			await staff.goto('/beheer/aanvragen');
			const request = staff.getByRole('row').filter({ hasText: `Nieuwkomer-${tag}` });
			expect(await request.textContent()).toContain('In dienst sinds 1 december');
			await staff.screenshot({ path: `/tmp/b17-roster-staff-${lang}.png`, fullPage: true });
			await expectAccessible(staff);
			await request.getByRole('button').first().click();
			await staff.waitForURL('**/beheer/aanvragen?gedaan=roster-approve');
			expect(
				await staff
					.getByRole('row')
					.filter({ hasText: `Nieuwkomer-${tag}` })
					.count()
			).toBe(0);
			await staff.context().close();

			// The employer sees line 1 processed again: code 1, in the same list, same cost.
			await waitFor(async () => {
				await page.reload();
				return ((await resultLine(page, 1).textContent()) ?? '').includes(words.code1);
			}, 'line 1 processed again');
			expect(await resultLine(page, 1).textContent()).toContain(words.approved);
			await page.screenshot({ path: `/tmp/b17-roster-done-${lang}.png`, fullPage: true });
			await expectAccessible(page);
			// Same list, same cost; its counts moved from code 3 to code 1.
			const after = (await (await apiCall(TOKEN, `/batches/${id}`)).json()) as typeof before;
			expect(after).toMatchObject({ cost: before.cost, rowCount: 2, counts: { '1': 1, '3': 1 } });
			await page.context().close();
		});
	}
});
