import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { devMail } from '../db/schema';
import type { MailMessage, Mailer } from './index';

/** Local development: mail lands in the local D1 and is read at /dev/mailbox. */
export class DevMailbox implements Mailer {
	readonly name = 'dev-mailbox';
	/** The unique index on the idempotency key. */
	readonly deduplicates = true;
	constructor(private readonly db: Db) {}

	async send(message: MailMessage): Promise<void> {
		await this.db.insert(devMail).values(message).onConflictDoNothing();
	}

	/** One D1 batch of multi-row inserts (7 parameters a mail, at most 100 a statement). */
	async sendMany(messages: MailMessage[]): Promise<void> {
		const statements = [];
		for (let i = 0; i < messages.length; i += 14)
			statements.push(
				this.db
					.insert(devMail)
					.values(messages.slice(i, i + 14))
					.onConflictDoNothing()
			);
		const [first, ...rest] = statements;
		if (first) await this.db.batch([first, ...rest]);
	}
}

export function listDevMail(db: Db, limit = 200) {
	return db
		.select({
			id: devMail.id,
			to: devMail.to,
			subject: devMail.subject,
			createdAt: devMail.createdAt
		})
		.from(devMail)
		.orderBy(desc(devMail.createdAt))
		.limit(limit)
		.all();
}

export function getDevMail(db: Db, id: string) {
	return db.select().from(devMail).where(eq(devMail.id, id)).get();
}
