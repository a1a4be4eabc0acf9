import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../src/lib/server/dev/demo-roster.js';
import { baseUrl, expectAccessible, launchBrowser, newPage } from './browser';
import { cell, flaggedCells, openEditor, pasteIntoGrid, poll, totals } from './grid-helpers';

/**
 * A list with a language column (Taal) from the grid: each person's start-password mail is in
 * the language of their line; without one it is in the employer's language (nl) with the other
 * languages below. The mails are looked at in Chromium (screenshots in bench/out/), the link in
 * the mail opens the sign-in page with the address filled in, and the password as shown (with
 * its spaces) signs in. DEMO_ROSTER people 10–14 are this file's.
 */
const tag = Math.random().toString(36).slice(2, 8);
const PEOPLE = DEMO_ROSTER.slice(10, 15).map(([lastName, firstName, birthDate, postcode], i) => ({
	lastName,
	firstName,
	postcode,
	birthDate: birthDate.split('-').reverse().join('/'),
	email: `lang${i}-${tag}@e2e.test`,
	language: ['Nederlands', 'fr', 'EN', 'Deutsch', ''][i]!
}));
const SHOTS = 'bench/out';

/** The dev mailbox's page of the newest mail to `to` (polling: mail goes out after processing). */
async function openMail(page: Page, to: string): Promise<{ subject: string; text: string }> {
	const row = () => page.getByRole('row', { name: new RegExp(to.replace(/[.+]/g, '\\$&')) });
	await expect
		.poll(
			async () => {
				await page.goto('/dev/mailbox');
				return row().count();
			},
			{ timeout: 60_000, interval: 1_000 }
		)
		.toBeGreaterThan(0);
	const subject = (await row().first().getByRole('cell').nth(1).textContent()) ?? '';
	await row().first().getByRole('link').first().click();
	await page.getByRole('heading', { level: 1 }).waitFor();
	return { subject, text: (await page.locator('pre').textContent()) ?? '' };
}

/** The HTML part as the mailbox serves it, in its own tab: screenshot, then the page. */
async function viewHtml(page: Page, name: string): Promise<Page> {
	const href = await page.getByRole('link', { name: /HTML/ }).getAttribute('href');
	const html = await newPage(page.context().browser()!, { viewport: { width: 700, height: 900 } });
	await html.goto(href!);
	await html.screenshot({ path: `${SHOTS}/mail-${name}.png`, fullPage: true });
	return html;
}

describe('credential mails in the language of each line', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('a grid list with a Taal column mails each person in their language', async () => {
		const page = await openEditor(browser);
		const header = 'Naam\tVoornaam\tPostcode\tGeboortedatum\tE-mail\tTaal';
		const lines = PEOPLE.map((p) =>
			[p.lastName, p.firstName, p.postcode, p.birthDate, p.email, p.language].join('\t')
		);
		// A sixth line with a language we do not know: flagged on its language cell, then fixed.
		const stranger = `Nobody${tag}\tNot\t1000\t01/01/1980\tnobody-${tag}@e2e.test\tKlingon`;
		await pasteIntoGrid(page, [header, ...lines, stranger].join('\n'));
		await poll(() => totals(page)).toBe('6 regels, 5 klaar, 1 met problemen');
		expect(await page.getByLabel('Kolom 6: “Taal”').inputValue()).toBe('language');
		expect(await flaggedCells(page)).toEqual(['5:5']);
		expect(await cell(page, 5, 5).getAttribute('title')).toBe(
			'Deze taal kennen we niet. Schrijf nl, fr, en of de (of leeg: dan de taal van uw organisatie).'
		);
		await page.screenshot({ path: `${SHOTS}/grid-language-column.png`, fullPage: true });
		await expectAccessible(page);
		// Remove the stranger's language: an empty cell is no language.
		await cell(page, 5, 5).click();
		await page.keyboard.press('Delete');
		await poll(() => totals(page)).toBe('6 regels, 6 klaar, 0 met problemen');

		await page
			.getByLabel('Mijn medewerkers gaven toestemming om hun e-mailadres door te geven')
			.check();
		await page.getByRole('button', { name: 'Lijst versturen' }).click();
		await page.waitForURL(/\/werkgever\/lijsten\/[^/]+$/);

		const mailbox = await newPage(browser, { viewport: { width: 1000, height: 900 } });
		const expected = [
			['nl', 'Uw toegang tot YOU-P', 'Beste'],
			['fr', 'Votre accès à YOU-P', 'Bonjour'],
			['en', 'Your access to YOU-P', 'Hello'],
			['de', 'Ihr Zugang zu YOU-P', 'Guten Tag']
		] as const;
		for (const [i, [language, subject, hello]] of expected.entries()) {
			const person = PEOPLE[i]!;
			const mail = await openMail(mailbox, person.email);
			expect(mail.subject).toBe(subject);
			expect(mail.text.startsWith(`${hello} ${person.firstName},`)).toBe(true);
			await mailbox.screenshot({ path: `${SHOTS}/mail-${language}-text.png`, fullPage: true });
			const html = await viewHtml(mailbox, language);
			expect(await html.locator('html').getAttribute('lang')).toBe(language);
			expect(await html.getByRole('listitem').count()).toBe(4);
			await html.context().close();
		}

		// No language on the line: the employer's (nl) first, a pointer line per other language.
		const none = PEOPLE[4]!;
		const mail = await openMail(mailbox, none.email);
		expect(mail.subject).toBe(
			'Uw toegang tot YOU-P / Votre accès à YOU-P / Your access to YOU-P / Ihr Zugang zu YOU-P'
		);
		expect(mail.text.split('\n').slice(0, 3)).toEqual([
			'Cet e-mail explique comment vous connecter à YOU-P — français plus bas',
			'This e-mail explains how to sign in to YOU-P — English below',
			'Diese E-Mail erklärt, wie Sie sich bei YOU-P anmelden — Deutsch weiter unten'
		]);
		await mailbox.screenshot({ path: `${SHOTS}/mail-multi-text.png`, fullPage: true });
		const password = /\b([A-HJ-NP-Z2-9]{4} [A-HJ-NP-Z2-9]{4} [A-HJ-NP-Z2-9]{4})\b/.exec(
			mail.text
		)?.[1];
		expect(password).toBeDefined();
		const html = await viewHtml(mailbox, 'multi');
		// The pointer to the English part jumps to it.
		await html
			.getByRole('link', { name: 'This e-mail explains how to sign in to YOU-P — English below' })
			.click();
		expect(new URL(html.url()).hash).toBe('#mail-en');
		// The button opens the sign-in page with the address filled in (from the fragment).
		const button = html.getByRole('link', { name: 'Aanmelden bij YOU-P' });
		const href = (await button.getAttribute('href'))!;
		expect(href).toBe(`${baseUrl()}/login#email=${encodeURIComponent(none.email)}`);
		await html.context().close();

		const person = await newPage(browser, { viewport: { width: 1000, height: 800 } });
		await person.goto(href);
		await poll(() => person.getByLabel('E-mailadres').inputValue()).toBe(none.email);
		// The address leaves the address bar once it is in the field.
		await poll(() => new URL(person.url()).hash).toBe('');
		await person.screenshot({ path: `${SHOTS}/login-prefilled.png` });
		// The password exactly as the mail shows it, spaces and all.
		await person.getByLabel('Wachtwoord', { exact: true }).fill(password!);
		await person.getByRole('button', { name: 'Aanmelden' }).click();
		await person.waitForURL('**/wachtwoord-wijzigen');
		await person.context().close();
		await mailbox.context().close();
		await page.context().close();
	});
});
