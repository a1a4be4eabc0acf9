/**
 * Start passwords: 12 symbols from a 32-symbol alphabet without look-alikes (no 0/O, 1/l/I), so
 * exactly 60 random bits, shown in groups of four: `K7PM-X3QD-9TRW`. Hashed with scrypt at
 * START_PASSWORD_PARAMS (see security/scrypt.ts and BENCHMARKS.md for why lighter is enough).
 */
import { hashSecret, START_PASSWORD_PARAMS } from '../security/scrypt';
import { deriveBytes } from './batch-keys';

/** 24 letters without I and O, 8 digits without 0 and 1: 32 symbols, 5 bits each. */
export const START_PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const START_PASSWORD_SYMBOLS = 12;
/** log2(32) × 12. */
export const START_PASSWORD_BITS = 60;
const DEFAULT_START_PASSWORD_DAYS = 30;

/** Formats 12+ bytes as a grouped start password (each byte's low 5 bits pick a symbol: unbiased). */
export function formatStartPassword(bytes: Uint8Array): string {
	if (bytes.length < START_PASSWORD_SYMBOLS) throw new RangeError('need 12 bytes');
	let out = '';
	for (let i = 0; i < START_PASSWORD_SYMBOLS; i++) {
		if (i > 0 && i % 4 === 0) out += '-';
		out += START_PASSWORD_ALPHABET[bytes[i]! & 31];
	}
	return out;
}

/**
 * A typed start password in its stored form (`K7PM-X3QD-9TRW`), or null when it cannot be one.
 * The mail shows the groups with spaces and says they are not part of it: spaces, hyphens and
 * case are ignored (the alphabet has no look-alikes, so upper-casing is unambiguous). Only the
 * grouping changes, never a symbol: the 60 bits stay 60 bits.
 */
export function canonicalStartPassword(typed: string): string | null {
	const compact = typed.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase();
	if (compact.length !== START_PASSWORD_SYMBOLS) return null;
	if (![...compact].every((c) => START_PASSWORD_ALPHABET.includes(c))) return null;
	return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

/** A fresh random start password. */
export function randomStartPassword(): string {
	return formatStartPassword(crypto.getRandomValues(new Uint8Array(START_PASSWORD_SYMBOLS)));
}

/**
 * The start password of issue `issue` for a user, derived from the batch's secret seed (KV).
 * Deterministic on purpose: a redelivered queue message that has to send the mail again sends
 * the same password the stored hash was made from, whichever step the crash interrupted.
 */
export async function derivedStartPassword(
	seed: CryptoKey,
	userId: string,
	issue: number
): Promise<string> {
	return formatStartPassword(await deriveBytes(seed, `start-password:${userId}:${issue}`));
}

export function hashStartPassword(password: string): Promise<string> {
	return hashSecret(password, START_PASSWORD_PARAMS);
}

/** START_PASSWORD_DAYS from the environment (default 30, clamped to 1–365). */
export function startPasswordDays(env: Pick<Env, 'START_PASSWORD_DAYS'>): number {
	const days = Number.parseInt(env.START_PASSWORD_DAYS ?? '', 10);
	return Number.isFinite(days) && days >= 1 && days <= 365 ? days : DEFAULT_START_PASSWORD_DAYS;
}

export function startPasswordExpiry(env: Pick<Env, 'START_PASSWORD_DAYS'>, now: Date): Date {
	return new Date(now.getTime() + startPasswordDays(env) * 24 * 60 * 60 * 1000);
}

/** Idempotency key of the credential mail of one issue. */
export const credentialMailKey = (userId: string, issue: number) => `credential:${userId}:${issue}`;
