import * as XLSX from '@e965/xlsx';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, login, newPage } from './browser';
import {
	cell,
	draftWorkerSettledAfterClear,
	flaggedCells,
	gridLine,
	gridLines,
	oldFormatDrafts,
	openEditor,
	poll,
	pasteIntoGrid,
	recordDraftWorker,
	shownLines,
	storedDrafts,
	totals,
	waitForGrid
} from './grid-helpers';

/** Five lines as copied from a sheet, header in French: one bad postcode, one impossible date,
 * one person twice. Unique names per run (the server is shared between test files). */
function frenchBlock() {
	const tag = Math.random().toString(36).slice(2, 8);
	return [
		'Nom\tPrénom\tCode postal\tDate de naissance\tE-mail',
		`Peeters${tag}\tJan\t2000\t15/03/1985\tjan.${tag}@example.com`,
		`Dubois${tag}\tMarie\t12345\t01/02/1990\tmarie.${tag}@example.com`,
		`Maes${tag}\tTom\t9000\t31/02/1988\ttom.${tag}@example.com`,
		`Claes${tag}\tAn\t3000\t05/06/1979\tan.${tag}@example.com`,
		`Claes${tag}\tAn\t3000\t05/06/1979\tan.${tag}@example.com`
	].join('\r\n');
}

