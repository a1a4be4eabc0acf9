import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin } from './backoffice-login';
import { expectAccessible, launchBrowser, newPage } from './browser';

// A seeded demo employee (the pipeline that provisions code-1 lines is not in this branch, so the
// stand-in page's local-only "provision" form asks for the partner accounts instead).
const employee = { email: 'els.janssens@demo.test', password: 'demo-employee-3-2026' };

/** Logs in once the login page has hydrated (a field filled before hydration can be emptied). */
async function loginHydrated(page: Page, email: string, password: string) {
	await page.goto('/login');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Aanmelden' }).click();
}

async function provisionViaStandIn(page: Page, email: string) {
	await page.goto('/dev/partners');
	// let the page hydrate first, or hydration empties the field we just filled
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres van het account').fill(email);
	await page.getByRole('button', { name: 'Aanmaken bij de partners' }).click();
	await page.getByRole('status').waitFor();
}

describe('partner platforms', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('provisions through the real queue and hands the employee over to the partner', async () => {
		const page = await newPage(browser);
		await provisionViaStandIn(page, employee.email);
		await expectAccessible(page);

		// the you-p-partners queue delivers within seconds; the stand-in lists both calls
		await expect
			.poll(
				async () => {
					await page.goto('/dev/partners');
					return page.getByRole('row').filter({ hasText: 'provision' }).count();
				},
				{ timeout: 20_000, interval: 500 }
			)
			.toBeGreaterThanOrEqual(2);

		const employeePage = await newPage(browser);
		await loginHydrated(employeePage, employee.email, employee.password);
		await employeePage.waitForURL('**/mijn');
		await expect
			.poll(
				async () => {
					await employeePage.goto('/mijn/partner/benefits-at-work');
					return employeePage.getByRole('heading', { level: 1 }).textContent();
				},
				{ timeout: 15_000, interval: 500 }
			)
			.toBe('Welkom bij Benefits@Work');
		expect(employeePage.url()).toMatch(/\/dev\/partners\/benefits-at-work\/sso\?token=/);
		await expectAccessible(employeePage);

		// the token in that URL was used once; reloading it is refused
		const again = await employeePage.goto(employeePage.url());
		expect(again?.status()).toBe(401);

		await employeePage.goto('/mijn/partner/xtra-present');
		expect(await employeePage.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Welkom bij Xtra Present'
		);
		await employeePage.context().close();
		await page.context().close();
	});

	it('lets staff see the partner overview, and the stand-in be switched off without JavaScript', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await provisionViaStandIn(page, 'jan.peeters@demo.test');

		// (axe needs JavaScript in the page, so the staff view runs with it)
		const staff = await newPage(browser);
		await staffLogin(staff);
		await staff.waitForURL('**/beheer');
		await staff.goto('/beheer/partners');
		expect(await staff.getByRole('heading', { level: 1 }).textContent()).toBe('Partnerplatformen');
		await expect
			.poll(
				async () => {
					await staff.goto('/beheer/partners');
					return staff.getByRole('cell', { name: 'Benefits@Work' }).count();
				},
				{ timeout: 15_000, interval: 500 }
			)
			.toBeGreaterThan(0);
		await expectAccessible(staff);
		await staff.context().close();

		await page.goto('/dev/partners');
		await page.getByRole('button', { name: 'Laat Xtra Present falen' }).click();
		await page.getByRole('button', { name: 'Laat Xtra Present weer werken' }).waitFor();
		expect(await page.getByText('Status: plat (antwoordt 503)').count()).toBe(1);
		await page.getByRole('button', { name: 'Laat Xtra Present weer werken' }).click();
		await page.getByRole('button', { name: 'Laat Xtra Present falen' }).waitFor();
		await page.context().close();
	});
});
