import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../src/lib/server/dev/demo-roster.js';
import {
	baseUrl,
	completedBatch,
	expectAccessible,
	launchBrowser,
	login,
	newPage,
	resultLine,
	type BatchBody
} from './browser';
import { at } from '../must';
import { RESULTS_HEADER_NL } from '../fixtures/exports';

const api = (path: string, init: RequestInit = {}) =>
	fetch(`${baseUrl()}/api/v1${path}`, {
		...init,
		headers: {
			authorization: 'Bearer demo-employer-token',
			'content-type': 'application/json',
			...init.headers
		}
	});

const waitForBatch = (id: string): Promise<BatchBody> => completedBatch('demo-employer-token', id);

// DEMO_ROSTER: index 0 has an account; 40–42 are this file's. Birth dates as typed (dd/mm/yyyy).
const person = (index: number) => {
	const [lastName, firstName, birthDate, postcode] = at(DEMO_ROSTER, index, 'the demo roster');
	return [lastName, firstName, birthDate.split('-').reverse().join('/'), postcode] as const;
};
const [MARIE, RUBEN, LOTTE, JONAS] = [person(0), person(40), person(41), person(42)];
const HOSTILE = '=HYPERLINK("x")';

const row = (p: readonly string[], email: string, over: Record<string, string> = {}) => ({
	lastName: p[0],
	firstName: p[1],
	birthDate: p[2],
	postcode: p[3],
	email,
	...over
});

describe('results, corrections and downloads', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows each line with its code in words, corrects code 3 and 4 lines, downloads .xlsx', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const mail = (who: string) => `res-${who}-${tag}@demo.test`;
		const response = await api('/batches', {
			method: 'POST',
			body: JSON.stringify({
				consent: true,
				rows: [
					row(RUBEN, mail('ruben')),
					row(MARIE, mail('marie')),
					row(LOTTE, mail('lotte'), { firstName: 'Lotta' }),
					row(JONAS, mail('jonas'), { postcode: '12345' }),
					row(['Evil', 'Eve', '01/01/1980', '1000'], mail('eve'), { lastName: HOSTILE })
				]
			})
		});
		expect(response.status).toBe(202);
		const { id } = (await response.json()) as { id: string };
		const done = await waitForBatch(id);
		expect(done.rows.map((r) => r.code)).toEqual([1, 2, 3, 4, 3]);

		const page = await newPage(browser, { acceptDownloads: true });
		await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
		await page.waitForURL('**/werkgever');
		await page.getByRole('link', { name: 'Uw lijsten bekijken' }).click();
		await page.waitForURL('**/werkgever/lijsten');
		await expectAccessible(page);
		const listed = page.getByRole('row').filter({ has: page.locator(`a[href$="${id}"]`) });
		const listedText = await listed.textContent();
		expect(listedText).toContain('Verwerkt');
		expect(listedText).toContain('1 geregistreerd');
		expect(listedText).toContain('2 niet gevonden in uw gebruikerslijst');
		expect(listedText).toMatch(/€\s?152,50/);

		await page.goto(`/werkgever/lijsten/${id}`);
		const labels = [
			[1, 'Code 1: Geregistreerd', 'Geregistreerd: de persoon kreeg een mail'],
			[2, 'Code 2: Niet nodig', 'heeft al een YOU-P-account'],
			[3, 'Code 3: Niet gevonden', 'staat niet in uw YOU-P-gebruikerslijst'],
			[4, 'Code 4: Gegevens niet juist', 'De postcode moet uit 4 cijfers bestaan']
		] as const;
		for (const [line, label, explanation] of labels) {
			const text = await resultLine(page, line).textContent();
			expect(text).toContain(label);
			expect(text).toContain(explanation);
		}
		await page
			.screenshot({ path: 'bench/out/e2e-results-page.png', fullPage: true })
			.catch(() => undefined);
		const hint = (await resultLine(page, 3).textContent()) ?? '';
		expect(hint).toContain('dezelfde geboortedatum');
		expect(hint).toContain('Segers, Lotte');
		await expectAccessible(page);

		// Filter per code works as a plain link.
		await page.getByRole('link', { name: /^Code 4: Gegevens niet juist \(1\)$/ }).click();
		await page.waitForURL('**?code=4');
		expect(await page.locator('table.lines tbody').count()).toBe(1);
		await page.goto(`/werkgever/lijsten/${id}`);

		// The .xlsx: five columns + code + explanation; the hostile name stays text.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Excel (.xlsx)' }).click()
		]);
		const book = XLSX.read(readFileSync((await download.path())!));
		const sheet = book.Sheets[book.SheetNames[0]!]!;
		const cells = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true });
		expect(cells[0]!.slice(0, 7)).toEqual(RESULTS_HEADER_NL.slice(0, 7));
		expect(cells.slice(1).map((r) => r[6])).toEqual([1, 2, 3, 4, 3]);
		expect(cells[4]![3]).toBe('12345');
		expect(cells[4]![8]).toContain('De postcode moet uit 4 cijfers bestaan');
		const hostile = sheet['B6']!;
		expect(hostile.t).toBe('s');
		expect(hostile.f).toBeUndefined();
		expect(hostile.v).toBe(`'${HOSTILE}`);

		// Correct line 3 (the hint's spelling) and line 4 (the postcode), then send.
		await page.getByRole('button', { name: 'Gegevens overnemen in regel 3' }).click();
		expect(await page.getByLabel('Voornaam, regel 3').inputValue()).toBe('Lotte');
		expect(await page.getByLabel('Geboortedatum, regel 3').inputValue()).toBe(LOTTE[2]);
		await page.getByLabel('Postcode, regel 4').fill('123');
		expect(await resultLine(page, 4).textContent()).toContain('De postcode moet uit 4 cijfers');
		await page.getByLabel('Postcode, regel 4').fill(JONAS[3]);
		await page.getByText('Gewijzigde regels: 2. Kostprijs: € 151,00 excl. btw.').waitFor();
		await page.getByRole('button', { name: 'Verbeteringen versturen' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('toestemming');
		await page.getByLabel('Mijn medewerkers gaven toestemming').check();
		await page.getByRole('button', { name: 'Verbeteringen versturen' }).click();
		await page.waitForURL((url) => !url.pathname.endsWith(id));
		const correctionId = new URL(page.url()).pathname.split('/').pop()!;
		const correction = await waitForBatch(correctionId);
		expect(correction.rows.map((r) => r.code)).toEqual([1, 1]);
		await page.reload();
		for (const line of [1, 2]) {
			expect(await resultLine(page, line).textContent()).toContain('Code 1: Geregistreerd');
		}
		const number = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
			/\D/g,
			''
		);
		await expectAccessible(page);

		await page.goto(`/werkgever/lijsten/${id}`);
		for (const line of [3, 4]) {
			expect(await resultLine(page, line).textContent()).toContain(`Verbeterd in lijst ${number}`);
		}
		// The line left alone can still be corrected later.
		expect(await page.getByLabel('Naam, regel 5', { exact: true }).inputValue()).toBe(HOSTILE);
		await page.context().close();
	});
});
