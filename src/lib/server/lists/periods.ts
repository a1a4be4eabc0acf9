/**
 * Every period and size of the list pipeline in one place (the README's privacy section quotes
 * the retention periods from here).
 */

/** Code-1/2 lines keep their (encrypted) data until the employer opened the results, at most this. */
const RESULTS_RETENTION_DAYS = 7;
/** Code-3/4 lines keep theirs until the employer corrects them, at most this. */
const PROBLEM_RETENTION_DAYS = 30;
/** A list that never finished (stuck lines) is purged anyway after this many days. */
export const UNFINISHED_RETENTION_DAYS = 30;
/** Lines per queue message: small enough for one D1 `IN (…)` per lookup (≤ 100 parameters). */
export const LINES_PER_MESSAGE = 50;
/** Messages per `sendBatch` call (the Queues limit is 100). */
export const MESSAGES_PER_SEND = 100;
/**
 * An unfinished batch whose lines made no progress for this long has lost its messages (a local
 * queue lives in memory; a crash can drop them): the re-drive cron (every REDRIVE_CRON) enqueues
 * its pending lines again, at most once per this period, and the employer sees "delayed".
 */
export const REDRIVE_AFTER_MINUTES = 10;
/** Default MAX_LIST_ROWS. */
const DEFAULT_MAX_LIST_ROWS = 10_000;

export const DAY_MS = 24 * 60 * 60 * 1000;

export function maxListRows(env: Pick<Env, 'MAX_LIST_ROWS'>): number {
	const n = Number.parseInt(env.MAX_LIST_ROWS ?? '', 10);
	return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_LIST_ROWS;
}

/** Until when a finished line keeps its data, by result code. */
export function retainUntil(code: number, now: Date): Date {
	const days = code === 1 || code === 2 ? RESULTS_RETENTION_DAYS : PROBLEM_RETENTION_DAYS;
	return new Date(now.getTime() + days * DAY_MS);
}
