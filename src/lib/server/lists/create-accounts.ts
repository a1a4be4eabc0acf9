import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import type { Db } from '../db';
import { mailLog, user } from '../db/schema';
import { sendOnce, type Mailer } from '../mail';
import { credentialMail } from '../mail/templates/credential';
import {
	credentialMailKey,
	derivedStartPassword,
	hashStartPassword,
	startPasswordExpiry
} from './start-password';
import { InjectedFault, injectFault } from './faults';

/** A code-1 line: the person, the matched roster entry and the (deterministic) account id. */
export interface NewAccount {
	userId: string;
	accountId: string;
	rosterEntryId: string;
	employerId: string;
	lastName: string;
	firstName: string;
	birthDate: string;
	postcode: string;
	email: string;
	/** Set when the account already exists (a redelivery): only the mail may be missing. */
	expiresAt?: Date | null;
}

export class MailFailed extends Error {
	constructor() {
		super('mail provider failed');
		this.name = 'MailFailed';
	}
}

/**
 * Inserts the accounts (user + credential account, start-password hash) in one D1 batch. A user
 * row that conflicts (e-mail or roster entry taken meanwhile) is skipped, and so is its account
 * row; returns the ids that exist afterwards.
 */
export async function insertAccounts(
	db: Db,
	env: Env,
	seed: CryptoKey,
	accounts: NewAccount[],
	locale: Locale,
	now: Date
): Promise<Set<string>> {
	if (accounts.length === 0) return new Set();
	const expiresAt = startPasswordExpiry(env, now);
	// Raw D1 statements: the account row is inserted only if its user row is there (the user
	// insert is skipped on a conflict), which drizzle's batch cannot express.
	const statements: D1PreparedStatement[] = [];
	const t = now.getTime();
	for (const a of accounts) {
		const hash = await hashStartPassword(await derivedStartPassword(seed, a.userId, 1));
		a.expiresAt = expiresAt;
		// scrypt runs on the isolate's thread: yield between hashes so requests served by the
		// same isolate (status polls) are not held up for a whole chunk.
		await new Promise((resolve) => setTimeout(resolve, 0));
		statements.push(
			env.DB.prepare(
				`insert into user (id, name, email, email_verified, created_at, updated_at, role, kind, locale,
					status, must_change_password, start_password_expires_at, origin, employer_id, roster_entry_id,
					last_name, first_name, birth_date, postcode)
				values (?, ?, ?, 0, ?, ?, 'user', 'employee', ?, 'pending', 1, ?, 'batch', ?, ?, ?, ?, ?, ?)
				on conflict do nothing`
			).bind(
				a.userId,
				`${a.firstName} ${a.lastName}`,
				a.email,
				t,
				t,
				locale,
				expiresAt.getTime(),
				a.employerId,
				a.rosterEntryId,
				a.lastName,
				a.firstName,
				a.birthDate,
				a.postcode
			),
			env.DB.prepare(
				`insert into account (id, account_id, provider_id, user_id, password, created_at, updated_at)
				select ?, ?, 'credential', ?, ?, ?, ? where exists (select 1 from user where id = ?)
				on conflict do nothing`
			).bind(a.accountId, a.userId, a.userId, hash, t, t, a.userId)
		);
	}
	await env.DB.batch(statements);
	const existing = await db
		.select({ id: user.id })
		.from(user)
		.where(
			inArray(
				user.id,
				accounts.map((a) => a.userId)
			)
		);
	return new Set(existing.map((row) => row.id));
}

/**
 * Sends the credential mail (issue 1) of each account through sendOnce (intent logged before
 * the provider call). The password is derived again from the batch seed, so a resend after a
 * crash carries the password whose hash is stored.
 */
export async function sendCredentialMails(
	deps: { db: Db; env: Env; mailer: Mailer },
	seed: CryptoKey,
	accounts: NewAccount[],
	mailLocale: Locale | null,
	attempt: number,
	now: Date
): Promise<void> {
	if (accounts.length === 0) return;
	const { db, env, mailer } = deps;
	const keys = accounts.map((a) => credentialMailKey(a.userId, 1));
	// Composing a mail derives its password: the ones already sent are skipped before that.
	const sent = new Set(
		(
			await db
				.select({ key: mailLog.idempotencyKey })
				.from(mailLog)
				.where(and(inArray(mailLog.idempotencyKey, keys), eq(mailLog.state, 'sent')))
		).map((row) => row.key)
	);
	for (const [i, a] of accounts.entries()) {
		const idempotencyKey = keys[i]!;
		if (sent.has(idempotencyKey)) continue;
		const password = await derivedStartPassword(seed, a.userId, 1);
		const mail = credentialMail({
			locale: mailLocale,
			email: a.email,
			password,
			expiresAt: a.expiresAt ?? startPasswordExpiry(env, now),
			env
		});
		try {
			await sendOnce(
				db,
				mailer,
				{ to: a.email, ...mail, idempotencyKey },
				{
					now,
					faults: env,
					attempt
				}
			);
		} catch (error) {
			if (error instanceof InjectedFault) throw error;
			throw new MailFailed();
		}
	}
	injectFault(env, 'pipeline.after-credential-mail', attempt);
}
