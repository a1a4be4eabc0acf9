/**
 * The employer's home (issue 17, section 6) in Chromium as the demo employer: a list it just
 * sent shows up with its line waiting for correction and its person not signed in yet, each
 * linking to the list; in Dutch with JavaScript, in French without.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../src/lib/server/dev/demo-roster.js';
import {
	apiCall,
	baseUrl,
	completedBatch,
	expectAccessible,
	launchBrowser,
	login,
	newPage
} from './browser';
import { at } from '../must';

// DEMO_ROSTER 43 is this file's. Birth dates as typed (dd/mm/yyyy).
const person = (index: number) => {
	const [lastName, firstName, birthDate, postcode] = at(DEMO_ROSTER, index, 'the demo roster');
	return { lastName, firstName, birthDate: birthDate.split('-').reverse().join('/'), postcode };
};

describe('the employer home', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows the list to correct and the person not signed in, in nl and fr (no JS)', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const registered = person(43);
		const response = await apiCall('demo-employer-token', '/batches', {
			method: 'POST',
			body: JSON.stringify({
				consent: true,
				rows: [
					{ ...registered, email: `home-a-${tag}@demo.test` },
					{
						lastName: 'Onbekend',
						firstName: 'Nina',
						birthDate: '02/03/1990',
						postcode: '12',
						email: `home-b-${tag}@demo.test`
					}
				]
			})
		});
		expect(response.status).toBe(202);
		const { id } = (await response.json()) as { id: string };
		const done = await completedBatch('demo-employer-token', id);
		expect(done.rows.map((r) => r.code)).toEqual([1, 4]);

		const page = await newPage(browser);
		await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
		await page.waitForURL('**/werkgever');
		const link = (section: string) =>
			page.getByTestId(section).locator(`a[href="/werkgever/lijsten/${id}"]`);
		await expect.poll(() => link('home-corrections').textContent()).toMatch(/1 regel wacht/);
		expect(await page.getByTestId('home-corrections').textContent()).toMatch(
			/over (29|30) dagen gewist/
		);
		expect(await link('home-signin').textContent()).toMatch(
			/1 persoon heeft zich nog niet aangemeld/
		);
		expect(await page.getByTestId('home-signin').textContent()).toContain(registered.firstName);
		expect(await page.getByTestId('home-costs').textContent()).toMatch(
			/€\s?[\d.]+,\d\d excl\. btw/
		);
		await expectAccessible(page);
		await page
			.screenshot({ path: 'bench/out/e2e-employer-home-nl.png', fullPage: true })
			.catch(() => undefined);
		// A new start password, free: the button of that person.
		await page
			.getByRole('button', {
				name: `Stuur ${registered.firstName} ${registered.lastName} een nieuw startwachtwoord (gratis)`
			})
			.click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toContain('Het nieuwe startwachtwoord is verstuurd.');
		await link('home-corrections').click();
		await page.waitForURL(`**/werkgever/lijsten/${id}`);
		await page.context().close();

		const fr = await newPage(browser, { javaScriptEnabled: false, locale: 'fr-BE' });
		await fr.context().addCookies([{ name: 'lang', value: 'fr', url: baseUrl() }]);
		await login(fr, 'werkgever@demo.test', 'demo-werkgever-2026');
		await fr.waitForURL('**/werkgever');
		expect(await fr.locator('html').getAttribute('lang')).toBe('fr');
		const corrections = fr.getByTestId('home-corrections');
		expect(await corrections.textContent()).toMatch(/1 ligne attend une correction/);
		expect(await fr.getByTestId('home-signin').textContent()).toMatch(
			/1 personne ne s’est pas encore connectée/
		);
		expect(await fr.getByTestId('home-costs').textContent()).toMatch(/hors TVA/);
		// (axe needs JavaScript: the Dutch page above was checked, the same markup.)
		await fr
			.screenshot({ path: 'bench/out/e2e-employer-home-fr.png', fullPage: true })
			.catch(() => undefined);
		await fr.context().close();
	});
});
