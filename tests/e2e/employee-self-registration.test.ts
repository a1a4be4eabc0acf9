import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, login, newPage, sessionCookie } from './browser';
import { fillRegistration, linkIn, openMail, randomEmail, ROSTER } from './employee-helpers';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

describe('employee: self-registration, stay signed in, log out everywhere', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('registers through the confirmation mail, then logs in for 30 days', async () => {
		const email = randomEmail('zelf');
		const password = 'mijn hond heet Max en is bruin';
		const page = await newPage(browser);

		await page.goto('/login');
		await page.getByRole('link', { name: /Registreer u hier/ }).click();
		await page.waitForURL('**/registreer');
		await expectAccessible(page);
		await fillRegistration(page, ROSTER[31], email);
		await page.waitForURL('**/registreer?verstuurd');
		expect(await page.getByRole('status').textContent()).toContain('Kijk nu in uw mailbox');
		await expectAccessible(page);

		const mail = await openMail(page, email);
		expect(mail).toContain('bevestig');
		await page.goto(linkIn(mail, '/registreer/bevestigen'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uw account maken');
		expect(await page.getByText(`Welkom, ${ROSTER[31].firstName}.`).count()).toBe(1);

		// Live hint (JavaScript): a common password is called out before sending.
		const field = page.getByLabel('Nieuw wachtwoord');
		await field.fill('password123');
		await expect.poll(() => page.getByText('Veel mensen gebruiken dit wachtwoord').count()).toBe(1);
		await field.fill(password);
		await expect.poll(() => page.getByText('Sterkte: sterk.').count()).toBe(1);
		// Show/hide toggle.
		expect(await field.getAttribute('type')).toBe('password');
		await page.getByLabel('Toon wachtwoord').check();
		expect(await field.getAttribute('type')).toBe('text');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Account maken' }).click();

		await page.waitForURL('**/mijn?welkom');
		expect(await page.getByText('U hebt toegang tot YOU-P.').count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Naar Benefits@Work' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Naar Xtra Present' }).count()).toBe(1);
		expect(await page.getByText('Demo Maatwerk vzw').count()).toBe(1);
		expect(await page.getByText(email).count()).toBe(1);
		await expectAccessible(page);

		// Without "stay signed in": the session cookie ends with the browser.
		let cookie = await sessionCookie(page);
		expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
		expect(cookie!.expires).toBe(-1);

		await page.getByRole('main').getByRole('button', { name: 'Afmelden', exact: true }).click();
		await page.waitForURL('**/login');
		expect(await sessionCookie(page)).toBeUndefined();

		// With "stay signed in": 30 days, __Host- prefixed, HttpOnly, Secure, SameSite=Lax.
		await login(page, email, password, true);
		await page.waitForURL('**/mijn');
		cookie = await sessionCookie(page);
		expect(cookie).toMatchObject({
			httpOnly: true,
			secure: true,
			sameSite: 'Lax',
			path: '/',
			domain: '127.0.0.1'
		});
		const lifetime = cookie!.expires - Date.now() / 1000;
		expect(lifetime).toBeGreaterThan(THIRTY_DAYS - 120);
		expect(lifetime).toBeLessThanOrEqual(THIRTY_DAYS + 5);

		// A second device, then "log out everywhere" from the first: both are logged out.
		const other = await newPage(browser);
		await login(other, email, password);
		await other.waitForURL('**/mijn');
		await page.getByRole('button', { name: 'Overal afmelden' }).click();
		await page.waitForURL('**/login');
		await other.goto('/mijn');
		await other.waitForURL('**/login?next=%2Fmijn');
		await other.context().close();
		await page.context().close();
	});

	it('treats "no match" and "already registered" alike, and the mail says to ask the employer', async () => {
		const page = await newPage(browser);
		const emails = [randomEmail('geen'), randomEmail('al')] as const;
		await page.goto('/registreer');
		await fillRegistration(
			page,
			{ lastName: 'Onbekend', firstName: 'Iemand', birthDate: '01/01/1980', postcode: '9000' },
			emails[0]
		);
		await page.waitForURL('**/registreer?verstuurd');
		const first = await page.getByRole('main').textContent();
		await page.goto('/registreer');
		// Roster row 0 already has an account (seeded).
		await fillRegistration(
			page,
			{
				lastName: 'Van den Bossche',
				firstName: 'Marie',
				birthDate: '12/04/1986',
				postcode: '9000'
			},
			emails[1]
		);
		await page.waitForURL('**/registreer?verstuurd');
		expect(await page.getByRole('main').textContent()).toBe(first);
		const [none, already] = [await openMail(page, emails[0]), await openMail(page, emails[1])];
		expect(none).toContain('Vraag aan uw werkgever');
		expect(already).toBe(none);
		await page.context().close();
	});
});
