import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

let visitors = 0;

/**
 * The address a browser context comes from, as Cloudflare tells the worker (`cf-connecting-ip`;
 * local workerd sets none). Each context is another visitor: without it every page of the whole
 * suite would share one address, and the per-IP throttles (failed passwords, employer searches,
 * self-registrations) would refuse later files for what earlier ones did.
 */
export const visitorAddress = () => `198.51.100.${(visitors++ % 250) + 1}`;

export async function newPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const context = await browser.newContext({
		baseURL: baseUrl(),
		locale: 'nl-BE',
		...options,
		extraHTTPHeaders: { 'cf-connecting-ip': visitorAddress(), ...options.extraHTTPHeaders }
	});
	return context.newPage();
}

export async function login(page: Page, email: string, password: string, remember = false) {
	await page.goto('/login');
	await page.getByLabel(/e-mailadres|adresse e-mail|e-mail address/i).fill(email);
	await page.getByLabel(/^(wachtwoord|mot de passe|password)$/i).fill(password);
	if (remember) await page.getByLabel(/aangemeld blijven|rester connecté|stay signed in/i).check();
	await page.getByRole('button', { name: /^(aanmelden|se connecter|log in)$/i }).click();
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** Runs axe-core (WCAG 2.1 A/AA rules) on the current page and fails on any violation. */
export async function expectAccessible(page: Page) {
	// evaluate() runs outside the page's CSP, which (rightly) forbids injected script tags.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	});
	expect(violations).toEqual([]);
}

/** A JSON call to the API of the e2e server with a bearer token. */
export function apiCall(token: string, path: string, init: RequestInit = {}): Promise<Response> {
	return fetch(`${baseUrl()}/api/v1${path}`, {
		...init,
		headers: {
			authorization: `Bearer ${token}`,
			'content-type': 'application/json',
			...init.headers
		}
	});
}

/** Records every JavaScript dialog the page opens (and dismisses it), for tests that expect none. */
export function recordDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

/**
 * The app's session cookie name (SESSION_COOKIE in src/lib/server/auth, which e2e cannot import:
 * it runs in node, outside the app; the worker suite checks the name there).
 */
export const SESSION_COOKIE = '__Host-youp.session';

/** The session cookie the browser holds for the app, if any. */
export async function sessionCookie(page: Page) {
	return (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
}

/**
 * Polls `condition` until it returns a value other than undefined/null/false, and returns it: a
 * wait on a fact (a list completed, a mail arrived), never a fixed time.
 */
export async function waitFor<T>(
	condition: () => Promise<T | undefined | null | false>,
	what: string,
	{ timeoutMs = 30_000, intervalMs = 150 } = {}
): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await condition();
		if (value !== undefined && value !== null && value !== false) return value;
		if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

export type BatchBody = { id: string; status: string; rows: { line: number; code: number }[] };

/** GET /api/v1/batches/{id} until the list is completed; its body. */
export function completedBatch(token: string, id: string, timeoutMs = 30_000) {
	return waitFor(
		async () => {
			const body = (await (await apiCall(token, `/batches/${id}`)).json()) as BatchBody;
			return body.status === 'completed' && body;
		},
		'the list completed',
		{ timeoutMs }
	);
}

/** The rows of line `n` in a results table (its fields, then its explanation). */
export const resultLine = (page: Page, n: number) =>
	page.locator('table.lines tbody').filter({ has: page.locator(`th:text-is("${n}")`) });
