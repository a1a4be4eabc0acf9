const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A 128-bit id derived from another (random, secret) id: the account created for a batch line
 * always gets the same id, so a redelivered message recognises "its" account after a crash.
 */
export async function derivedId(purpose: string, fromId: string): Promise<string> {
	const digest = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${purpose}:${fromId}`))
	).slice(0, 16);
	let bits = 0;
	let value = 0;
	let out = '';
	for (const byte of digest) {
		value = ((value << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			out += alphabet[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
	return out;
}

export const userIdForLine = (lineId: string) => derivedId('user', lineId);
export const accountIdForLine = (lineId: string) => derivedId('account', lineId);
