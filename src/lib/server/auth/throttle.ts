import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';

/**
 * Login throttling on D1, per account and per IP. Failures are counted per key; from the
 * `threshold`-th failure on, the key is locked for a delay that doubles with every further failure
 * (capped). Keys are HMAC-SHA-256 of the e-mail address or IP under AUTH_SECRET, so the table
 * holds no address in clear and a copy of it cannot be checked against a list of addresses.
 * A key is counted whether or not an account exists, so a lock says nothing about existence.
 */
export interface ThrottleRule {
	prefix: string;
	threshold: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Failures older than this are forgotten. */
	windowMs: number;
}

const MINUTE = 60_000;

export const ACCOUNT_RULE: ThrottleRule = {
	prefix: 'account',
	threshold: 5,
	baseDelayMs: 30_000,
	maxDelayMs: 15 * MINUTE,
	windowMs: 24 * 60 * MINUTE
};

/** Per IP: more room, since a whole office can share one address. */
export const IP_RULE: ThrottleRule = {
	prefix: 'ip',
	threshold: 20,
	baseDelayMs: 30_000,
	maxDelayMs: 15 * MINUTE,
	windowMs: 24 * 60 * MINUTE
};

const encoder = new TextEncoder();

export async function throttleKey(secret: string, prefix: string, value: string): Promise<string> {
	const key = await crypto.subtle.importKey(
		'raw',
		encoder.encode(secret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${prefix}:${value}`));
	const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${prefix}:${hex}`;
}

/** The delay after `failures` failures (0 below the threshold). */
export function lockDelay(rule: ThrottleRule, failures: number): number {
	if (failures < rule.threshold) return 0;
	return Math.min(rule.baseDelayMs * 2 ** (failures - rule.threshold), rule.maxDelayMs);
}

/** Milliseconds until the latest lock among `keys` ends (0: not locked). */
export async function lockedFor(db: Db, keys: string[], now = Date.now()): Promise<number> {
	const rows = await db
		.select({ lockedUntil: loginThrottle.lockedUntil })
		.from(loginThrottle)
		.where(inArray(loginThrottle.key, keys))
		.all();
	const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
	return Math.max(0, until - now);
}

/** Counts one failure for `key` and locks it when the rule says so. */
export async function recordFailure(db: Db, key: string, rule: ThrottleRule, now = Date.now()) {
	const staleBefore = now - rule.windowMs;
	const row = await db
		.insert(loginThrottle)
		.values({ key, failures: 1, updatedAt: new Date(now) })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures: sql`case when ${loginThrottle.updatedAt} < ${staleBefore} then 1 else ${loginThrottle.failures} + 1 end`,
				updatedAt: new Date(now)
			}
		})
		.returning({ failures: loginThrottle.failures })
		.get();
	const delay = lockDelay(rule, row.failures);
	if (delay > 0)
		await db
			.update(loginThrottle)
			.set({ lockedUntil: new Date(now + delay) })
			.where(eq(loginThrottle.key, key));
}

/** A successful login forgets the account's failures (never the IP's). */
export async function clearFailures(db: Db, key: string) {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
