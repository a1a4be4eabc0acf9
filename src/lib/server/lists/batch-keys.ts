/**
 * Per-batch keys. Every list gets a fresh AES-GCM key (line payloads and hints) and a fresh
 * secret for deriving its start passwords; both live in KV `BATCH_KEYS` under `batch:<id>`, never
 * in D1. Deleting the KV entry makes every ciphertext of the batch unreadable for good — also in
 * a D1 restore (Time Travel).
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface BatchKeys {
	/** AES-GCM-256, for payloads and hints. */
	aes: CryptoKey;
	/** HMAC-SHA-256, derives the start passwords of the batch's accounts (see credentials/). */
	seed: CryptoKey;
}

interface StoredKeys {
	v: 1;
	aes: string;
	seed: string;
}

const kvKey = (batchId: string) => `batch:${batchId}`;

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
	const binary = atob(value);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

async function importKeys(stored: StoredKeys): Promise<BatchKeys> {
	const [aes, seed] = await Promise.all([
		crypto.subtle.importKey('raw', fromBase64(stored.aes), 'AES-GCM', false, [
			'encrypt',
			'decrypt'
		]),
		crypto.subtle.importKey(
			'raw',
			fromBase64(stored.seed),
			{ name: 'HMAC', hash: 'SHA-256' },
			false,
			['sign']
		)
	]);
	return { aes, seed };
}

/** Creates and stores the keys of a new batch. */
export async function createBatchKeys(kv: KVNamespace, batchId: string): Promise<BatchKeys> {
	const stored: StoredKeys = {
		v: 1,
		aes: toBase64(crypto.getRandomValues(new Uint8Array(32))),
		seed: toBase64(crypto.getRandomValues(new Uint8Array(32)))
	};
	await kv.put(kvKey(batchId), JSON.stringify(stored));
	return importKeys(stored);
}

/** The batch's keys, or null once they have been destroyed. */
export async function loadBatchKeys(kv: KVNamespace, batchId: string): Promise<BatchKeys | null> {
	const stored = await kv.get<StoredKeys>(kvKey(batchId), 'json');
	return stored ? importKeys(stored) : null;
}

/** Destroys the batch's keys: its ciphertexts can never be read again. */
export async function deleteBatchKeys(kv: KVNamespace, batchId: string): Promise<void> {
	await kv.delete(kvKey(batchId));
}

/**
 * Encrypts a JSON value. `context` (batch id and line) is bound as additional data, so a
 * ciphertext copied to another line or batch does not decrypt. Output: `base64(iv).base64(ct)`.
 */
export async function encryptJson(
	key: CryptoKey,
	context: string,
	value: unknown
): Promise<string> {
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
		key,
		encoder.encode(JSON.stringify(value))
	);
	return `${toBase64(iv)}.${toBase64(new Uint8Array(ciphertext))}`;
}

/** Inverse of {@link encryptJson}; throws when the ciphertext or its context does not fit. */
export async function decryptJson<T>(key: CryptoKey, context: string, sealed: string): Promise<T> {
	const [iv, ciphertext] = sealed.split('.');
	if (!iv || !ciphertext) throw new Error('malformed ciphertext');
	const plain = await crypto.subtle.decrypt(
		{ name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(context) },
		key,
		fromBase64(ciphertext)
	);
	return JSON.parse(decoder.decode(plain)) as T;
}

/**
 * A sealed line part opened for reading, or null when there is nothing to open: no key (the batch's
 * key is destroyed), no ciphertext (the line was purged), or a ciphertext that does not open.
 */
export async function openSealed<T>(
	keys: BatchKeys | null,
	context: string,
	sealed: string | null
): Promise<T | null> {
	if (!keys || !sealed) return null;
	try {
		return await decryptJson<T>(keys.aes, context, sealed);
	} catch {
		return null;
	}
}

/** The additional-data context of a line's payload or hint. */
export const lineContext = (batchId: string, line: number, part: 'payload' | 'hint' | 'remark') =>
	`${batchId}:${line}:${part}`;

/** HMAC-SHA-256 of `message` under the batch's seed. */
export async function deriveBytes(seed: CryptoKey, message: string): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.sign('HMAC', seed, encoder.encode(message)));
}
