import { and, eq, inArray, lt } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db';
import { mailLog } from '../db/schema';
import { injectFault, type FaultEnv } from '../lists/faults';
import { DevMailbox } from './dev-mailbox';
import { ResendMailer } from './resend';
import { CloudflareEmailMailer } from './cloudflare-email';
import { withSafeHeaders } from './safe-headers';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html: string;
	/** Same key, same mail: a retried step never sends a second copy. */
	idempotencyKey: string;
}

/** One way to send mail; the implementation is chosen by configuration (MAIL_PROVIDER). */
export interface Mailer {
	readonly name: string;
	/**
	 * Whether the provider itself drops a second send with the same idempotency key (Resend: for
	 * 24 hours; the dev mailbox: a unique index). sendOnce relies on it after a crash.
	 */
	readonly deduplicates: boolean;
	send(message: MailMessage): Promise<void>;
	/**
	 * Several mails in one hand-over, where the provider has a way that keeps each mail's own
	 * deduplication (the dev mailbox: one multi-row insert). All or nothing.
	 */
	sendMany?(messages: MailMessage[]): Promise<void>;
}

/** `fetch` for the providers that speak HTTP (a stand-in of the provider in tests). */
export interface MailerOptions {
	fetch?: typeof fetch;
}

/** The configured provider, behind the one header sanitiser (safe-headers.ts). */
export function getMailer(env: Env, db: Db, options: MailerOptions = {}): Mailer {
	return withSafeHeaders(providerOf(env, db, options));
}

function providerOf(env: Env, db: Db, options: MailerOptions): Mailer {
	switch (env.MAIL_PROVIDER) {
		case 'dev-mailbox':
			if (env.APP_ENV !== 'local') throw new Error('The dev mailbox is for local use only');
			return new DevMailbox(db);
		case 'resend':
			return new ResendMailer(env, options.fetch);
		case 'cloudflare':
			return new CloudflareEmailMailer(env);
		default:
			throw new Error(
				`MAIL_PROVIDER "${env.MAIL_PROVIDER}" is not one of dev-mailbox, resend, cloudflare`
			);
	}
}

/**
 * A provider without deduplication: a hand-over still marked 'sending' this long after it began
 * is taken to have crashed, and is sent again (at-least-once, see sendOnce).
 */
export const MAIL_IN_FLIGHT_MS = 2 * 60 * 1000;

/** Another delivery is handing this mail to a provider that does not deduplicate: retry later. */
export class MailInFlight extends Error {
	constructor() {
		super('mail in flight');
		this.name = 'MailInFlight';
	}
}

/**
 * Sends a mail once per idempotency key; false when it was sent before. The intent is recorded
 * first: one statement inserts the log row as 'sending' (or takes over a 'sending' row a crashed
 * or failed attempt left), then the provider is called with the key, then the row becomes
 * 'sent'. A crash between the provider call and that mark leaves 'sending', and the retry sends
 * again with the SAME key:
 * - Resend and the dev mailbox deduplicate on the key, so the person gets one mail;
 * - Cloudflare Email cannot (no idempotency key in its API). There we choose at-least-once: a
 *   'sending' row older than MAIL_IN_FLIGHT_MS is sent again, so a crash in that window can
 *   give a second, identical mail (a credential mail carries the same derived password), never
 *   none. A lost start password locks a person out unnoticed; a duplicate only annoys. While the
 *   row is younger, a concurrent delivery gets MailInFlight instead of sending a second copy.
 * `faults` (tests) arms the 'mail.after-provider-send' point.
 */
export async function sendOnce(
	db: Db,
	mailer: Mailer,
	message: MailMessage,
	options: { now?: Date; faults?: FaultEnv; attempt?: number } = {}
): Promise<boolean> {
	// Callers without a clock of their own (request handlers) get the isolate's, which is the
	// app clock locally (server/clock.ts).
	const now = options.now ?? new Date();
	const key = message.idempotencyKey;
	const takeOver = mailer.deduplicates
		? eq(mailLog.state, 'sending')
		: and(
				eq(mailLog.state, 'sending'),
				lt(mailLog.sentAt, new Date(now.getTime() - MAIL_IN_FLIGHT_MS))
			);
	const claimed = await db
		.insert(mailLog)
		.values({ idempotencyKey: key, sentAt: now, provider: mailer.name, state: 'sending' })
		.onConflictDoUpdate({
			target: mailLog.idempotencyKey,
			set: { sentAt: now, provider: mailer.name },
			setWhere: takeOver
		})
		.returning({ key: mailLog.idempotencyKey })
		.get();
	if (!claimed) {
		const found = await db
			.select({ state: mailLog.state })
			.from(mailLog)
			.where(eq(mailLog.idempotencyKey, key))
			.get();
		if (found?.state === 'sent') return false;
		throw new MailInFlight();
	}
	try {
		await mailer.send(message);
	} catch (error) {
		// Not handed over (as far as we know): release the claim so the retry need not wait.
		await db
			.delete(mailLog)
			.where(
				and(eq(mailLog.idempotencyKey, key), eq(mailLog.state, 'sending'), eq(mailLog.sentAt, now))
			);
		throw error;
	}
	if (options.faults) injectFault(options.faults, 'mail.after-provider-send', options.attempt);
	await db
		.update(mailLog)
		.set({ state: 'sent', sentAt: now })
		.where(eq(mailLog.idempotencyKey, key));
	return true;
}

