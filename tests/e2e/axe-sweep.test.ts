import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/lib/i18n';
import { apiCall, baseUrl, launchBrowser, login, newPage } from './browser';
import { staffLogin } from './backoffice-login';

/**
 * Every page route of src/routes, visited in nl and fr (and en), with JavaScript on and off, as
 * the person each area is for: axe-core finds no violation (WCAG 2.1 A/AA and best practices,
 * such as landmark-unique) and no page shows a raw message key or an unfilled {placeholder}.
 */

type Area = 'public' | 'employer' | 'staff' | 'employee';
interface Visit {
	area: Area;
	/** The URL to open; `{batch}` and `{employer}` are filled in from the demo data. */
	url: string;
	/** CSS selectors axe leaves out, with the reason. */
	exclude?: string[];
}

/**
 * Route id (as SvelteKit names it) → how to visit it. A page route missing here fails the first
 * test; a route deliberately not swept is listed in SKIPPED with its reason.
 */
const ROUTES: Record<string, Visit> = {
	'/': { area: 'public', url: '/' },
	'/login': { area: 'public', url: '/login?next=%2Fwerkgever' },
	'/login/federated': { area: 'public', url: '/login/federated' },
	'/login/tweestaps': { area: 'public', url: '/login/tweestaps' }, // seen during staffLogin too
	'/logout': { area: 'employer', url: '/logout' },
	'/registreer': { area: 'public', url: '/registreer?werkgever=Demo%20Maat' },
	'/registreer/bevestigen': { area: 'public', url: '/registreer/bevestigen?token=expired' },
	'/taal': { area: 'public', url: '/taal' },
	'/wachtwoord-herstellen': { area: 'public', url: '/wachtwoord-herstellen?token=expired' },
	'/wachtwoord-vergeten': { area: 'public', url: '/wachtwoord-vergeten' },
	'/wachtwoord-wijzigen': { area: 'employer', url: '/wachtwoord-wijzigen' },
	'/werkgever': { area: 'employer', url: '/werkgever' },
	'/werkgever/lijsten': { area: 'employer', url: '/werkgever/lijsten' },
	'/werkgever/lijsten/[id]': { area: 'employer', url: '/werkgever/lijsten/{batch}' },
	'/werkgever/lijsten/nieuw': { area: 'employer', url: '/werkgever/lijsten/nieuw' },
	'/werkgever/organisaties': { area: 'employer', url: '/werkgever/organisaties' },
	'/werkgever/volmachten': { area: 'employer', url: '/werkgever/volmachten' },
	'/mijn': { area: 'employee', url: '/mijn' },
	'/beheer': { area: 'staff', url: '/beheer' },
	'/beheer/aanvragen': { area: 'staff', url: '/beheer/aanvragen' },
	'/beheer/accounts': { area: 'staff', url: '/beheer/accounts?email=werkgever%40demo.test' },
	'/beheer/api-sleutels': { area: 'staff', url: '/beheer/api-sleutels' },
	'/beheer/audit': { area: 'staff', url: '/beheer/audit' },
	'/beheer/kosten': { area: 'staff', url: '/beheer/kosten' },
	'/beheer/lijsten': { area: 'staff', url: '/beheer/lijsten' },
	'/beheer/partners': { area: 'staff', url: '/beheer/partners' },
	'/beheer/tweestaps-instellen': { area: 'staff', url: '/beheer/tweestaps-instellen' },
	'/beheer/werkgevers': { area: 'staff', url: '/beheer/werkgevers' },
	'/beheer/werkgevers/[id]': { area: 'staff', url: '/beheer/werkgevers/{employer}' },
	'/beheer/werkgevers/[id]/lijst-importeren': {
		area: 'staff',
		url: '/beheer/werkgevers/{employer}/lijst-importeren'
	},
	'/beheer/werkgevers/[id]/mensen': { area: 'staff', url: '/beheer/werkgevers/{employer}/mensen' }
};

/** Local stand-ins that exist only with APP_ENV=local on a loopback address, never in production. */
const SKIPPED: Record<string, string> = {
	'/dev/mailbox': 'dev-only',
	'/dev/mailbox/[id]': 'dev-only',
	'/dev/partners': 'dev-only',
	'/dev/partners/[partner]/login': 'dev-only',
	'/dev/partners/[partner]/sso': 'dev-only'
};

function pageRoutes(dir = 'src/routes'): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...pageRoutes(path));
		else if (entry.name === '+page.svelte') {
			const id = relative('src/routes', dir)
				.split(sep)
				.filter((s) => !/^\(.*\)$/.test(s));
			found.push(`/${id.join('/')}`);
		}
	}
	return found.sort();
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** axe-core violations of the current page, as "rule: target" lines. */
async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
	await page.evaluate(axeSource); // outside the page's CSP, which forbids injected scripts
	return page.evaluate(async (exclude) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: object,
						opts: object
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(
			{ include: [document], exclude: exclude.map((s) => [s]) },
			{
				runOnly: {
					type: 'tag',
					values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
				}
			}
		);
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	}, exclude);
}

// Every message key, to find one shown raw (t() falls back to the key itself).
const messageKeys = new Set(
	Object.values(
		import.meta.glob<Record<string, Record<string, Record<string, string>>>>(
			'../../src/lib/i18n/messages/*.ts',
			{ eager: true }
		)
	)
		.flatMap((module) => Object.values(module))
		.flatMap((area) => Object.keys(area.nl ?? {}))
);

