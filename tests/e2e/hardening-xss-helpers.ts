import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, newPage, recordDialogs } from './browser';

/**
 * Hostile strings for every free-text field. Each one, rendered as markup instead of text, either
 * bumps `window.__xss`, adds an element with id "injected", an inline event handler, a script, an
 * iframe or a javascript: link, which `expectNoInjection` looks for.
 */
export const XSS = {
	img: '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
	svg: '<svg onload="window.__xss=(window.__xss||0)+1">',
	script: '"><script>window.__xss=1</script>',
	js: 'javascript:window.__xss=1//',
	template: '{{7*7}} ${7*7} #{7*7}',
	textarea: '</textarea><b id=injected>t</b>',
	quotes: `' " onmouseover=window.__xss=1 x='`,
	bold: '<b id="injected">x</b>',
	rtl: '\u202Eevil\u202C\u200B',
	iframe: '</title></style><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>'
} as const;

/** Spreadsheet cells that must not become formulas (issue 10: = + - @ tab CR). */
export const FORMULAS = ['=1+1', '+SUM(1;2)', '-2+3', '@SUM(1)', '\t=1', '\r=1'] as const;

/**
 * A page that ignores the app's Content-Security-Policy (the CSP is a second layer, tested in
 * tests/worker/hardening-csp.test.ts): these pages prove the escaping itself. A JavaScript dialog
 * is recorded and fails the next `expectNoInjection`.
 */
export async function hostilePage(browser: Browser, options = {}): Promise<Page> {
	const page = await newPage(browser, { bypassCSP: true, acceptDownloads: true, ...options });
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: baseUrl()
	});
	(page as Page & { dialogs?: string[] }).dialogs = recordDialogs(page);
	return page;
}

/** What an injection leaves in the DOM (the app itself uses none of these). */
function findInjections(): string[] {
	const found: string[] = [];
	const w = window as unknown as { __xss?: unknown };
	if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
	if (document.querySelector('#injected')) found.push('#injected');
	for (const el of document.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			const name = attr.name.toLowerCase();
			if (name.startsWith('on')) found.push(`${el.tagName}[${name}]`);
			if (
				['href', 'src', 'action', 'formaction', 'srcdoc'].includes(name) &&
				/^\s*javascript:|__xss/i.test(attr.value)
			)
				found.push(`${el.tagName}[${name}=${attr.value}]`);
		}
	}
	// The app's own inline script carries the page data (payloads inside JSON strings, which is
	// fine); an injected one is a script whose whole body is a payload's.
	for (const script of document.querySelectorAll('script')) {
		if (/^\s*(window|parent)\.__xss=1\s*$/.test(script.textContent ?? ''))
			found.push('injected script');
	}
	if (document.querySelector('iframe, object, embed, img[src="x"]'))
		found.push('iframe/object/embed/img');
	return found;
}

/** All text a person sees on the page: rendered text, form values and tooltips. */
function visibleText(): string {
	const values = [...document.querySelectorAll('input, textarea, select')].map(
		(el) => (el as HTMLInputElement).value
	);
	const titles = [...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title'));
	const options = [...document.querySelectorAll('option')].map((el) => el.textContent);
	return [document.body.innerText, ...values, ...titles, ...options].join('\n');
}

/**
 * Fails when the page ran or contains anything a payload could have injected, and when one of
 * `shown` is not on the page as literal text (so a page cannot pass by not showing the data).
 */
export async function expectNoInjection(page: Page, shown: readonly string[] = []) {
	// An onerror/onload (img src=x fails asynchronously) fires once the page has loaded and each
	// image has settled (loaded or failed); two animation frames later its handler has run.
	await page.waitForLoadState('load');
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
	expect((page as Page & { dialogs?: string[] }).dialogs ?? []).toEqual([]);
	expect(await page.evaluate(findInjections), page.url()).toEqual([]);
	if (shown.length) {
		// Invisible format characters (bidi overrides, zero-width) may be dropped on the way in.
		const plain = (s: string) => s.replace(/\p{Cf}/gu, '');
		const text = plain(await page.evaluate(visibleText));
		for (const literal of shown)
			expect(text, `${page.url()} shows ${literal}`).toContain(plain(literal));
	}
}

export interface StoredMail {
	id: string;
	to: string;
	subject: string;
}

/** The dev mailbox's mails to these addresses, as its (local-only) list page shows them. */
export async function mailsTo(page: Page, addresses: string[]): Promise<StoredMail[]> {
	await page.goto('/dev/mailbox');
	const rows = await page.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => {
			const cells = tr.querySelectorAll('td');
			const link = tr.querySelector('a');
			return {
				id: (link?.getAttribute('href') ?? '').split('/').pop() ?? '',
				to: cells[0]?.textContent?.trim() ?? '',
				subject: link?.textContent?.trim() ?? ''
			};
		})
	);
	return rows.filter((row) => addresses.includes(row.to));
}
