import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { mailLog } from '../db/schema';
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
	send(message: MailMessage): Promise<void>;
}

/** The configured provider, behind the one header sanitiser (safe-headers.ts). */
export function getMailer(env: Env, db: Db): Mailer {
	return withSafeHeaders(providerOf(env, db));
}

function providerOf(env: Env, db: Db): Mailer {
	switch (env.MAIL_PROVIDER) {
		case 'dev-mailbox':
			if (env.APP_ENV !== 'local') throw new Error('The dev mailbox is for local use only');
			return new DevMailbox(db);
		case 'resend':
			return new ResendMailer(env);
		case 'cloudflare':
			return new CloudflareEmailMailer(env);
		default:
			throw new Error(
				`MAIL_PROVIDER "${env.MAIL_PROVIDER}" is not one of dev-mailbox, resend, cloudflare`
			);
	}
}

/**
 * Sends a mail at most once per idempotency key. The provider also receives the key (Resend
 * dedupes on it; the dev mailbox has a unique index), which covers a crash between sending and
 * logging; the log makes every later retry a no-op without asking the provider.
 */
export async function sendOnce(db: Db, mailer: Mailer, message: MailMessage): Promise<boolean> {
	const done = await db
		.select({ key: mailLog.idempotencyKey })
		.from(mailLog)
		.where(eq(mailLog.idempotencyKey, message.idempotencyKey))
		.get();
	if (done) return false;
	await mailer.send(message);
	await db
		.insert(mailLog)
		.values({ idempotencyKey: message.idempotencyKey, sentAt: new Date(), provider: mailer.name })
		.onConflictDoNothing();
	return true;
}
