import { base32 } from '../db/ids';

/**
 * A 128-bit id derived from another (random, secret) id: the account created for a batch line
 * always gets the same id, so a redelivered message recognises "its" account after a crash.
 */
async function derivedId(purpose: string, fromId: string): Promise<string> {
	const digest = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${purpose}:${fromId}`))
	).slice(0, 16);
	return base32(digest);
}

export const userIdForLine = (lineId: string) => derivedId('user', lineId);
export const accountIdForLine = (lineId: string) => derivedId('account', lineId);
