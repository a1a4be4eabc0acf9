import { and, eq, lt } from 'drizzle-orm';
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
