/**
 * The unsent list, kept in this browser only and encrypted: AES-GCM with a random key that lives
 * in sessionStorage (gone when the tab closes), ciphertext in localStorage under the
 * organisation's id. A reload or a failed submit restores it; closing the tab makes it unreadable
 * (it is then discarded on the next visit).
 */
const KEY_ITEM = 'youp.grid.key';
const draftItem = (organisationId: string) => `youp.grid.draft.${organisationId}`;

export interface Draft {
	/** Grid lines in the five-column order. */
	cells: string[][];
	savedAt: string;
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

async function sessionKey(create: boolean): Promise<CryptoKey | null> {
	const stored = sessionStorage.getItem(KEY_ITEM);
	if (stored) {
		return crypto.subtle.importKey('raw', fromBase64(stored), 'AES-GCM', false, [
			'encrypt',
			'decrypt'
		]);
	}
	if (!create) return null;
	const raw = crypto.getRandomValues(new Uint8Array(32));
	sessionStorage.setItem(KEY_ITEM, toBase64(raw));
	return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Encrypts and stores the draft (an empty list removes it). */
export async function saveDraft(organisationId: string, cells: string[][]): Promise<void> {
	if (cells.length === 0) return clearDraft(organisationId);
	const key = await sessionKey(true);
	if (!key) return;
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const plain = new TextEncoder().encode(
		JSON.stringify({ cells, savedAt: new Date().toISOString() } satisfies Draft)
	);
	// The organisation id is bound as associated data: a draft cannot be replayed under another.
	const cipher = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(organisationId) },
		key,
		plain
	);
	localStorage.setItem(
		draftItem(organisationId),
		`${toBase64(iv)}.${toBase64(new Uint8Array(cipher))}`
	);
}

/** The stored draft, or null (none, or the key of the tab that wrote it is gone). */
export async function loadDraft(organisationId: string): Promise<Draft | null> {
	const stored = localStorage.getItem(draftItem(organisationId));
	if (!stored) return null;
	const key = await sessionKey(false);
	const [iv, cipher] = stored.split('.');
	if (!key || !iv || !cipher) {
		clearDraft(organisationId);
		return null;
	}
	try {
		const plain = await crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: fromBase64(iv),
				additionalData: new TextEncoder().encode(organisationId)
			},
			key,
			fromBase64(cipher)
		);
		const draft = JSON.parse(new TextDecoder().decode(plain)) as Draft;
		return Array.isArray(draft.cells) ? draft : null;
	} catch {
		clearDraft(organisationId);
		return null;
	}
}

export function clearDraft(organisationId: string): void {
	localStorage.removeItem(draftItem(organisationId));
}

export function hasDraft(organisationId: string): boolean {
	return localStorage.getItem(draftItem(organisationId)) !== null;
}
