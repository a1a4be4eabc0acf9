import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin } from './backoffice-login';
import type { BrowserContextOptions } from 'playwright-core';
import { expectAccessible, launchBrowser, login, newPage as openPage } from './browser';

let browserRef: Browser;
/** A page whose waits fail after 30 s instead of hanging until the test times out. */
async function newPage(_browser: Browser, options: BrowserContextOptions = {}) {
	const page = await openPage(browserRef, options);
	page.setDefaultTimeout(30_000);
	return page;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const shots = process.env.E2E_SCREENSHOTS;
async function shot(page: Page, name: string) {
	if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Reads the newest dev-mailbox mail to `to` and returns the first link in it matching `pattern`. */
async function linkFromMail(page: Page, to: string, pattern: RegExp): Promise<string> {
	await page.goto('/dev/mailbox');
	const row = page.getByRole('row').filter({ hasText: to }).first();
	await row.getByRole('link').click();
	const text = (await page.locator('pre').textContent()) ?? '';
	const found = text.match(pattern);
	if (!found) throw new Error('no link in mail');
	return found[0];
}

async function providerLogin(page: Page, name: string) {
	await page.getByLabel('Gebruikersnaam test-eID').fill(name);
	await page.getByRole('button', { name: 'Inloggen bij test-eID' }).click();
}

// Password hashing (scrypt) under wrangler dev is slow: these flows log in several times.
describe('federated login (OpenID Connect) and several organisations', { timeout: 240_000 }, () => {
	let browser: Browser;
	const email = `beheer-${unique()}@e2e.example`;
	const password = 'e2e-mandate-password-1';
	const newOrg = `E2E Sociaal Secretariaat ${unique()}`;
	const eidUser = `hoog-${unique()}`;

	beforeAll(async () => {
		browser = await launchBrowser();
		browserRef = browser;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('gives a colleague a mandate; the colleague declares a second organisation; staff approve', async () => {
		const owner = await newPage(browser);
		await login(owner, 'werkgever@demo.test', 'demo-werkgever-2026');
		await owner.waitForURL('**/werkgever');
		await owner.getByRole('link', { name: 'Volmachten', exact: true }).click();
		await owner.waitForURL('**/werkgever/volmachten');
		await expectAccessible(owner);
		await owner.getByLabel('E-mailadres van uw collega').fill(email);
		await owner.getByLabel('Rol', { exact: true }).selectOption('beheerder');
		await owner.getByRole('button', { name: 'Uitnodigen' }).click();
		await owner.getByText('De uitnodiging is verstuurd.').waitFor();
		await shot(owner, 'volmachten');
		const link = await linkFromMail(owner, email, /http[^\s]+\/aanvaarden\/[\w-]+/);
		await owner.context().close();

		const colleague = await newPage(browser);
		await colleague.goto(link);
		await expectAccessible(colleague);
		await colleague.getByLabel('Uw naam').fill('Eva Externe');
		await colleague.getByLabel('Kies een wachtwoord').fill(password);
		await colleague.getByRole('button', { name: 'Login maken' }).click();
		await colleague.waitForURL('**/werkgever');
		await colleague.getByRole('link', { name: 'Mijn organisaties' }).click();
		await expectAccessible(colleague);
		await colleague.getByLabel('Werkgever nog niet in YOU-P (naam)').fill(newOrg);
		await colleague.getByRole('button', { name: 'Aanvraag versturen' }).click();
		await colleague.getByText('Uw aanvraag is verstuurd.', { exact: false }).waitFor();
		await shot(colleague, 'organisaties');
		// not reachable before approval: no switcher yet
		await colleague.goto('/werkgever');
		expect(await colleague.getByLabel('Organisatie', { exact: true }).count()).toBe(0);
		await colleague.context().close();

		const staff = await newPage(browser);
		await staffLogin(staff);
		await staff.waitForURL('**/beheer');
		await staff.goto('/beheer/aanvragen');
		await expectAccessible(staff);
		await shot(staff, 'aanvragen');
		const row = staff.getByRole('row').filter({ hasText: newOrg });
		await row.getByRole('button', { name: /Goedkeuren/ }).click();
		await staff.getByText('De aanvraag is goedgekeurd.').waitFor();
		await staff.context().close();
	});

	it('shows the federated login on /login and links an existing account after one password proof', async () => {
		// axe needs JavaScript in the page; the no-JS path of these forms is covered by the worker
		// tests, which post them as plain forms.
		const page = await newPage(browser);
		await page.goto('/login');
		await page.getByRole('link', { name: 'Aanmelden met eID / itsme' }).click();
		await page.waitForURL('**/login/federated');
		await expectAccessible(page);
		await shot(page, 'federated');
		await page.getByRole('link', { name: 'Verder naar eID / itsme', exact: true }).click();
		await page.waitForURL(/\/interaction\//);
		const authorize = page.url();
		expect(authorize).toContain('127.0.0.1');
		await providerLogin(page, eidUser);

		// not linked yet: prove the password once
		await page.getByRole('heading', { name: 'Eén keer bevestigen met uw wachtwoord' }).waitFor();
		await expectAccessible(page);
		await shot(page, 'federated-link');
		await page.getByLabel('E-mailadres').fill(email);
		await page.getByLabel('Wachtwoord').fill(password);
		await page.getByRole('button', { name: 'Aanmelden en koppelen' }).click();
		// password proved; once more through the provider (its session is still open) to link
		await page.getByRole('link', { name: 'Verder naar eID / itsme om te koppelen' }).click();
		await page.waitForURL('**/werkgever?gekoppeld=1');

		// two memberships: the organisation switcher
		const switcher = page.getByLabel('Organisatie', { exact: true });
		const options = await switcher.locator('option').allTextContents();
		expect(options).toContain('Demo Maatwerk vzw');
		expect(options).toContain(newOrg);
		await switcher.selectOption({ label: newOrg });
		await page.getByRole('button', { name: 'Wissel' }).click();
		await page.waitForURL('**/werkgever');
		expect(await page.getByText(`U beheert ${newOrg}`).count()).toBe(1);
		await expectAccessible(page);
		await shot(page, 'switcher');
		await page.context().close();
	});

	it('logs a linked person in through the provider alone', async () => {
		const page = await newPage(browser);
		await page.goto('/login/federated');
		await page.getByRole('link', { name: 'Verder naar eID / itsme', exact: true }).click();
		await page.waitForURL(/\/interaction\//);
		await providerLogin(page, eidUser);
		await page.waitForURL('**/werkgever');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Werkgever');
		await page.context().close();
	});

	it('refuses a login with a lower acr, with a clear message', async () => {
		const page = await newPage(browser);
		await page.goto('/login/federated');
		await page.getByRole('link', { name: 'Verder naar eID / itsme', exact: true }).click();
		await page.waitForURL(/\/interaction\//);
		await providerLogin(page, `laag-${unique()}`);
		await page.waitForURL('**/login/federated?error=acr_too_low');
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toContain('te laag beveiligingsniveau');
		await expectAccessible(page);
		await shot(page, 'acr');
		await page.goto('/werkgever');
		expect(page.url()).toContain('/login');
		await page.context().close();
	});
});
