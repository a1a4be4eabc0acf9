import * as v from 'valibot';

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/** Bytes as base32 (lower-case, no padding): the one encoder of our ids. */
export function base32(bytes: Uint8Array): string {
	let bits = 0;
	let value = 0;
	let out = '';
	for (const byte of bytes) {
		value = ((value << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			out += alphabet.charAt((value >>> (bits - 5)) & 31);
			bits -= 5;
		}
	}
	if (bits > 0) out += alphabet.charAt((value << (5 - bits)) & 31);
	return out;
}

/** 128 random bits, base32 (lower-case, no padding): ids that cannot be guessed or enumerated. */
export function newId(): string {
	return base32(crypto.getRandomValues(new Uint8Array(16)));
}

/** An id as newId makes them (26 base32 characters), for every form, route param and message. */
export const Id = v.pipe(v.string(), v.regex(/^[a-z2-7]{26}$/));
