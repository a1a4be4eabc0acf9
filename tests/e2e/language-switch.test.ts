import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './browser';

/** The language menu of the site header. */
const menu = (page: Page) => page.getByRole('combobox', { name: /^(taal|langue|language)$/i });
const chooseButton = (page: Page) =>
	page.getByRole('button', { name: /^(kies taal|choisir la langue|choose language)$/i });
const lang = (page: Page) => page.locator('html').getAttribute('lang');

// That `next` never leaves the site is tested for /taal in tests/worker/auth-next.test.ts.
describe('language switch', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('with JavaScript, switches on choosing, on the same page with its query string', async () => {
		const page = await newPage(browser);
		const path = '/login?next=%2Fwerkgever%2Flijsten%3Fpage%3D2&x=%C3%A9t%C3%A9';
		await page.goto(path);
		// The page is hydrated once the button is gone: choosing is enough from then on.
		await expect.poll(() => chooseButton(page).count()).toBe(0);
		expect(await lang(page)).toBe('nl');

		await menu(page).selectOption('fr');
		await expect.poll(() => lang(page)).toBe('fr');
		const url = new URL(page.url());
		expect(url.pathname + url.search).toBe(path);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Se connecter');
		expect(await menu(page).inputValue()).toBe('fr');

		await menu(page).selectOption('en');
		await expect.poll(() => lang(page)).toBe('en');
		expect(new URL(page.url()).search).toBe(new URL(path, 'http://x').search);

		// The language sticks: the next page comes in English too, and the login's `next` still works.
		await page.getByLabel('E-mail address').fill('werkgever@demo.test');
		await page.getByLabel(/^password$/i).fill('demo-werkgever-2026');
		await page.getByRole('button', { name: /^log in$/i }).click();
		await page.waitForURL('**/werkgever/lijsten?page=2');
		expect(await lang(page)).toBe('en');
		await menu(page).selectOption('nl');
		await expect.poll(() => lang(page)).toBe('nl');
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
			'/werkgever/lijsten?page=2'
		);
		await page.context().close();
	});

	it('without JavaScript, the "choose" button does it, keeping page and query string', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		const path = '/wachtwoord-vergeten?from=login&q=a%20b';
		await page.goto(path);
		expect(await lang(page)).toBe('nl');
		await menu(page).selectOption('fr');
		// Nothing happens on choosing alone without JavaScript…
		expect(await lang(page)).toBe('nl');
		// …the button sends the form.
		await chooseButton(page).click();
		await expect.poll(() => lang(page)).toBe('fr');
		const url = new URL(page.url());
		expect(url.pathname + url.search).toBe(path);
		expect(await chooseButton(page).textContent()).toBe('Choisir la langue');
		await page.context().close();
	});
});