/** A mail of sendEachOnce: its key, and its content, composed only if this call sends it. */
interface PendingMail {
	idempotencyKey: string;
	compose: () => Promise<Omit<MailMessage, 'idempotencyKey'>>;
}

/** D1 binds at most 100 parameters per statement (a claim binds 4 per mail, plus 2). */
const CLAIMS_PER_STATEMENT = 23;
const KEYS_PER_SELECT = 90;
const chunk = <T>(items: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);
type Statement = BatchItem<'sqlite'>;

/**
 * Hands the mails over: in one call where the provider can (sendMany), else one by one, as
 * sendOnce does (Resend allows a few requests a second; its batch endpoint takes one
 * Idempotency-Key for the whole request, not one per mail, see BENCHMARKS.md).
 */
async function handOver(mailer: Mailer, messages: MailMessage[]): Promise<(unknown | null)[]> {
	if (messages.length === 0) return [];
	if (mailer.sendMany) {
		try {
			await mailer.sendMany(messages);
			return messages.map(() => null);
		} catch (error) {
			return messages.map(() => error);
		}
	}
	// A provider that failed once is not called again for the rest: they are released unsent.
	const outcomes: (unknown | null)[] = [];
	let failure: unknown = null;
	for (const message of messages) {
		if (failure === null)
			try {
				await mailer.send(message);
			} catch (error) {
				failure = error ?? new Error('send failed');
			}
		outcomes.push(failure);
	}
	return outcomes;
}

/**
 * sendOnce for many mails at once, with the same guarantees per idempotency key and a fixed
 * number of D1 round trips whatever their number: one batch claims them all (the intents,
 * 'sending', multi-row, plus their states), the claimed ones go to the provider, one batch marks
 * them 'sent' (and releases the ones the provider refused). A crash between the hand-over and
 * that mark leaves 'sending', and the retry sends again with the same keys (see sendOnce).
 * Throws the provider's error when a mail could not be handed over, MailInFlight when another
 * delivery holds one (both after the others were sent and marked).
 */
export async function sendEachOnce(
	db: Db,
	mailer: Mailer,
	mails: PendingMail[],
	options: { now: Date; faults?: FaultEnv; attempt?: number }
): Promise<void> {
	if (mails.length === 0) return;
	const { now } = options;
	const takeOver = mailer.deduplicates
		? eq(mailLog.state, 'sending')
		: and(
				eq(mailLog.state, 'sending'),
				lt(mailLog.sentAt, new Date(now.getTime() - MAIL_IN_FLIGHT_MS))
			);
	const keys = mails.map((m) => m.idempotencyKey);
	const claims: Statement[] = chunk(keys, CLAIMS_PER_STATEMENT).map((part) =>
		db
			.insert(mailLog)
			.values(
				part.map((key) => ({
					idempotencyKey: key,
					sentAt: now,
					provider: mailer.name,
					state: 'sending' as const
				}))
			)
			.onConflictDoUpdate({
				target: mailLog.idempotencyKey,
				set: { sentAt: now, provider: mailer.name },
				setWhere: takeOver
			})
			.returning({ key: mailLog.idempotencyKey })
	);
	const states = chunk(keys, KEYS_PER_SELECT).map((part) =>
		db
			.select({ key: mailLog.idempotencyKey, state: mailLog.state })
			.from(mailLog)
			.where(inArray(mailLog.idempotencyKey, part))
	);
	const results = await db.batch([...claims, ...states] as [Statement, ...Statement[]]);
	const claimed = new Set(
		(results.slice(0, claims.length) as { key: string }[][]).flat().map((r) => r.key)
	);
	const sent = new Set(
		(results.slice(claims.length) as { key: string; state: string }[][])
			.flat()
			.filter((r) => r.state === 'sent')
			.map((r) => r.key)
	);
	const inFlight = keys.some((key) => !claimed.has(key) && !sent.has(key));

	const messages: MailMessage[] = [];
	for (const mail of mails)
		if (claimed.has(mail.idempotencyKey))
			messages.push({ ...(await mail.compose()), idempotencyKey: mail.idempotencyKey });
	const outcomes = await handOver(mailer, messages);
	if (options.faults) injectFault(options.faults, 'mail.after-provider-send', options.attempt);
	const ok = messages.filter((_, i) => outcomes[i] === null).map((m) => m.idempotencyKey);
	const failed = messages.filter((_, i) => outcomes[i] !== null).map((m) => m.idempotencyKey);
	const marks: Statement[] = [
		...chunk(ok, KEYS_PER_SELECT).map((part) =>
			db
				.update(mailLog)
				.set({ state: 'sent', sentAt: now })
				.where(inArray(mailLog.idempotencyKey, part))
		),
		// Not handed over (as far as we know): release the claims so the retry need not wait.
		...chunk(failed, KEYS_PER_SELECT).map((part) =>
			db
				.delete(mailLog)
				.where(
					and(
						inArray(mailLog.idempotencyKey, part),
						eq(mailLog.state, 'sending'),
						eq(mailLog.sentAt, now)
					)
				)
		)
	];
	if (marks.length > 0) await db.batch(marks as [Statement, ...Statement[]]);
	const error = outcomes.find((o) => o !== null);
	if (error !== undefined) throw error;
	if (inFlight) throw new MailInFlight();
}
