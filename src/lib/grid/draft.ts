/**
 * The unsent list, kept in this browser only and encrypted: AES-GCM with a random key that lives
 * in sessionStorage (gone when the tab closes), ciphertext as binary in IndexedDB under the
 * organisation's id (see draft-store.ts). A reload or a failed submit restores it; closing the tab
 * makes it unreadable (it is then discarded on the next visit).
 *
 * The heavy part of a save (serialising ~1 MB at 10,000 lines, encrypting, writing) runs in a Web
 * Worker: the main thread only packs the grid lines into one string (see `packCells`) and posts
 * it with the key handle (~9 ms at 10,000 lines, against 60–100 ms for the whole save here; see
 * the bench's draft part). Without workers it runs here. Requests are carried out in call order,
 * and a save that was still waiting for the key when the draft was cleared is dropped, so a clear
 * always has the last word.
 */
import type { Cells } from './model';
import {
	draftLines,
	draftQueue,
	idbBackend,
	packCells,
	unpackCells,
	type Draft,
	type DraftRequest
} from './draft-store';
import type { DraftWorkerRequest, DraftWorkerResponse } from './draft.worker';

export type { Draft } from './draft-store';

const KEY_ITEM = 'youp.grid.key';
/** Where the first version kept the draft (base64 in localStorage); removed when seen. */
const OLD_DRAFT_PREFIX = 'youp.grid.draft.';

function toBase64(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

let key: Promise<CryptoKey> | null = null;

/** This tab's key (non-extractable), made on the first save; null when there is none yet. */
function sessionKey(create: boolean): Promise<CryptoKey | null> {
	if (key) return key;
	const stored = sessionStorage.getItem(KEY_ITEM);
	if (!stored && !create) return Promise.resolve(null);
	let raw: Uint8Array<ArrayBuffer>;
	if (stored) raw = fromBase64(stored);
	else {
		raw = crypto.getRandomValues(new Uint8Array(32));
		sessionStorage.setItem(KEY_ITEM, toBase64(raw));
	}
	key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
	key.catch(() => (key = null));
	return key;
}

type Pending = { request: DraftRequest; resolve: (d: Draft | null) => void; reject: () => void };
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;
let local: ((request: DraftRequest) => Promise<Draft | null>) | null = null;

/** On the main thread: the same code as the worker, in call order too. */
function runHere(request: DraftRequest): Promise<Draft | null> {
	local ??= draftQueue(idbBackend());
	// Taken now, like the worker's structured clone: later edits belong to a later save.
	if (request.type !== 'save') return local(request);
	const { cells } = request;
	return local({
		...request,
		cells: draftLines(Array.isArray(cells) ? cells : unpackCells(cells))
	});
}

function getWorker(): Worker | null {
	if (worker !== undefined) return worker;
	worker = null;
	if (typeof Worker === 'undefined') return null;
	try {
		const w = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (event: MessageEvent<DraftWorkerResponse>) => {
			const { id, ok, draft } = event.data;
			const waiting = pending.get(id);
			pending.delete(id);
			if (ok) waiting?.resolve(draft);
			else waiting?.reject();
		};
		// A worker that cannot start (or dies): everything not yet answered is redone here, in order.
		w.onerror = (event) => {
			event.preventDefault();
			w.terminate();
			worker = null;
			const left = [...pending.values()];
			pending.clear();
			for (const p of left) runHere(p.request).then(p.resolve, p.reject);
		};
		worker = w;
	} catch {
		worker = null;
	}
	return worker;
}

function send(request: DraftRequest): Promise<Draft | null> {
	const w = getWorker();
	if (!w) return runHere(request);
	const id = nextId++;
	// Packing the lines and copying them (with the key handle) is all a save costs this thread.
	const posted =
		request.type === 'save' && Array.isArray(request.cells)
			? { ...request, cells: packCells(request.cells) }
			: request;
	return new Promise((resolve, reject) => {
		const fail = () => reject(new Error('draft not stored'));
		pending.set(id, { request: posted, resolve, reject: fail });
		w.postMessage({ id, request: posted } satisfies DraftWorkerRequest);
	});
}

/** How often each organisation's draft was cleared (a save started before a clear is dropped). */
const clears = new Map<string, number>();

function removeOldFormat() {
	try {
		for (const item of Object.keys(localStorage))
			if (item.startsWith(OLD_DRAFT_PREFIX)) localStorage.removeItem(item);
	} catch {
		// storage unavailable: nothing to remove
	}
}

/**
 * Encrypts and stores the non-blank lines of `cells` (none removes the draft). The lines are
 * copied when the request is posted; resolves once they are stored.
 */
export async function saveDraft(organisationId: string, cells: Cells[]): Promise<void> {
	const epoch = clears.get(organisationId) ?? 0;
	const k = await sessionKey(true);
	if (!k || epoch !== (clears.get(organisationId) ?? 0)) return;
	await send({ type: 'save', organisationId, key: k, cells });
}

/** The stored draft, or null (none, or the key of the tab that wrote it is gone: then discarded). */
export async function loadDraft(organisationId: string): Promise<Draft | null> {
	removeOldFormat();
	return send({ type: 'load', organisationId, key: await sessionKey(false) });
}

/** Removes the draft; a save already under way ends before it, a save not yet posted is dropped. */
export async function clearDraft(organisationId: string): Promise<void> {
	clears.set(organisationId, (clears.get(organisationId) ?? 0) + 1);
	removeOldFormat();
	await send({ type: 'clear', organisationId });
}
