/**
 * The member employers a person can choose when registering: found by a search of at least three
 * characters on the name or the enterprise number, never listed in full, and only active
 * employers (not intermediaries, not COLLECTIEF, not deactivated ones). What comes back is what
 * anyone may know: the name and the id to post back — never the number, the roster or a count.
 */
import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { organization } from '../db/schema';
import { reserveAttempt, throttleKey, type ThrottleRule } from '../auth/throttle';

export const EMPLOYER_SEARCH_MIN = 3;
export const EMPLOYER_SEARCH_LIMIT = 10;

/** Per IP: plenty for a person typing (suggestions are throttled in the browser too), not for a crawl. */
export const EMPLOYER_SEARCH_RULE: ThrottleRule = {
	prefix: 'employer-search',
	threshold: 120,
	baseDelayMs: 60_000,
	maxDelayMs: 15 * 60_000,
	windowMs: 10 * 60_000
};

export interface EmployerChoice {
	id: string;
	name: string;
}

export type EmployerSearch =
	{ ok: true; employers: EmployerChoice[] } | { ok: false; reason: 'too-short' | 'throttled' };

const activeEmployer = and(eq(organization.kind, 'employer'), eq(organization.active, true));

/** `%`, `_` and the escape character itself are literal in what a person types. */
function likeText(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The search typed: spaces folded, at most 100 characters. */
export function searchText(query: string | null | undefined): string {
	return (query ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
}

/**
 * Active employers whose name contains the query (case-insensitive), or whose enterprise number
 * starts with its digits ("0123.45", "BE 0123 456", or the old nine-digit notation), by name, at
 * most {@link EMPLOYER_SEARCH_LIMIT}. Fewer than three characters: no search at all.
 */
export async function findEmployers(db: Db, query: string): Promise<EmployerSearch> {
	const text = searchText(query);
	if (text.length < EMPLOYER_SEARCH_MIN) return { ok: false, reason: 'too-short' };
	const matches: SQL[] = [sql`${organization.name} like ${`%${likeText(text)}%`} escape '\\'`];
	const digits = text.replace(/^BE/i, '').replace(/[\s.\-/]/g, '');
	if (/^\d{3,10}$/.test(digits)) {
		matches.push(like(organization.enterpriseNumber, `${digits}%`));
		if (digits.length <= 9) matches.push(like(organization.enterpriseNumber, `0${digits}%`));
	}
	const employers = await db
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(and(activeEmployer, or(...matches)))
		.orderBy(asc(organization.name))
		.limit(EMPLOYER_SEARCH_LIMIT)
		.all();
	return { ok: true, employers };
}

/**
 * {@link findEmployers} for an anonymous visitor: one attempt per search is reserved on the IP
 * first, so the list of members cannot be crawled by trying every three letters.
 */
export async function searchEmployers(
	deps: { db: Db; secret: string; now: Date },
	query: string,
	ip: string
): Promise<EmployerSearch> {
	if (searchText(query).length < EMPLOYER_SEARCH_MIN) return { ok: false, reason: 'too-short' };
	const key = await throttleKey(deps.secret, EMPLOYER_SEARCH_RULE.prefix, ip);
	const reserved = await reserveAttempt(deps.db, key, EMPLOYER_SEARCH_RULE, deps.now.getTime());
	if (!reserved.ok) return { ok: false, reason: 'throttled' };
	return findEmployers(deps.db, query);
}

/** The chosen employer, when it is an active member (to show it again after a refused form). */
export function chosenEmployer(db: Db, id: string) {
	return db
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(and(eq(organization.id, id), activeEmployer))
		.get();
}

export async function isActiveEmployer(db: Db, id: string): Promise<boolean> {
	return Boolean(await chosenEmployer(db, id));
}
