import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';
import { hmacSha256Hex } from '../security/hash';

/**
 * Throttling on D1 (logins per account and per IP, TOTP codes per user, reset mails and
 * self-registrations per address and per IP). Attempts are counted per key, reserved before the
 * work they guard; from the `threshold`-th attempt on, the key is locked for a delay that doubles
 * with every further admitted attempt (capped). Keys are HMAC-SHA-256 of the e-mail address or
 * IP under AUTH_SECRET, so the table holds no address in clear and a copy of it cannot be checked
 * against a list of addresses.
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

export async function throttleKey(secret: string, prefix: string, value: string): Promise<string> {
	return `${prefix}:${await hmacSha256Hex(secret, `${prefix}:${value}`)}`;
}

/** The refusal of a throttled password check, in minutes to wait (at least one). */
import type { Text } from '$lib/i18n';
import * as m from '$lib/paraglide/messages';

export function throttled(waitMs: number) {
	return {
		ok: false as const,
		status: 429 as const,
		message: ((t) =>
			t(m['login.throttled'], { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) })) as Text
	};
}

/** The delay after `failures` failures (0 below the threshold). */
function lockDelay(rule: ThrottleRule, failures: number): number {
	if (failures < rule.threshold) return 0;
	return Math.min(rule.baseDelayMs * 2 ** (failures - rule.threshold), rule.maxDelayMs);
}

type Reservation = { ok: true } | { ok: false; waitMs: number };

/**
 * Reserves one attempt for `key` BEFORE the expensive or mail-sending work, in one statement: the
 * count goes up and the lock is set only while the key is not locked, and the row comes back only
 * then. So of any number of simultaneous attempts at most `threshold` get through before the lock
 * (then one per lock period, each doubling it); a refused attempt changes nothing.
 */
export async function reserveAttempt(
	db: Db,
	key: string,
	rule: ThrottleRule,
	now: number
): Promise<Reservation> {
	const staleBefore = now - rule.windowMs;
	const stale = sql`${loginThrottle.updatedAt} < ${staleBefore}`;
	const count = sql`(case when ${stale} then 1 else ${loginThrottle.failures} + 1 end)`;
	// SQLite has no pow(); a left shift doubles, capped well below 64 bits.
	const lockAt = (n: SQL) =>
		sql`(case when ${n} >= ${rule.threshold} then ${now} + min(${rule.maxDelayMs}, ${rule.baseDelayMs} << min(${n} - ${rule.threshold}, 30)) else null end)`;
	const first = lockDelay(rule, 1);
	const row = await db
		.insert(loginThrottle)
		.values({
			key,
			failures: 1,
			updatedAt: new Date(now),
			lockedUntil: first > 0 ? new Date(now + first) : null
		})
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: { failures: count, lockedUntil: lockAt(count), updatedAt: new Date(now) },
			setWhere: sql`${loginThrottle.lockedUntil} is null or ${loginThrottle.lockedUntil} <= ${now} or ${stale}`
		})
		.returning({ failures: loginThrottle.failures })
		.get();
	if (row) return { ok: true };
	const lock = await db
		.select({ lockedUntil: loginThrottle.lockedUntil })
		.from(loginThrottle)
		.where(eq(loginThrottle.key, key))
		.get();
	return { ok: false, waitMs: Math.max(1, (lock?.lockedUntil?.getTime() ?? now) - now) };
}

/**
 * Reserves an attempt on every key, in order. At the first refusal the keys reserved so far get
 * their attempt back (a refused request did no work) and later keys are not counted.
 */
export async function reserveAttempts(
	db: Db,
	keys: { key: string; rule: ThrottleRule }[],
	now: number
): Promise<Reservation> {
	for (const [index, { key, rule }] of keys.entries()) {
		const reserved = await reserveAttempt(db, key, rule, now);
		if (!reserved.ok) {
			for (const earlier of keys.slice(0, index))
				await releaseAttempt(db, earlier.key, earlier.rule);
			return reserved;
		}
	}
	return { ok: true };
}

/** A successful login forgets the account's attempts (and the user's TOTP attempts). */
export async function clearFailures(db: Db, key: string) {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/**
 * Gives back one reserved attempt (a successful login from an IP is not a guess): the count goes
 * down by one, and a lock ends when the count is back below the threshold.
 */
export async function releaseAttempt(db: Db, key: string, rule: ThrottleRule) {
	await db
		.update(loginThrottle)
		.set({
			failures: sql`max(${loginThrottle.failures} - 1, 0)`,
			lockedUntil: sql`case when ${loginThrottle.failures} - 1 < ${rule.threshold} then null else ${loginThrottle.lockedUntil} end`
		})
		.where(eq(loginThrottle.key, key));
}
