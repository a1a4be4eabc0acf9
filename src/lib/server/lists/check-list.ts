/**
 * The check before paying: which code each line of a list WOULD get, decided by the pipeline's
 * own rules (decide-lines.ts) against the caller's roster and the accounts in D1, and the order
 * the queue consumer keeps within a list (link-lines.ts: the first line of a person registers, a
 * later copy finds that account; the first owner of an address keeps it). Nothing of the list is
 * created, mailed, stored or logged: the one write is the throttle's counter, keyed by an HMAC of
 * the employer's id.
 */
import { isBlankRow, type Reason, type RegistrationRow } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import { reserveAttempt, throttleKey, type ThrottleRule } from '../auth/throttle';
import type { Db } from '../db';
import { decideLines } from './decide-lines';
import { maxListRows } from './periods';
import type { HintPayload } from './roster-lookup';

/**
 * A few checks a minute per employer: the fifth within a minute locks the next minute. The
 * delay does not grow (base = max): a check costs a few queries, it guards no secret.
 */
export const LIST_CHECK_RULE: ThrottleRule = {
	prefix: 'list-check',
	threshold: 5,
	baseDelayMs: 60_000,
	maxDelayMs: 60_000,
	windowMs: 60_000
};

/** What one line would get. */
export interface Prediction {
	code: 1 | 2 | 3 | 4;
	reason: Reason;
	/** With code 3 (not in the roster): the entry the employer probably meant. */
	hint?: HintPayload | null;
	/** With a code decided by an earlier line of this list: that line (1-based). */
	otherLine?: number;
}

export type CheckResult =
	| { ok: true; predictions: Prediction[] }
	| { ok: false; status: 400; code: 'no-rows' | 'empty-row'; line?: number }
	| { ok: false; status: 413; code: 'too-many-rows'; max: number }
	| { ok: false; status: 429; code: 'throttled'; retryAfterSeconds: number };

export async function checkList(
	deps: { db: Db; env: Env },
	input: { employerId: string; rows: RegistrationRow[]; now: Date }
): Promise<CheckResult> {
	const { db, env } = deps;
	const { rows, now } = input;
	const max = maxListRows(env);
	if (rows.length === 0) return { ok: false, status: 400, code: 'no-rows' };
	if (rows.length > max) return { ok: false, status: 413, code: 'too-many-rows', max };
	const empty = rows.findIndex(isBlankRow);
	if (empty >= 0) return { ok: false, status: 400, code: 'empty-row', line: empty + 1 };
	// Reserved before any roster query: of simultaneous checks at most the limit are evaluated.
	const key = await throttleKey(env.AUTH_SECRET, LIST_CHECK_RULE.prefix, input.employerId);
	const reserved = await reserveAttempt(db, key, LIST_CHECK_RULE, now.getTime());
	if (!reserved.ok)
		return {
			ok: false,
			status: 429,
			code: 'throttled',
			retryAfterSeconds: Math.max(1, Math.ceil(reserved.waitMs / 1000))
		};
	const decisions = await decideLines(db, input.employerId, rows, brusselsDate(now));
	return { ok: true, predictions: inListOrder(decisions) };
}

/**
 * The decisions as the pipeline reaches them line after line: a line that would register creates
 * an account the later lines then find — the same person again gets 2 (`duplicate-in-list`),
 * another person with that address gets 4 (`email-used-by-other`).
 */
function inListOrder(decisions: Awaited<ReturnType<typeof decideLines>>): Prediction[] {
	const byEntry = new Map<string, number>();
	const byEmail = new Map<string, number>();
	return decisions.map((d, i): Prediction => {
		if (d.kind === 'decided') return { code: d.code, reason: d.reason, hint: d.hint ?? null };
		const sameEntry = byEntry.get(d.entryId);
		if (sameEntry !== undefined)
			return { code: 2, reason: 'duplicate-in-list', otherLine: sameEntry + 1 };
		const sameEmail = byEmail.get(d.row.email);
		if (sameEmail !== undefined)
			return { code: 4, reason: 'email-used-by-other', otherLine: sameEmail + 1 };
		byEntry.set(d.entryId, i);
		byEmail.set(d.row.email, i);
		return { code: 1, reason: 'registered' };
	});
}
