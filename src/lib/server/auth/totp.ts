/**
 * RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps) with WebCrypto, as authenticator apps and
 * better-auth's twoFactor plugin compute it. Used to find WHICH time step a code belongs to, so a
 * code can be refused when its step was already used (better-auth itself accepts a code twice).
 */
const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (padding and spaces ignored, case-insensitive) → bytes. Throws on bad input. */
export function base32Decode(text: string): Uint8Array {
	const clean = text.replace(/[\s=]/g, '').toUpperCase();
	const out: number[] = [];
	let bits = 0;
	let value = 0;
	for (const char of clean) {
		const index = BASE32_ALPHABET.indexOf(char);
		if (index < 0) throw new RangeError('Not a base32 string');
		value = (value << 5) | index;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return new Uint8Array(out);
}

/** The time step of an instant. */
function totpStep(nowMs: number, period = TOTP_PERIOD_SECONDS): number {
	return Math.floor(nowMs / 1000 / period);
}

/** HOTP value of `key` at `counter` (RFC 4226 dynamic truncation). */
async function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS): Promise<string> {
	const cryptoKey = await crypto.subtle.importKey(
		'raw',
		key as BufferSource,
		{ name: 'HMAC', hash: 'SHA-1' },
		false,
		['sign']
	);
	const message = new ArrayBuffer(8);
	new DataView(message).setBigUint64(0, BigInt(counter), false);
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message));
	const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
	const binary =
		(((mac[offset] ?? 0) & 0x7f) << 24) |
		((mac[offset + 1] ?? 0) << 16) |
		((mac[offset + 2] ?? 0) << 8) |
		(mac[offset + 3] ?? 0);
	return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The step (within ±`window` of now, like better-auth) whose code equals `code`, or null. When
 * two steps share a code the latest wins, so the stored "last used" step only ever moves forward.
 */
export async function matchingStep(
	key: Uint8Array,
	code: string,
	nowMs: number,
	window = 1
): Promise<number | null> {
	const now = totpStep(nowMs);
	let found: number | null = null;
	for (let step = now - window; step <= now + window; step++) {
		if ((await hotp(key, step)) === code) found = step;
	}
	return found;
}
