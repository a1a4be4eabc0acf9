import type { Page } from 'playwright-core';
import { currentStep, totpAt } from '../fixtures/backoffice/totp';

export const DEMO_STAFF = {
	email: 'staff@demo.test',
	password: 'demo-staff-2026',
	totpSecret: 'YOUPDEMOSTAFFTOTPSECRET234567ABC'
};

/**
 * Staff login through the form: password, then the TOTP code computed here (RFC 6238 with
 * node:crypto). Codes are single-use and the e2e files share one server, so when a code was
 * already used the next step's code is tried (the app accepts one step ahead), else we wait.
 */
export async function staffLogin(page: Page) {
	await page.goto('/login');
	await page.getByLabel(/e-mailadres|adresse e-mail|e-mail address/i).fill(DEMO_STAFF.email);
	await page.getByLabel(/^(wachtwoord|mot de passe|password)$/i).fill(DEMO_STAFF.password);
	await page.getByRole('button', { name: /^(aanmelden|se connecter|log in)$/i }).click();
	await page.waitForURL('**/login/tweestaps');
	for (let attempt = 0; attempt < 4; attempt++) {
		const step = currentStep() + (attempt % 2);
		if (attempt === 2) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 100);
		await page.getByLabel(/^code$/i).fill(totpAt(DEMO_STAFF.totpSecret, step));
		await page.getByRole('button', { name: /^(bevestigen|confirmer|confirm)$/i }).click();
		const left = await page
			.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 5_000 })
			.then(() => true)
			.catch(() => false);
		if (left) return;
		if (await page.getByRole('link', { name: /opnieuw aan|reconnectez|log in again/i }).count())
			throw new Error('two-factor challenge ended');
	}
	throw new Error('no TOTP code accepted');
}
