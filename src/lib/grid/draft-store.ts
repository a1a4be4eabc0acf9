/**
 * The encrypted draft at rest, shared by the draft worker and the main-thread fallback (no DOM,
 * no sessionStorage here: the key is handed in as a CryptoKey). Each organisation's draft is one
 * IndexedDB record `{ iv, data }`: AES-GCM ciphertext as binary, the organisation id bound as
 * associated data, nothing in plaintext.
 */
import { isBlankLine } from '$lib/registration/blank';
import { cellText, LINE_WIDTH, lineTexts, type Cells } from './cells';

const DB_NAME = 'youp-grid';
const STORE = 'drafts';

export interface Draft {
	/** Grid lines in the five-column order. */
	cells: string[][];
	savedAt: string;
}

/** What is stored per organisation. */
export interface SealedDraft {
	iv: Uint8Array<ArrayBuffer>;
	data: ArrayBuffer;
}

/**
 * Grid lines packed for the trip to the worker: every cell's text end to end in one string plus
 * each cell's length. Copying one string and one typed array costs the main thread less than a
 * structured clone of 10,000 arrays of five strings.
 */
interface PackedCells {
	text: string;
	lengths: Uint32Array<ArrayBuffer>;
}

export type DraftRequest =
	| { type: 'save'; organisationId: string; key: CryptoKey; cells: Cells[] | PackedCells }
	| { type: 'load'; organisationId: string; key: CryptoKey | null }
	| { type: 'clear'; organisationId: string };

export interface DraftBackend {
	get(organisationId: string): Promise<SealedDraft | undefined>;
	put(organisationId: string, value: SealedDraft): Promise<void>;
	delete(organisationId: string): Promise<void>;
}

export function packCells(cells: Cells[]): PackedCells {
	const lengths = new Uint32Array(cells.length * LINE_WIDTH);
	const parts: string[] = new Array(cells.length * LINE_WIDTH);
	let k = 0;
	for (const line of cells) {
		for (let i = 0; i < LINE_WIDTH; i++) {
			const value = cellText(line?.[i]);
			parts[k] = value;
			lengths[k++] = value.length;
		}
	}
	return { text: parts.join(''), lengths };
}

export function unpackCells({ text: all, lengths }: PackedCells): string[][] {
	const out: string[][] = [];
	let at = 0;
	for (let k = 0; k < lengths.length; k += LINE_WIDTH) {
		const line: string[] = [];
		for (let i = 0; i < LINE_WIDTH; i++) {
			const end = at + (lengths[k + i] ?? 0);
			line.push(all.slice(at, end));
			at = end;
		}
		out.push(line);
	}
	return out;
}

/** The non-blank lines as five strings each: what `model.rows().map(cellsFromRow)` gives. */
export function draftLines(cells: Cells[]): string[][] {
	const out: string[][] = [];
	for (const line of cells) {
		const texts = lineTexts(line);
		if (!isBlankLine(texts)) out.push(texts);
	}
	return out;
}

function aad(organisationId: string) {
	return new TextEncoder().encode(organisationId);
}

export async function seal(
	key: CryptoKey,
	organisationId: string,
	cells: string[][]
): Promise<SealedDraft> {
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const plain = new TextEncoder().encode(
		JSON.stringify({ cells, savedAt: new Date().toISOString() } satisfies Draft)
	);
	// The organisation id is bound as associated data: a draft cannot be replayed under another.
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: aad(organisationId) },
		key,
		plain
	);
	return { iv, data };
}

/** The draft, or null when it cannot be decrypted with this key (another tab's or session's). */
export async function unseal(
	key: CryptoKey,
	organisationId: string,
	sealed: SealedDraft
): Promise<Draft | null> {
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: sealed.iv, additionalData: aad(organisationId) },
			key,
			sealed.data
		);
		const draft = JSON.parse(new TextDecoder().decode(plain)) as Draft;
		return Array.isArray(draft?.cells) ? draft : null;
	} catch {
		return null;
	}
}

/**
 * Runs requests strictly one after another in the order they were given, so a clear issued after
 * a save always has the last word (a slow save can never bring a cleared draft back).
 */
export function draftQueue(
	backend: DraftBackend
): (request: DraftRequest) => Promise<Draft | null> {
	let tail: Promise<unknown> = Promise.resolve();
	const handle = async (request: DraftRequest): Promise<Draft | null> => {
		const { organisationId } = request;
		if (request.type === 'clear') {
			await backend.delete(organisationId);
			return null;
		}
		if (request.type === 'save') {
			const lines = draftLines(
				Array.isArray(request.cells) ? request.cells : unpackCells(request.cells)
			);
			if (lines.length === 0) await backend.delete(organisationId);
			else await backend.put(organisationId, await seal(request.key, organisationId, lines));
			return null;
		}
		const sealed = await backend.get(organisationId);
		if (!sealed) return null;
		const draft = request.key ? await unseal(request.key, organisationId, sealed) : null;
		// Unreadable (the tab that wrote it is gone, or tampered with): discarded.
		if (!draft) await backend.delete(organisationId);
		return draft;
	};
	return (request) => {
		const result = tail.then(() => handle(request));
		tail = result.catch(() => {});
		return result;
	};
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		if (request instanceof IDBTransaction) {
			request.oncomplete = () => resolve();
			request.onabort = request.onerror = () => reject(request.error);
		} else {
			request.onsuccess = () => resolve();
			request.onerror = () => reject(request.error);
		}
	});
}

function open(version?: number): Promise<IDBDatabase> {
	const request = indexedDB.open(DB_NAME, version);
	request.onupgradeneeded = () => {
		if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
	};
	return done(request).then(() => request.result);
}

/** IndexedDB in whichever realm runs this (a worker or the page). */
export function idbBackend(): DraftBackend {
	let db: Promise<IDBDatabase> | null = null;
	const database = () =>
		(db ??= open()
			.then(async (opened) => {
				if (opened.objectStoreNames.contains(STORE)) return opened;
				// Someone made the database without our store: add it in a new version.
				opened.close();
				return open(opened.version + 1);
			})
			.then((opened) => {
				opened.onversionchange = () => {
					opened.close();
					db = null;
				};
				return opened;
			})
			.catch((error) => {
				db = null;
				throw error;
			}));
	const run = async <T>(
		mode: IDBTransactionMode,
		work: (store: IDBObjectStore) => IDBRequest<T>
	): Promise<T> => {
		const tx = (await database()).transaction(STORE, mode);
		const request = work(tx.objectStore(STORE));
		await done(tx);
		return request.result;
	};
	return {
		get: (organisationId) =>
			run('readonly', (store) => store.get(organisationId) as IDBRequest<SealedDraft | undefined>),
		put: (organisationId, value) =>
			run('readwrite', (store) => store.put(value, organisationId)).then(() => undefined),
		delete: (organisationId) =>
			run('readwrite', (store) => store.delete(organisationId)).then(() => undefined)
	};
}
