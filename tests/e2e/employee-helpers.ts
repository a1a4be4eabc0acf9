import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser';

/** The demo roster (src/lib/server/dev/seed.ts); employee e2e files use rows 30–39. */
export const ROSTER = {
	30: { lastName: 'Vermeulen', firstName: 'Sarah', birthDate: '03/03/1997', postcode: '2000' },
	31: { lastName: 'Pauwels', firstName: 'Ann-Sophie', birthDate: '20/05/1990', postcode: '2200' },
	32: { lastName: 'Cools', firstName: 'Wim', birthDate: '11/06/1981', postcode: '2400' },
	33: { lastName: 'Michiels', firstName: 'Eline', birthDate: '29/07/1998', postcode: '3200' }
} as const;

export const randomEmail = (label: string) =>
	`${label}-${Math.random().toString(36).slice(2, 10)}@e2e.test`;

/** Opens the newest mail to `to` in the dev mailbox (polling: mail goes out after the answer). */
export async function openMail(page: Page, to: string): Promise<string> {
	await expect
		.poll(
			async () => {
				await page.goto('/dev/mailbox');
				return page.getByRole('row', { name: new RegExp(to.replace(/[.+]/g, '\\$&')) }).count();
			},
			{ timeout: 20_000, interval: 500 }
		)
		.toBeGreaterThan(0);
	await page
		.getByRole('row', { name: new RegExp(to.replace(/[.+]/g, '\\$&')) })
		.first()
		.getByRole('link')
		.click();
	return (await page.locator('pre').textContent()) ?? '';
}

/** The first link to `path` in a mail's text, as a path relative to the server. */
export function linkIn(text: string, path: string): string {
	const match = new RegExp(
		`https?://\\S+${path.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_-]+`
	).exec(text);
	if (!match) throw new Error(`no ${path} link in the mail`);
	const url = new URL(match[0]);
	return `${url.pathname}${url.search}`;
}

/** Searches the employer on /registreer (Dutch labels) and waits for it among the choices. */
export async function findEmployer(page: Page, search: string, name: string) {
	await page.getByLabel('Zoek uw werkgever').fill(search);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.getByRole('radio', { name }).waitFor();
}

/** Fills /registreer (labels in Dutch) for one person: the demo employer first, then the person. */
export async function fillRegistration(
	page: Page,
	person: { lastName: string; firstName: string; birthDate: string; postcode: string },
	email: string
) {
	await findEmployer(page, 'Demo Maat', 'Demo Maatwerk vzw');
	await page.getByLabel('Naam (familienaam)').fill(person.lastName);
	await page.getByLabel('Voornaam').fill(person.firstName);
	await page.getByLabel('Postcode').fill(person.postcode);
	await page.getByLabel('Geboortedatum').fill(person.birthDate);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('radio', { name: 'Demo Maatwerk vzw' }).check();
	await page.getByRole('button', { name: 'Verder' }).click();
}

/**
 * axe-core for a page opened with JavaScript disabled (where page.evaluate cannot run): the
 * very HTML the server sent, scripts removed, is served again at the same address to a
 * JavaScript-enabled page (so the stylesheets load) and checked there.
 */
export async function expectAccessibleAsServed(browser: Browser, page: Page) {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const url = page.url();
	const context = await browser.newContext({ locale: 'nl-BE' });
	const copy = await context.newPage();
	await copy.route(
		(address) => address.href === url,
		(route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
	);
	await copy.goto(url);
	await expectAccessible(copy);
	await context.close();
}
