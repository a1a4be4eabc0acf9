import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, login, newPage, sessionCookie } from './browser';
import { openMail, randomEmail, ROSTER } from './employee-helpers';
import { must } from '../must';

// Needs the processing pipeline (POST /api/v1/batches and the credential mail).

async function submitOneLine(email: string) {
	const api = (path: string, init: RequestInit = {}) =>
		fetch(`${baseUrl()}${path}`, {
			...init,
			headers: {
				authorization: 'Bearer demo-employer-token',
				'content-type': 'application/json',
				...(init.headers ?? {})
			}
		});
	const person = ROSTER[30];
	const created = await api('/api/v1/batches', {
		method: 'POST',
		body: JSON.stringify({ consent: true, rows: [{ ...person, email }] })
	});
	expect(created.status).toBeLessThan(300);
	const body = (await created.json()) as { id?: string; batch?: { id: string } };
	const id = body.id ?? body.batch?.id;
	expect(id).toBeTruthy();
	await expect
		.poll(
			async () => {
				const status = (await (await api(`/api/v1/batches/${id}`)).json()) as {
					status?: string;
					batch?: { status: string };
				};
				return status.status ?? status.batch?.status;
			},
			{ timeout: 30_000, interval: 500 }
		)
		.toBe('completed');
}

/** The start password in the credential mail, as shown: three groups of four, spaced. */
function startPasswordIn(mail: string): string {
	const match = /\b([A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4})\b/.exec(mail);
	return must(match?.[1], 'a start password in the mail');
}

describe('employee: first login with a mailed start password', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('forces a new password, then the start password no longer works', async () => {
		const email = randomEmail('start');
		await submitOneLine(email);
		const page = await newPage(browser);
		const startPassword = startPasswordIn(await openMail(page, email));

		await login(page, email, startPassword);
		await page.waitForURL('**/wachtwoord-wijzigen');
		expect(await page.getByText('startwachtwoord').count()).toBeGreaterThan(0);
		await expectAccessible(page);

		// Nothing else is reachable before the change.
		await page.goto('/mijn');
		await page.waitForURL('**/wachtwoord-wijzigen');
		await page.goto('/werkgever');
		await page.waitForURL('**/wachtwoord-wijzigen');

		const chosen = 'de zon schijnt op het dak';
		await page.getByLabel('Nieuw wachtwoord').fill(chosen);
		await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
		await page.waitForURL('**/mijn?gewijzigd');
		expect(await page.getByText('U hebt toegang tot YOU-P.').count()).toBe(1);
		await page.getByRole('main').getByRole('button', { name: 'Afmelden', exact: true }).click();
		await page.waitForURL('**/login');

		await login(page, email, startPassword);
		expect(await page.getByRole('alert').textContent()).toContain('niet juist');

		await login(page, email, chosen, true);
		await page.waitForURL('**/mijn');
		const cookie = await sessionCookie(page);
		expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
		expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(30 * 86_400 - 120);
		await page.context().close();
	});
});