describe('list editor', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('pastes a French sheet, flags the right cells, fixes one, prices it and submits with consent', async () => {
		const page = await openEditor(browser);
		await recordDraftWorker(page);
		await page.reload();
		await waitForGrid(page);
		await pasteIntoGrid(page, frenchBlock());
		// The second Claes is a later copy of the same person: a warning, not a problem.
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		expect(await page.getByTestId('grid-copies').textContent()).toBe(
			'1 regel staat dubbel en komt terug met code 2.'
		);

		// The mapping recognised the French header.
		expect(await page.getByLabel('Kolom 3: “Code postal”').inputValue()).toBe('postcode');

		// Exactly the bad postcode and the impossible date are flagged; the first Claes is a normal
		// line, the second says it comes back as already registered by line 4.
		expect((await flaggedCells(page)).sort()).toEqual(['1:2', '2:3']);
		expect(await cell(page, 1, 2).getAttribute('title')).toMatch(/postcode/i);
		expect(await cell(page, 1, 6).textContent()).toBe('1 probleem');
		expect(await cell(page, 3, 6).textContent()).toBe('In orde');
		expect(await cell(page, 4, 6).textContent()).toBe('Dubbel (regel 4)');
		await cell(page, 4, 0).click();
		await poll(() => page.locator('.explain').textContent()).toContain(
			'Regel 5: Deze persoon staat al op regel 4. Deze regel komt terug met code 2: al geregistreerd door regel 4. Verwijdert u hem, dan betaalt u hem niet.'
		);

		// €150 + 5 × €0.50, and without the copy €150 + 4 × €0.50
		expect(await page.getByTestId('grid-cost').textContent()).toMatch(/152,50 excl\. btw/);
		expect(await page.getByTestId('grid-cost-without-copies').textContent()).toMatch(
			/Zonder de dubbele regel: .*152,00/
		);

		// The reason of the selected line is also given in words outside the grid.
		await cell(page, 2, 3).click();
		await poll(() => page.locator('.explain').textContent()).toMatch(/Regel 3: Geboortedatum: /);

		await expectAccessible(page);

		// Fix the postcode by keyboard: the flag goes, the count follows.
		await cell(page, 1, 2).click();
		await page.keyboard.type('1000');
		await page.keyboard.press('Enter');
		await poll(() => totals(page)).toBe('5 regels, 4 klaar, 1 met problemen');
		expect(await cell(page, 1, 2).getAttribute('class')).not.toMatch(/cell-problem/);

		// Lines with problems block sending until the user explicitly chooses otherwise.
		const submit = page.getByRole('button', { name: 'Lijst versturen' });
		await submit.click();
		await poll(() => page.getByRole('alert').textContent()).toMatch(
			/Er is nog 1 regel met problemen/
		);
		await page.getByLabel(/Ook de 1 regel met problemen versturen/).check();

		// Without consent the server refuses.
		await submit.click();
		await poll(() => page.getByRole('alert').textContent()).toBe(
			'Vink aan dat uw medewerkers toestemming gaven.'
		);
		expect(page.url()).toMatch(/\/werkgever\/lijsten\/nieuw$/);
		// …and the list is still there.
		expect(await totals(page)).toBe('5 regels, 4 klaar, 1 met problemen');

		await page
			.getByLabel('Mijn medewerkers gaven toestemming om hun e-mailadres door te geven')
			.check();
		// The list was kept as a draft until now (the refused submit did not lose it)…
		await poll(async () => (await storedDrafts(page)).length).toBe(1);
		await submit.click();
		await page.waitForURL(/\/werkgever\/lijsten\/(?!nieuw)[a-z0-9]+$/);
		// …and a successful submit clears it, also after the save the submit itself started.
		await poll(async () => (await storedDrafts(page)).length).toBe(0);
		// Once the worker has answered everything it was handed, the clear among it, no save can
		// still write the draft back.
		await poll(() => draftWorkerSettledAfterClear(page)).toBe(true);
		expect(await storedDrafts(page)).toEqual([]);
		expect(await oldFormatDrafts(page)).toEqual([]);
		await page.context().close();
	});

	it('repaints every line an edit affects exactly as a full redraw would (duplicates, undo, new lines, filter)', async () => {
		const page = await openEditor(browser);
		const tag = Math.random().toString(36).slice(2, 8);
		await pasteIntoGrid(
			page,
			[
				'Naam\tVoornaam\tPostcode\tGeboortedatum\tE-mail',
				`Peeters${tag}\tJan\t2000\t15/03/1985\tjan.${tag}@example.com`,
				`Maes${tag}\tTom\t9000\t01/02/1988\ttom.${tag}@example.com`,
				`Peeters${tag}\tJef\t2000\t15/03/1985\tjef.${tag}@example.com`,
				`Claes${tag}\tAn\t12345\t05/06/1979\tan.${tag}@example.com`
			].join('\n')
		);
		await poll(() => totals(page)).toBe('4 regels, 3 klaar, 1 met problemen');

		const shown = () => shownLines(page);
		/** The "only problems" filter switched on and off again: two full redraws. */
		const fullRedraw = async () => {
			const filter = page.getByLabel('Toon alleen regels met problemen');
			await filter.check();
			await filter.uncheck();
		};
		const expectAsFullRedraw = async () => {
			const edited = await shown();
			await fullRedraw();
			expect(await shown()).toEqual(edited);
		};

		// Line 1 becomes the same person as line 3: line 3 (not edited) is now the later copy, and
		// says so; line 1 stays a normal line.
		await cell(page, 0, 1).click();
		await page.keyboard.type('Jef');
		await page.keyboard.press('Enter');
		await poll(() => cell(page, 2, 6).textContent()).toBe('Dubbel (regel 1)');
		expect(await totals(page)).toBe('4 regels, 3 klaar, 1 met problemen');
		expect(await cell(page, 0, 6).textContent()).toBe('In orde');
		await expectAsFullRedraw();

		// Undo takes the warning away again, redo puts it back.
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await poll(() => cell(page, 2, 6).textContent()).toBe('In orde');
		expect(await cell(page, 0, 1).textContent()).toBe('Jan');
		await expectAsFullRedraw();
		await page.getByRole('button', { name: 'Opnieuw doen' }).click();
		await poll(() => cell(page, 2, 6).textContent()).toBe('Dubbel (regel 1)');
		await expectAsFullRedraw();

		// A value that wraps makes its line taller; the line number beside it follows.
		const normal = (await shown())[1]!.height;
		await cell(page, 1, 0).click();
		await page.keyboard.type(`Van den Bossche de la Tour en Taxis ${tag}`);
		await page.keyboard.press('Enter');
		await poll(async () => (await shown())[1]?.height).toBeGreaterThan(normal);
		const tall = (await shown())[1]!;
		expect(tall.headerHeight).toBe(tall.height);
		await expectAsFullRedraw();

		// Typing in the spare line at the end adds a line (and a new spare line below it).
		await cell(page, 4, 0).click();
		await page.keyboard.type(`Willems${tag}`);
		await page.keyboard.press('Enter');
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		expect(await gridLines(page).count()).toBe(6);
		expect(await cell(page, 4, 6).textContent()).toMatch(/problemen?$/);
		await expectAsFullRedraw();

		// Under the problem filter a fix clears the flag on the (still shown) line.
		await page.getByLabel('Toon alleen regels met problemen').check();
		const claes = gridLine(page, `Claes${tag}`);
		await claes.locator('td').nth(2).click();
		await page.keyboard.type('3000');
		await page.keyboard.press('Enter');
		await poll(() => totals(page)).toBe('5 regels, 4 klaar, 1 met problemen');
		expect(await claes.locator('td').nth(2).getAttribute('class')).not.toMatch(/cell-problem/);
		expect(await claes.locator('td').nth(6).textContent()).toBe('In orde');
		await page.context().close();
	});

	it('opens the cell editor on what the cell holds now, also after undo and redo by keyboard', async () => {
		const page = await openEditor(browser);
		const tag = Math.random().toString(36).slice(2, 8);
		await pasteIntoGrid(
			page,
			[
				'Naam\tVoornaam\tPostcode\tGeboortedatum\tE-mail',
				`Peeters${tag}\tJan\t2000\t15/03/1985\tjan.${tag}@example.com`,
				`Maes${tag}\tTom\t9000\t01/02/1988\ttom.${tag}@example.com`
			].join('\n')
		);
		await poll(() => totals(page)).toBe('2 regels, 2 klaar, 0 met problemen');
		const editor = page.getByRole('textbox', { name: 'Inhoud van de cel' });
		/** Opens the editor on the selected cell (F2), reads it and closes it unchanged. */
		const editorValue = async () => {
			await page.keyboard.press('F2');
			const value = await editor.inputValue();
			await page.keyboard.press('Escape');
			return value;
		};

		await cell(page, 0, 2).click();
		await page.keyboard.type('12345');
		await page.keyboard.press('Enter');
		await poll(() => totals(page)).toBe('2 regels, 1 klaar, 1 met problemen');
		await page.keyboard.press('ArrowUp');
		expect(await editorValue()).toBe('12345');

		await page.keyboard.press('Control+z');
		await poll(() => cell(page, 0, 2).textContent()).toBe('2000');
		expect(await editorValue()).toBe('2000');
		await page.keyboard.press('Control+y');
		await poll(() => cell(page, 0, 2).textContent()).toMatch(/^12345/);
		expect(await editorValue()).toBe('12345');
		await poll(() => totals(page)).toBe('2 regels, 1 klaar, 1 met problemen');
		await page.context().close();
	});

	it('keeps the draft encrypted across a reload, and "discard" clears it', async () => {
		const page = await openEditor(browser);
		await pasteIntoGrid(page, frenchBlock());
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		await poll(async () => (await storedDrafts(page)).length).toBe(1);
		// At rest: only an IV and binary ciphertext, no name or e-mail address anywhere in the bytes,
		// and nothing in localStorage; the key is in this tab's sessionStorage only.
		const [stored] = await storedDrafts(page);
		expect(stored?.fields).toEqual(['data', 'iv']);
		expect(stored?.bytes.length).toBeGreaterThan(100);
		expect(stored?.bytes).not.toMatch(/Peeters|Dubois|Marie|example\.com/);
		expect(await oldFormatDrafts(page)).toEqual([]);
		expect(await page.evaluate(() => Object.keys(localStorage).join())).not.toMatch(/grid\.key/);
		expect(await page.evaluate(() => sessionStorage.getItem('youp.grid.key'))).toMatch(
			/^[A-Za-z0-9+/=]{40,}$/
		);

		// A draft in the first version's format (localStorage) is removed on the next visit.
		await page.evaluate(() => localStorage.setItem('youp.grid.draft.old', 'aXY=.Y2lwaGVy'));
		await page.reload();
		await waitForGrid(page);
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		expect(await page.getByRole('status').filter({ hasText: 'teruggezet' }).count()).toBe(1);
		expect(await oldFormatDrafts(page)).toEqual([]);

		await page.getByRole('button', { name: 'Lijst wissen' }).click();
		await poll(() => totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');
		await poll(async () => (await storedDrafts(page)).length).toBe(0);
		await page.reload();
		await waitForGrid(page);
		expect(await totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');

		// Another tab (its own sessionStorage, so without this tab's key) cannot read the draft: it
		// starts empty and discards it.
		await pasteIntoGrid(page, frenchBlock());
		await poll(async () => (await storedDrafts(page)).length).toBe(1);
		const other = await page.context().newPage();
		await other.goto('/werkgever/lijsten/nieuw');
		await waitForGrid(other);
		expect(await totals(other)).toBe('0 regels, 0 klaar, 0 met problemen');
		await poll(async () => (await storedDrafts(other)).length).toBe(0);
		await page.context().close();
	});

	it('a save under way when "discard" is clicked cannot bring the draft back', async () => {
		const page = await openEditor(browser);
		type Hooks = { log: string[]; discardOn: 'key' | 'save' | null };
		// Logs the draft worker's messages, and clicks "discard" at the chosen moment of a save: while
		// it waits for this tab's new key (main thread), or the moment it is handed to the worker
		// (which then still has to serialise, encrypt and write 3,000 lines).
		await page.addInitScript(() => {
			const w = window as unknown as { __draft: Hooks };
			w.__draft = { log: [], discardOn: null };
			const discard = () =>
				[...document.querySelectorAll('button')]
					.find((b) => b.textContent?.trim() === 'Lijst wissen')
					?.click();
			const subtle = crypto.subtle;
			const importKey = subtle.importKey.bind(subtle) as (...a: unknown[]) => Promise<CryptoKey>;
			subtle.importKey = ((...args: unknown[]) => {
				const key = importKey(...args);
				if (w.__draft.discardOn === 'key') {
					w.__draft.discardOn = null;
					discard();
				}
				return key;
			}) as typeof subtle.importKey;
			const Original = window.Worker;
			window.Worker = class extends Original {
				constructor(url: string | URL, options?: WorkerOptions) {
					super(url, options);
					if (!String(url).includes('draft')) return;
					this.addEventListener('message', () => w.__draft.log.push('answer'));
					const post = this.postMessage.bind(this) as (m: unknown) => void;
					this.postMessage = (message: { request?: { type?: string; cells?: unknown[] } }) => {
						post(message);
						const type = message?.request?.type ?? '?';
						w.__draft.log.push(type);
						if (type === 'save' && w.__draft.discardOn === 'save') {
							w.__draft.discardOn = null;
							discard(); // at once: the clear is handed over right behind the save
						}
					};
				}
			};
		});
		await page.reload();
		await waitForGrid(page);
		const log = () => page.evaluate(() => (window as unknown as { __draft: Hooks }).__draft.log);
		const block = () => {
			const tag = Math.random().toString(36).slice(2, 8);
			return [
				'Naam\tVoornaam\tPostcode\tGeboortedatum\tE-mail',
				...Array.from(
					{ length: 3000 },
					(_, i) => `Peeters${tag}${i}\tJan\t2000\t15/03/1985\tjan.${tag}.${i}@example.com`
				)
			].join('\r\n');
		};
		/** Pastes, lets the 1 s timer start the save, "discard" strikes; returns the messages. */
		async function race(moment: 'key' | 'save'): Promise<string[]> {
			await page.evaluate((moment) => {
				const w = window as unknown as { __draft: Hooks };
				w.__draft.log = [];
				w.__draft.discardOn = moment;
			}, moment);
			await pasteIntoGrid(page, block());
			// Once "discard" struck and everything handed to the worker has been answered…
			const settled = async () => {
				const entries = await log();
				const posted = entries.filter((e) => e !== 'answer').length;
				return entries.includes('clear') && posted === entries.length - posted;
			};
			await expect.poll(settled, { timeout: 15_000 }).toBe(true);
			// …nothing is stored (read before the emptied grid's own save, a second later, is posted).
			const stored = await storedDrafts(page);
			const entries = await log();
			expect(stored).toEqual([]);
			await poll(() => totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');
			return entries;
		}
		// This tab's first save waits for its new key: the discard comes first, the save is dropped.
		expect(await race('key')).toEqual(['clear', 'answer']);
		// The emptied grid's own save follows a second later; then the key exists.
		await expect.poll(log, { timeout: 15_000 }).toEqual(['clear', 'answer', 'save', 'answer']);
		// A save already handed to the worker: the clear is carried out after it.
		expect(await race('save')).toEqual(['save', 'clear', 'answer', 'answer']);
		await page.context().close();
	}, 60_000);

	it('without the draft worker (its script does not load) the draft is kept on the main thread', async () => {
		const page = await openEditor(browser);
		let blocked = 0;
		await page.route('**/draft.worker-*.js', (route) => {
			blocked++;
			return route.abort();
		});
		await page.reload();
		await waitForGrid(page);
		await poll(() => blocked).toBeGreaterThan(0);
		await pasteIntoGrid(page, frenchBlock());
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		await poll(async () => (await storedDrafts(page)).length).toBe(1);
		expect((await storedDrafts(page))[0]?.bytes).not.toMatch(/Peeters|example\.com/);
		await page.reload();
		await waitForGrid(page);
		await poll(() => totals(page)).toBe('5 regels, 3 klaar, 2 met problemen');
		await page.getByRole('button', { name: 'Lijst wissen' }).click();
		await poll(async () => (await storedDrafts(page)).length).toBe(0);
		await page.context().close();
	});

	it('remembers a changed column mapping for the next paste with the same layout', async () => {
		const page = await openEditor(browser);
		const tag = Math.random().toString(36).slice(2, 8);
		// A payroll export that puts the first name under "Naam" and the family name under "Extra".
		const block = [
			'Naam\tExtra\tPostcode\tGeboortedatum\tE-mail',
			`Jan\tPeeters${tag}\t2000\t15/03/1985\tjan.${tag}@example.com`
		].join('\n');
		await pasteIntoGrid(page, block);
		// "Naam" is read as the family name, so the first name is missing at first.
		await poll(() => totals(page)).toBe('1 regel, 0 klaar, 1 met problemen');
		await page.getByLabel('Kolom 1: “Naam”').selectOption('firstName');
		await page.getByLabel('Kolom 2: “Extra”').selectOption('lastName');
		expect(await cell(page, 0, 0).textContent()).toBe(`Peeters${tag}`);
		await poll(() => totals(page)).toBe('1 regel, 1 klaar, 0 met problemen');
		await page.getByRole('button', { name: 'Lijst wissen' }).click();
		await poll(() => totals(page)).toBe('0 regels, 0 klaar, 0 met problemen');

		await pasteIntoGrid(page, block);
		await poll(() => cell(page, 0, 0).textContent()).toBe(`Peeters${tag}`);
		expect(await page.getByLabel('Kolom 1: “Naam”').inputValue()).toBe('firstName');
		await page.context().close();
	});

	it('without JavaScript says so, and the downloads still work (in French)', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, locale: 'fr-BE' });
		await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
		await page.waitForURL('**/werkgever');
		await page.goto('/werkgever/lijsten/nieuw');
		expect(await page.locator('noscript').textContent()).toContain('JavaScript est nécessaire');
		const example = page.getByRole('link', { name: 'Télécharger la liste d’exemple (.xlsx)' });
		const french = { headers: { 'accept-language': 'fr-BE' } };
		const response = await page.request.get((await example.getAttribute('href'))!, french);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-disposition']).toContain('liste-exemple.xlsx');
		const book = XLSX.read(await response.body(), { type: 'buffer', cellNF: true });
		const sheet = book.Sheets[book.SheetNames[0]!]!;
		const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
		expect(rows[0]).toEqual(['Nom', 'Prénom', 'Code postal', 'Date de naissance', 'E-mail']);
		expect(sheet['C2']?.z).toBe('@');
		expect(sheet['D2']?.z).toBe('dd/mm/yyyy');
		expect(rows[1]?.[3]).toBe('15/03/1985');

		const consent = page.getByRole('link', { name: /formulaire de consentement/ });
		const text = await page.request.get((await consent.getAttribute('href'))!, french);
		expect(text.headers()['content-type']).toContain('text/plain');
		expect(await text.text()).toContain('Consentement à la transmission de mon adresse e-mail');
		await page.context().close();
	});
});
