import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, newPage } from './browser';
import {
	expectAccessibleAsServed,
	fillRegistration,
	linkIn,
	openMail,
	randomEmail,
	ROSTER
} from './employee-helpers';

async function heading(page: Page) {
	return page.getByRole('heading', { level: 1 }).textContent();
}

describe('employee pages without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it(
		'register, choose a password, change it, forget it and reset it — all without JavaScript',
		{ timeout: 180_000 },
		async () => {
			const page = await newPage(browser, { javaScriptEnabled: false });
			const email = randomEmail('nojs');
			const first = 'de trein naar Gent is laat';
			const second = 'appels en peren in de mand';
			const third = 'een wolk boven het veld';

			await page.goto('/login');
			await expectAccessibleAsServed(browser, page);
			// No toggle without JavaScript: it would do nothing.
			expect(await page.getByLabel('Toon wachtwoord').count()).toBe(0);

			await page.goto('/registreer');
			await page.getByRole('button', { name: 'Verder' }).click();
			await page.waitForURL('**/registreer');
			expect(await page.getByRole('alert').textContent()).toContain('Er is iets niet juist');
			expect(await page.getByText('Kies uw werkgever in de lijst.').count()).toBe(1);
			await expectAccessibleAsServed(browser, page);
			await fillRegistration(page, ROSTER[32], email);
			await page.waitForURL('**/registreer?verstuurd');
			await expectAccessibleAsServed(browser, page);

			await page.goto(linkIn(await openMail(page, email), '/registreer/bevestigen'));
			await expectAccessibleAsServed(browser, page);
			await page.getByLabel('Nieuw wachtwoord').fill('wachtwoord123');
			await page.getByRole('button', { name: 'Account maken' }).click();
			expect(await page.getByText('Veel mensen gebruiken dit wachtwoord').count()).toBe(1);
			await expectAccessibleAsServed(browser, page);
			await page.getByLabel('Nieuw wachtwoord').fill(first);
			await page.getByRole('button', { name: 'Account maken' }).click();
			await page.waitForURL('**/mijn?welkom');
			await expectAccessibleAsServed(browser, page);

			// Choose a language: saved on the account and in the cookie.
			await page.getByRole('radio', { name: 'Français' }).check();
			await page.getByRole('button', { name: 'Taal opslaan' }).click();
			await page.waitForURL('**/mijn?taal');
			expect(await heading(page)).toBe('Mon YOU-P');
			await page.getByRole('radio', { name: 'Nederlands' }).check();
			await page.getByRole('button', { name: 'Enregistrer la langue' }).click();
			await page.waitForURL('**/mijn?taal');

			// Change the password (current one needed).
			await page.getByRole('link', { name: 'Wachtwoord veranderen' }).click();
			await page.waitForURL('**/wachtwoord-wijzigen');
			await expectAccessibleAsServed(browser, page);
			await page.getByLabel('Huidig wachtwoord').fill('not my password');
			await page.getByLabel('Nieuw wachtwoord').fill(second);
			await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
			expect(await page.getByText('Uw huidige wachtwoord is niet juist.').count()).toBe(1);
			await page.getByLabel('Huidig wachtwoord').fill(first);
			await page.getByLabel('Nieuw wachtwoord').fill(second);
			await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
			await page.waitForURL('**/mijn?gewijzigd');
			expect(await page.getByRole('status').textContent()).toContain('nieuwe wachtwoord');
			await page.getByRole('main').getByRole('button', { name: 'Afmelden', exact: true }).click();
			await page.waitForURL('**/login');

			// Forgot it: the reset link works once.
			await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
			await page.waitForURL('**/wachtwoord-vergeten');
			await expectAccessibleAsServed(browser, page);
			await page.getByLabel('E-mailadres').fill(email);
			await page.getByRole('button', { name: 'Stuur mij een link' }).click();
			await page.waitForURL('**/wachtwoord-vergeten?verstuurd');
			await expectAccessibleAsServed(browser, page);
			const reset = linkIn(await openMail(page, email), '/wachtwoord-herstellen');
			await page.goto(reset);
			await expectAccessibleAsServed(browser, page);
			await page.getByLabel('Nieuw wachtwoord').fill(third);
			await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
			await page.waitForURL('**/login?hersteld');
			await page.goto(reset);
			expect(await page.getByRole('alert').textContent()).toContain('Deze link werkt niet meer');
			await expectAccessibleAsServed(browser, page);

			await login(page, email, second);
			expect(await page.getByRole('alert').textContent()).toContain('niet juist');
			await expectAccessibleAsServed(browser, page);
			await login(page, email, third);
			await page.waitForURL('**/mijn');
			await page.context().close();
		}
	);
});
