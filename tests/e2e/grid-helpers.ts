import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, login, newPage } from './browser';

/*
 * Handsontable's own markup, named in this file only: tests reach the grid through the helpers
 * below. `.ht_master` is the real table (the `.ht_clone_*` copies keep headers in view).
 */
const MASTER_CELL = '.ht_master td';
const MASTER_LINE = '.ht_master tbody tr';
const LINE_NUMBERS = '.ht_clone_inline_start tbody tr';

/** A logged-in demo employer on the list editor, with clipboard access granted. */
export async function openEditor(browser: Browser, locale = 'nl-BE'): Promise<Page> {
	const page = await newPage(browser, { locale, viewport: { width: 1280, height: 1000 } });
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: baseUrl()
	});
	// A click that lands while the login page is still hydrating can get lost; try once more.
	for (let attempt = 1; ; attempt++) {
		await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
		try {
			await page.waitForURL('**/werkgever', { timeout: 15_000 });
			break;
		} catch (error) {
			if (attempt >= 2) throw error;
		}
	}
	await page.goto('/werkgever/lijsten/nieuw');
	await waitForGrid(page);
	return page;
}

/** Waits until the grid is drawn (after a navigation or a reload). */
export async function waitForGrid(page: Page) {
	await page.locator(MASTER_CELL).first().waitFor();
}

/** The rendered lines of the grid, in the order shown (the spare line at the end included). */
export function gridLines(page: Page) {
	return page.locator(MASTER_LINE);
}

/** The rendered line that contains `text`. */
export function gridLine(page: Page, text: string) {
	return page.locator(MASTER_LINE, { hasText: text });
}

/** The rendered cell (row and column count from 0; the row header is not a td). */
export function cell(page: Page, row: number, column: number) {
	return gridLines(page).nth(row).locator('td').nth(column);
}

/** The cell's text (a flagged cell adds its problem in words after the value). */
export async function cellText(page: Page, row: number, column: number): Promise<string> {
	return (await cell(page, row, column).textContent()) ?? '';
}

/** `row:column` (as rendered, from 0) of every cell flagged with a problem. */
export async function flaggedCells(page: Page): Promise<string[]> {
	return page.locator(`${MASTER_CELL}.cell-problem`).evaluateAll((tds) =>
		tds.map((td) => {
			const tr = td.parentElement as HTMLTableRowElement;
			const line = [...(tr.parentElement?.children ?? [])].indexOf(tr);
			return `${line}:${[...tr.querySelectorAll('td')].indexOf(td as HTMLTableCellElement)}`;
		})
	);
}

/** What the grid shows per line: each cell's text, our classes and reason; the line's height
 * and the height of its line number beside it. */
export async function shownLines(page: Page) {
	return page.evaluate(
		([lineSelector, numberSelector]) => {
			const own = /^(cell-problem|status-problem|status-ok|htDimmed)$/;
			const numbers = [...document.querySelectorAll(numberSelector)];
			return [...document.querySelectorAll(lineSelector)].map((tr, i) => ({
				cells: [...tr.querySelectorAll('td')].map((td) => ({
					text: td.textContent,
					classes: [...td.classList].filter((c) => own.test(c)).sort(),
					title: td.getAttribute('title')
				})),
				height: (tr as HTMLElement).offsetHeight,
				headerHeight: (numbers[i] as HTMLElement | undefined)?.offsetHeight
			}));
		},
		[MASTER_LINE, LINE_NUMBERS] as const
	);
}

/** How many elements inside the grid match `selector` (markup that must never get in). */
export function countInGrid(page: Page, selector: string): Promise<number> {
	return page.locator('.grid-host').locator(selector).count();
}

/**
 * Drops a file onto the first grid cell with real drag events carrying a DataTransfer. Returns
 * whether the drop went unhandled (true: the browser would have opened the file itself).
 */
