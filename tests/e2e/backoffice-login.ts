import type { Page } from 'playwright-core';
import { currentStep, totpAt } from '../fixtures/backoffice/totp';
import { login } from './browser';

export const DEMO_STAFF = {
	email: 'staff@demo.test',
	password: 'demo-staff-2026',
	totpSecret: 'YOUPDEMOSTAFFTOTPSECRET234567ABC'
};

/**
 * Moves the server's clock (POST /dev/clock) to the start of the next time step and returns it,
 * so the code of that step was never used before: codes are single-use, and we never wait.
 */
async function nextStep(page: Page): Promise<number> {
	const answer = await page.request.get('/dev/clock');
	const { now } = (await answer.json()) as { now: string };
	const step = currentStep(Date.parse(now)) + 1;
	await page.request.post('/dev/clock', {
		data: { at: new Date(step * 30_000 + 1_000).toISOString() }
	});
	return step;
}

/**
 * Staff login through the form: password, then the TOTP code computed here (RFC 6238 with
 * node:crypto) for a step the server's clock was just moved to.
 */
export async function staffLogin(page: Page) {
	await login(page, DEMO_STAFF.email, DEMO_STAFF.password);
	await page.waitForURL('**/login/tweestaps');
	const step = await nextStep(page);
	await page.getByLabel(/^code$/i).fill(totpAt(DEMO_STAFF.totpSecret, step));
	await page.getByRole('button', { name: /^(bevestigen|confirmer|confirm)$/i }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 10_000 });
}
