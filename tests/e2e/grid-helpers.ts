import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl, login, newPage } from './browser';

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
	await page.locator('.ht_master td').first().waitFor();
	return page;
}

/** The rendered cell (row and column count from 0; the row header is not a td). */
export function cell(page: Page, row: number, column: number) {
	return page.locator('.ht_master tbody tr').nth(row).locator('td').nth(column);
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