export function dropOnGrid(page: Page, file: { name: string; type: string; text: string }) {
	return page.evaluate(
		([selector, { name, type, text }]) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], name, { type }));
			const target = document.querySelector(`.grid-host ${selector}`) as HTMLElement;
			target.dispatchEvent(
				new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
			return target.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		},
		[MASTER_CELL, file] as const
	);
}

export async function totals(page: Page): Promise<string> {
	return ((await page.getByTestId('grid-totals').textContent()) ?? '').trim();
}

/** Puts text on the real clipboard and pastes it with Ctrl+V into the first grid cell. */
export async function pasteIntoGrid(page: Page, text: string) {
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await cell(page, 0, 0).click();
	await page.keyboard.press('Control+V');
}

/** expect.poll with room for a loaded 2-core machine. */
export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

export interface StoredDraft {
	organisationId: string;
	/** The record's field names (only the IV and the ciphertext are stored). */
	fields: string[];
	/** Hex of the IV: a new one on every save. */
	iv: string;
	/** Every stored byte (IV and ciphertext) as Latin-1 text, to search for plaintext. */
	bytes: string;
}

/** The drafts at rest in this browser context (IndexedDB `youp-grid`, store `drafts`). */
export async function storedDrafts(page: Page): Promise<StoredDraft[]> {
	return page.evaluate(async () => {
		// Opening a database that does not exist would create it (without the store): don't.
		if (!(await indexedDB.databases()).some((d) => d.name === 'youp-grid')) return [];
		const result = <T>(request: IDBRequest<T> | IDBOpenDBRequest) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result as T);
				request.onerror = () => reject(request.error);
			});
		const db = await result<IDBDatabase>(indexedDB.open('youp-grid'));
		try {
			if (!db.objectStoreNames.contains('drafts')) return [];
			const store = db.transaction('drafts').objectStore('drafts');
			const [keys, values] = await Promise.all([
				result(store.getAllKeys()),
				result(store.getAll() as IDBRequest<Record<string, Uint8Array | ArrayBuffer>[]>)
			]);
			const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
			return values.map((value, i) => {
				const iv = new Uint8Array(value.iv ?? []);
				const data = new Uint8Array(value.data ?? []);
				return {
					organisationId: String(keys[i]),
					fields: Object.keys(value).sort(),
					iv: [...iv].map((b) => b.toString(16).padStart(2, '0')).join(''),
					bytes: latin1(iv) + latin1(data)
				};
			});
		} finally {
			db.close();
		}
	});
}

/** Changes with every save of the draft (and is '' when none is stored). */
export async function draftStamp(page: Page): Promise<string> {
	return (await storedDrafts(page)).map((d) => `${d.organisationId}:${d.iv}`).join();
}

/** Keys of the first version's drafts (base64 in localStorage): must never be there. */
export async function oldFormatDrafts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('youp.grid.draft.'))
	);
}

type DraftTraffic = { log: string[] };

/**
 * Records what the page hands to the draft worker and each answer ("save", "clear", "answer").
 * Wraps `Worker`, so call it before the editor's page loads (it applies from the next load on).
 */
export async function recordDraftWorker(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __draftTraffic: DraftTraffic };
		w.__draftTraffic = { log: [] };
		const Original = window.Worker;
		window.Worker = class extends Original {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (!String(url).includes('draft')) return;
				this.addEventListener('message', () => w.__draftTraffic.log.push('answer'));
				const post = this.postMessage.bind(this) as (m: unknown) => void;
				this.postMessage = (message: { request?: { type?: string } }) => {
					post(message);
					w.__draftTraffic.log.push(message?.request?.type ?? '?');
				};
			}
		};
	});
}

/**
 * True once a clear was handed to the draft worker and every request it was given has been
 * answered: from then on nothing it was asked to do can still write a draft.
 */
export async function draftWorkerSettledAfterClear(page: Page): Promise<boolean> {
	const log = await page.evaluate(
		() => (window as unknown as { __draftTraffic?: DraftTraffic }).__draftTraffic?.log ?? []
	);
	const answers = log.filter((entry) => entry === 'answer').length;
	return log.includes('clear') && answers === log.length - answers;
}
