import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, login, newPage } from './browser';
import { staffLogin } from './backoffice-login';

const OWNER = { email: 'werkgever@demo.test', password: 'demo-werkgever-2026' };

describe('back office and organisation switching (issue 18)', () => {
	let browser: Browser;
	let staff: Page;
	let otherName: string;
	let listId: string;
	beforeAll(async () => {
		browser = await launchBrowser();
		staff = await newPage(browser);
		await staffLogin(staff);
		// The demo owner also gets the role "lijsten" at a second employer.
		otherName = `Tweede E2E ${Date.now()}`;
		await staff.goto('/beheer/werkgevers');
		await staff.getByLabel('Naam').fill(otherName);
		await staff.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await staff.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		await staff.getByLabel('Naam', { exact: true }).last().fill('Wendy Werkgever');
		await staff.getByLabel('E-mailadres').fill(OWNER.email);
		await staff.getByLabel('Rol').selectOption('lijsten');
		await staff.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
		await staff.getByRole('status').waitFor();
		// a list of the demo organisation, so there is a list page to switch from
		const submitted = await fetch(`${baseUrl()}/api/v1/batches`, {
			method: 'POST',
			headers: {
				authorization: 'Bearer demo-employer-token',
				'content-type': 'application/json',
				'idempotency-key': `e2e-switch-${Date.now()}`
			},
			body: JSON.stringify({
				consent: true,
				rows: [
					{
						lastName: 'Maes',
						firstName: 'Luc',
						postcode: '8000',
						birthDate: '19/07/1968',
						email: `luc.switch.${Date.now()}@demo.test`
					}
				]
			})
		});
		expect(submitted.status).toBeLessThan(300);
		listId = ((await submitted.json()) as { id: string }).id;
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const javaScriptEnabled of [true, false])
		it(`switches from a list page to the other organisation's lists (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const page = await newPage(browser, { javaScriptEnabled });
			await login(page, OWNER.email, OWNER.password);
			await page.waitForURL('**/werkgever**');
			await page.goto(`/werkgever/lijsten/${listId}`);
			await page.getByLabel('Organisatie').selectOption({ label: otherName });
			await page.getByRole('button', { name: 'Wissel' }).click();
			await page.waitForURL((url) => url.pathname === '/werkgever/lijsten');
			expect(await page.getByText('Deze pagina bestaat niet').count()).toBe(0);
			// the employer bar is still there, on the other organisation
			const bar = page.getByRole('navigation', { name: 'Werkgevermenu' });
			expect(await bar.count()).toBeGreaterThan(0);
			expect(
				await page.getByLabel('Organisatie').evaluate((s) => {
					const select = s as unknown as HTMLSelectElement;
					return select.options[select.selectedIndex]!.text;
				})
			).toBe(otherName);
			// axe runs as page script, which a page without JavaScript does not run
			if (javaScriptEnabled) await expectAccessible(page);
			// and back: "volmachten" exists for the owner role in the demo organisation
			await page.goto('/werkgever/lijsten');
			await page.getByLabel('Organisatie').selectOption({ label: 'Demo Maatwerk vzw' });
			await page.getByRole('button', { name: 'Wissel' }).click();
			await page.waitForURL((url) => url.pathname === '/werkgever/lijsten');
			await page.screenshot({ path: `/tmp/bo-switch-js-${javaScriptEnabled}.png`, fullPage: true });
			await page.context().close();
		});

	it('shows the audit log as sentences, in nl and fr, on accessible pages', async () => {
		await staff.goto('/beheer/audit');
		await expectAccessible(staff);
		const body = await staff.locator('main').textContent();
		expect(body).not.toContain('[object Object]');
		expect(body).not.toMatch(/token:|roster\.import|employer\.create| UTC/);
		expect(body).toContain(`maakte werkgever ${otherName} aan.`);
		await staff.screenshot({ path: '/tmp/bo-audit-nl.png', fullPage: true });
		for (const path of ['/beheer/werkgevers', '/beheer/partners', '/beheer/accounts']) {
			await staff.goto(path);
			await expectAccessible(staff);
			await staff.screenshot({ path: `/tmp/bo-${path.split('/').pop()}-nl.png`, fullPage: true });
		}
		await staff.context().addCookies([{ name: 'lang', value: 'fr', url: staff.url() }]);
		await staff.goto('/beheer/audit');
		const fr = await staff.locator('main').textContent();
		expect(fr).toContain(`a créé l’employeur ${otherName}.`);
		await expectAccessible(staff);
		await staff.screenshot({ path: '/tmp/bo-audit-fr.png', fullPage: true });
		await staff.goto('/beheer/accounts');
		await staff.screenshot({ path: '/tmp/bo-accounts-fr.png', fullPage: true });
		await staff.context().clearCookies({ name: 'lang' });
	});
});
