/**
 * The check before paying in the list editor (issue 17 §5), in Chromium as the demo employer, in
 * Dutch and French: a list with a person twice, a misspelt name, a stranger and someone already
 * registered is checked; each line shows the code it would get; the totals and the cost preview
 * count the already registered; after fixing, a second check says every line registers, and the
 * list sent gets exactly those codes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../src/lib/server/dev/demo-roster.js';
import { completedBatch, expectAccessible, launchBrowser } from './browser';
import { cell, cellText, gridLines, openEditor, pasteIntoGrid, poll, totals } from './grid-helpers';

/** The column of the check's answer (after the five fields, the language and the status). */
const CHECK = 7;

const belgian = (iso: string) => iso.split('-').reverse().join('/');

// DEMO_ROSTER: 1 (Peeters Jan) has an account; 34–37 are this file's.
const TEXTS = {
	nl: {
		locale: 'nl-BE',
		people: [34, 35],
		header: 'Naam\tVoornaam\tPostcode\tGeboortedatum\tE-mail',
		button: 'Controleer tegen uw gebruikerslijst',
		remove: 'Geselecteerde regels verwijderen',
		consent: 'Mijn medewerkers gaven toestemming om hun e-mailadres door te geven',
		submit: 'Lijst versturen',
		codes: [
			'Wordt geregistreerd (code 1)',
			'Al geregistreerd door regel 1 (code 2)',
			'Niet in uw gebruikerslijst (code 3)',
			'Niet in uw gebruikerslijst (code 3)',
			'Heeft al een account (code 2)'
		],
		hint: /Bedoelt u De Backer, Inge/,
		done: '5 regels gecontroleerd: 1 wordt geregistreerd, 2 hebben al een account, 2 staan niet in uw gebruikerslijst.',
		totals: ', waarvan 2 personen al geregistreerd',
		cost: /2 regels hebben al een account: verwijdert u die regels, dan betaalt u er niet voor\. Zonder die regels: €\s?151,50\./,
		stale: '1 regel is gewijzigd sinds de controle.',
		again: '2 regels gecontroleerd: 2 worden geregistreerd.',
		register: 'Wordt geregistreerd (code 1)'
	},
	fr: {
		locale: 'fr-BE',
		people: [36, 37],
		header: 'Nom\tPrénom\tCode postal\tDate de naissance\tE-mail',
		button: 'Vérifier dans votre liste des utilisateurs',
		remove: 'Supprimer les lignes sélectionnées',
		consent: /Mon personnel a donné son accord/,
		submit: 'Envoyer la liste',
		codes: [
			'Sera inscrite (code 1)',
			'Déjà inscrite par la ligne 1 (code 2)',
			'Absente de votre liste des utilisateurs (code 3)',
			'Absente de votre liste des utilisateurs (code 3)',
			'A déjà un compte (code 2)'
		],
		hint: /Vouliez-vous dire Ferreira, João/,
		done: '5 lignes vérifiées : 1 sera inscrite, 2 ont déjà un compte, 2 absentes de votre liste des utilisateurs.',
		totals: ', dont 2 personnes déjà inscrites',
		cost: /2 lignes ont déjà un compte : si vous les supprimez, vous ne les payez pas\. Sans ces lignes : 151,50\s?€\./,
		stale: '1 ligne a changé depuis la vérification.',
		again: '2 lignes vérifiées : 2 seront inscrites.',
		register: 'Sera inscrite (code 1)'
	}
} as const;

const checkAnswer = (page: Page) => page.getByTestId('check-done');

describe('check before paying', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const language of ['nl', 'fr'] as const) {
		it(`${language}: checks a list, shows each line's code, fixes it, checks again and sends it`, async () => {
			const x = TEXTS[language];
			const tag = Math.random().toString(36).slice(2, 8);
			const [a, b] = x.people.map((i) => DEMO_ROSTER[i]!);
			const [peeters] = [DEMO_ROSTER[1]!];
			const line = (p: readonly string[], first: string, email: string) =>
				[p[0], first, p[3], belgian(p[2]!), email].join('\t');
			const block = [
				x.header,
				line(a!, a![1]!, `a-${tag}@example.com`),
				line(a!, a![1]!, `a2-${tag}@example.com`), // the same person again
				line(b!, `${b![1]}${b![1]!.at(-1)}`, `b-${tag}@example.com`), // misspelt
				['Onbekend', `Iemand${tag}`, '1000', '01/01/1980', `s-${tag}@example.com`].join('\t'),
				line(peeters, peeters[1]!, `p-${tag}@example.com`) // already has an account
			].join('\r\n');

			const page = await openEditor(browser, x.locale);
			await pasteIntoGrid(page, block);
			await poll(() => gridLines(page).count()).toBeGreaterThanOrEqual(5);

			await page.getByRole('button', { name: x.button }).click();
			await poll(() => checkAnswer(page).textContent()).toBe(x.done);
			for (const [row, text] of x.codes.entries())
				expect(await cellText(page, row, CHECK)).toMatch(new RegExp(`^${escape(text)}`));
			// The misspelt name carries the same hint as a result would, in the cell and in words.
			expect(await cell(page, 2, CHECK).getAttribute('title')).toMatch(x.hint);
			await cell(page, 2, 0).click();
			await poll(() => page.locator('.explain').textContent()).toMatch(x.hint);
			// (How many lines count as problems is the duplicate rule's business: only the end here.)
			expect((await totals(page)).endsWith(x.totals)).toBe(true);
			expect(await page.getByTestId('grid-cost-already').textContent()).toMatch(x.cost);
			await expectAccessible(page);
			await page.screenshot({ path: `/tmp/b17-check-${language}-checked.png`, fullPage: true });

			// Fix the name: that line's answer is gone at once (it may not hold any more).
			await cell(page, 2, 1).click();
			await page.keyboard.type(b![1]!);
			await page.keyboard.press('Enter');
			await poll(() => cellText(page, 2, CHECK)).toBe('');
			await poll(() => page.getByText(x.stale).count()).toBe(1);

			// Remove the already registered, the stranger and the copy (bottom up): cost follows.
			for (const row of [4, 3, 1]) {
				await cell(page, row, 0).click();
				await page.getByRole('button', { name: x.remove }).click();
			}
			await poll(() => page.getByTestId('grid-cost-already').count()).toBe(0);
			expect(await page.getByTestId('grid-cost').textContent()).toMatch(/151,00/);
			expect(await cellText(page, 0, CHECK)).toBe(x.register);

			await page.getByRole('button', { name: x.button }).click();
			await poll(() => checkAnswer(page).textContent()).toBe(x.again);
			expect(await cellText(page, 0, CHECK)).toBe(x.register);
			expect(await cellText(page, 1, CHECK)).toBe(x.register);
			await page.screenshot({ path: `/tmp/b17-check-${language}-fixed.png`, fullPage: true });

			await page.getByLabel(x.consent).check();
			await page.getByRole('button', { name: x.submit }).click();
			await page.waitForURL(/\/werkgever\/lijsten\/(?!nieuw)[a-z0-9]+$/);
			const id = new URL(page.url()).pathname.split('/').pop()!;
			const batch = await completedBatch('demo-employer-token', id);
			expect(batch.rows.map((r) => r.code)).toEqual([1, 1]);
			await page.context().close();
		});
	}
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
