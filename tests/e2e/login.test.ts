import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, login, newPage } from './browser';
import { staffLogin } from './backoffice-login';

describe('login', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('logs the demo employer in and shows the employer home', async () => {
		const page = await newPage(browser);
		await page.goto('/login');
		await expectAccessible(page);
		await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
		await page.waitForURL('**/werkgever');
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Werkgever');
		expect(await page.getByText('Demo Maatwerk vzw').count()).toBeGreaterThan(0);
		await expectAccessible(page);
		await page.context().close();
	});

	it('says clearly that the password is wrong, and keeps the e-mail', async () => {
		const page = await newPage(browser);
		await login(page, 'werkgever@demo.test', 'wrong-password');
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Het e-mailadres of het wachtwoord is niet juist.');
		expect(await page.getByLabel('E-mailadres').inputValue()).toBe('werkgever@demo.test');
		expect(page.url()).toMatch(/\/login$/);
		await page.context().close();
	});

	it('works without JavaScript for staff, in French', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, locale: 'fr-BE' });
		await staffLogin(page); // password, then the TOTP step
		await page.waitForURL('**/beheer');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gestion COLLECTIEF');
		await page.context().close();
	});
});
