import { and, eq, like, sql } from 'drizzle-orm';
import { isMailLocale, type MailLocale } from '$lib/i18n/mail';
import type { Db } from '../db';
import { account, mailLog, organization, user } from '../db/schema';
import { newId } from '../db/ids';
import { getMailer, sendOnce, type Mailer } from '../mail';
import { credentialMail, mailLocaleOf } from '../mail/templates/credential';
import {
	credentialMailKey,
	derivedStartPassword,
	hashStartPassword,
	randomStartPassword,
	startPasswordExpiry
} from './start-password';

interface IssueStartPasswordInput {
	userId: string;
	/** Issue number; default: one more than the credential mails already sent to this user. */
	issue?: number;
	/** A batch seed makes the password reproducible (queue retries); default: random. */
	seed?: CryptoKey | null;
	/**
	 * Mail language; default: the language the person's list line named, else the employer's
	 * language with the other mail languages below.
	 */
	locale?: MailLocale | null;
	now: Date;
}

interface IssueStartPasswordResult {
	issue: number;
	/** False when this issue's mail had already been sent (nothing changed). */
	sent: boolean;
	expiresAt: Date;
}

/**
 * Gives a user a (new) start password and mails it: replaces the password hash, sets
 * mustChangePassword and the expiry, and sends the credential mail with idempotency key
 * `credential:<userId>:<issue>`. Use it for "send a new start password"; an issue whose mail was
 * already sent is left alone. Accounts still pending stay pending until the first change.
 */
export async function issueStartPassword(
	deps: { db: Db; env: Env; mailer?: Mailer },
	input: IssueStartPasswordInput
): Promise<IssueStartPasswordResult> {
	const { db, env } = deps;
	const { now } = input;
	const person = await db
		.select({
			id: user.id,
			email: user.email,
			firstName: user.firstName,
			mailLocale: user.mailLocale,
			employerLocale: organization.locale,
			employerName: organization.name
		})
		.from(user)
		.leftJoin(organization, eq(user.employerId, organization.id))
		.where(eq(user.id, input.userId))
		.get();
	if (!person) throw new Error('issueStartPassword: unknown user');
	const issue = input.issue ?? (await countCredentialMails(db, input.userId)) + 1;
	const expiresAt = startPasswordExpiry(env, now);
	const key = credentialMailKey(input.userId, issue);
	const done = await db.select().from(mailLog).where(eq(mailLog.idempotencyKey, key)).get();
	if (done) return { issue, sent: false, expiresAt };

	const password = input.seed
		? await derivedStartPassword(input.seed, input.userId, issue)
		: randomStartPassword();
	const hash = await hashStartPassword(password);
	const updated = await db
		.update(account)
		.set({ password: hash, updatedAt: now })
		.where(and(eq(account.userId, input.userId), eq(account.providerId, 'credential')))
		.returning({ id: account.id });
	if (updated.length === 0) {
		await db.insert(account).values({
			id: newId(),
			userId: input.userId,
			accountId: input.userId,
			providerId: 'credential',
			password: hash
		});
	}
	await db
		.update(user)
		.set({ mustChangePassword: true, startPasswordExpiresAt: expiresAt, updatedAt: now })
		.where(eq(user.id, input.userId));
	const own = input.locale !== undefined ? input.locale : person.mailLocale;
	const mail = credentialMail({
		language: isMailLocale(own) ? own : null,
		locale: mailLocaleOf(person.employerLocale),
		employerName: person.employerName,
		firstName: person.firstName,
		email: person.email,
		password,
		expiresAt,
		env
	});
	await sendOnce(db, deps.mailer ?? getMailer(env, db), {
		to: person.email,
		...mail,
		idempotencyKey: key
	});
	return { issue, sent: true, expiresAt };
}

async function countCredentialMails(db: Db, userId: string): Promise<number> {
	const row = await db
		.select({ n: sql<number>`count(*)` })
		.from(mailLog)
		.where(like(mailLog.idempotencyKey, `credential:${userId}:%`))
		.get();
	return row?.n ?? 0;
}