/**
 * What a page without JavaScript shows, checked. axe needs script in the page, so the server's
 * HTML as the no-JS browser parsed it (its <noscript> content shown, no app script) is loaded into
 * a helper page at the same URL, with the same stylesheets; with JS, `page` itself is checked.
 */
async function problemsOf(page: Page, helper: Page | null, exclude?: string[]) {
	let target = page;
	if (helper) {
		const html = (await page.content())
			.replace(/<script\b[\s\S]*?<\/script>/gi, '')
			.replace(/<\/?noscript>/gi, '');
		const url = page.url();
		const same = (u: URL) => u.href === url;
		await helper.route(same, (route) =>
			route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
		);
		await helper.goto(url);
		await helper.unroute(same);
		target = helper;
	}
	return [...(await axeViolations(target, exclude)), ...(await rawTextProblems(target))];
}

async function rawTextProblems(page: Page): Promise<string[]> {
	const text = await page.evaluate(() => {
		const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].map(
			(el) =>
				['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' ')
		);
		return `${document.title} ${document.body.innerText} ${attrs.join(' ')}`;
	});
	const problems: string[] = [];
	for (const token of text.match(/[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+/g) ?? []) {
		if (messageKeys.has(token)) problems.push(`raw key ${token}`);
	}
	for (const placeholder of text.match(/\{[a-zA-Z]+\}/g) ?? []) {
		problems.push(`unfilled ${placeholder}`);
	}
	return problems;
}

describe('every route of the tree', () => {
	it('is in the sweep (or skipped with a reason)', () => {
		const listed = [...Object.keys(ROUTES), ...Object.keys(SKIPPED)].sort();
		expect(pageRoutes()).toEqual(listed);
	});
});

const sweepLocales: readonly Locale[] = locales;

for (const javaScriptEnabled of [true, false]) {
	describe(`axe sweep, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		let browser: Browser;
		const params: Record<string, string> = {};
		beforeAll(async () => {
			browser = await launchBrowser();
			// A list of the demo employer, so its result page exists.
			const submitted = await apiCall('demo-employer-token', '/batches', {
				method: 'POST',
				body: JSON.stringify({
					consent: true,
					rows: [
						{
							lastName: 'Nobody',
							firstName: 'Not',
							postcode: '1000',
							birthDate: '01/01/1980',
							email: `sweep-${javaScriptEnabled}@e2e.test`
						}
					]
				})
			});
			expect(submitted.status).toBe(202);
			params.batch = ((await submitted.json()) as { id: string }).id;
		});
		afterAll(async () => {
			await browser?.close();
		});

		async function signedIn(area: Area): Promise<Page> {
			const page = await newPage(browser, { javaScriptEnabled });
			if (area === 'employer') {
				await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
				await page.waitForURL('**/werkgever');
			} else if (area === 'employee') {
				await login(page, 'marie.vandenbossche@demo.test', 'demo-employee-1-2026');
				await page.waitForURL((url) => !url.pathname.startsWith('/login'));
			} else if (area === 'staff') {
				await staffLogin(page);
				if (!params.employer) {
					await page.goto('/beheer/werkgevers');
					const href = await page
						.locator('a[href^="/beheer/werkgevers/"]')
						.first()
						.getAttribute('href');
					params.employer = href!.split('/')[3]!;
				}
			}
			return page;
		}

		async function setLocale(context: BrowserContext, locale: Locale) {
			await context.addCookies([{ name: 'lang', value: locale, url: baseUrl() }]);
		}

		for (const area of ['public', 'employer', 'employee', 'staff'] as const) {
			it(`${area} pages have no axe violations and no raw keys`, async () => {
				const page = await signedIn(area);
				const helper = javaScriptEnabled ? null : await newPage(browser);
				const problems: string[] = [];
				for (const locale of sweepLocales) {
					await setLocale(page.context(), locale);
					for (const [route, visit] of Object.entries(ROUTES)) {
						if (visit.area !== area) continue;
						const url = visit.url.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
						const response = await page.goto(url);
						if (javaScriptEnabled) await page.waitForLoadState('networkidle');
						const where = `${locale} ${route} (${new URL(page.url()).pathname})`;
						if ((response?.status() ?? 0) >= 500) problems.push(`${where}: ${response?.status()}`);
						expect(await page.locator('html').getAttribute('lang')).toBe(locale);
						if (area !== 'public' && new URL(page.url()).pathname.startsWith('/login')) {
							problems.push(`${where}: not signed in`);
						}
						if (
							javaScriptEnabled &&
							locale !== 'nl' &&
							/^\/beheer\/(kosten|lijsten)$/.test(route)
						) {
							// for a person to look at: amounts per locale in the back office
							const name = route.split('/').pop();
							await page.screenshot({
								path: `/tmp/i-format-${name}-${locale}.png`,
								fullPage: true
							});
						}
						for (const p of await problemsOf(page, helper, visit.exclude)) {
							problems.push(`${where}: ${p}`);
						}
					}
				}
				await page.context().close();
				await helper?.context().close();
				expect(problems).toEqual([]);
			}, 480_000);
		}
	});
}
