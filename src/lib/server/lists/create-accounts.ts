import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Locale } from '$lib/i18n';
import { uiLocaleOf, type MailLocale } from '$lib/i18n/mail';
import type { Db } from '../db';
import { rawStatement } from '../db/raw';
import { account, user } from '../db/schema';
import { sendEachOnce, type Mailer } from '../mail';
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
	/** The language the list line named for the person's mail (null: none). */
	language: MailLocale | null;
	/** Set when the account already exists (a redelivery): only the mail may be missing. */
	expiresAt?: Date | null;
}

export class MailFailed extends Error {
	constructor() {
		super('mail provider failed');
		this.name = 'MailFailed';
	}
}

/** Start-password hashes (scrypt, ~3 ms each) run on the isolate's thread; see hashAll. */
const HASHES_PER_SLICE = 8;

/**
 * The start-password hash of each account. Between slices of HASHES_PER_SLICE hashes (~25–35 ms
 * of CPU at N=2^10) the isolate gets to serve what waits, e.g. a status poll; one macrotask per
 * hash made the consumer queue behind every poll. The slice is counted, not timed: workerd's
 * clocks stand still while code runs, so elapsed time cannot be measured inside the loop.
 */
async function hashAll(seed: CryptoKey, accounts: NewAccount[]): Promise<string[]> {
	const hashes: string[] = [];
	for (const [i, a] of accounts.entries()) {
		if (i > 0 && i % HASHES_PER_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
		hashes.push(await hashStartPassword(await derivedStartPassword(seed, a.userId, 1)));
	}
	return hashes;
}

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMS = 100;
const chunk = <T>(items: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);

type Statement = BatchItem<'sqlite'>;

/**
 * Inserts the accounts (user + credential account, start-password hash) and whatever `after`
 * holds (the partner links, which select the users that exist) in ONE D1 batch: multi-row
 * inserts within D1's parameter limit. A user row that conflicts (e-mail or roster entry taken
 * meanwhile) is skipped, and so is its account row; returns the ids that exist afterwards and
 * the results of `after`.
 */
export async function insertAccounts(
	db: Db,
	env: Env,
	seed: CryptoKey,
	accounts: NewAccount[],
	locale: Locale,
	now: Date,
	after: Statement[] = []
): Promise<{ inserted: Set<string>; after: unknown[] }> {
	const expiresAt = startPasswordExpiry(env, now);
	const hashes = await hashAll(seed, accounts);
	const users = accounts.map((a) => {
		a.expiresAt = expiresAt;
		return {
			id: a.userId,
			name: `${a.firstName} ${a.lastName}`,
			email: a.email,
			emailVerified: false,
			createdAt: now,
			updatedAt: now,
			role: 'user',
			kind: 'employee' as const,
			// The portal speaks the line's language when it names one (German readers: English).
			locale: a.language ? uiLocaleOf(a.language) : locale,
			mailLocale: a.language,
			status: 'pending' as const,
			mustChangePassword: true,
			startPasswordExpiresAt: expiresAt,
			origin: 'batch' as const,
			employerId: a.employerId,
			rosterEntryId: a.rosterEntryId,
			lastName: a.lastName,
			firstName: a.firstName,
			birthDate: a.birthDate,
			postcode: a.postcode
		};
	});
	// Every column of the table is bound (drizzle binds defaults too).
	const usersPerInsert = Math.floor(MAX_PARAMS / Object.keys(getTableColumns(user)).length);
	const statements: Statement[] = chunk(users, usersPerInsert).map((part) =>
		db.insert(user).values(part).onConflictDoNothing()
	);
	// The credential account only where its user row is there (skipped on a conflict): an
	// INSERT … SELECT over the new rows, which drizzle's insert cannot express.
	const t = now.getTime();
	const column = (c: { name: string }) => sql.identifier(c.name);
	for (const part of chunk(
		accounts.map((a, i) => ({ a, hash: hashes[i]! })),
		Math.floor((MAX_PARAMS - 4) / 3)
	)) {
		const rows = sql.join(
			part.map(({ a, hash }) => sql`(${a.accountId}, ${a.userId}, ${hash})`),
			sql`, `
		);
		statements.push(
			rawStatement(
				db,
				sql`insert into ${account} (${column(account.id)}, ${column(account.accountId)},
					${column(account.providerId)}, ${column(account.userId)}, ${column(account.password)},
					${column(account.createdAt)}, ${column(account.updatedAt)})
				select v.column1, v.column2, 'credential', v.column2, v.column3, ${t}, ${t}
				from (values ${rows}) as v
				where exists (select 1 from ${user} where ${user.id} = v.column2)
				on conflict do nothing`
			)
		);
	}
	const ids = [...accounts.map((a) => a.userId)];
	const existing = chunk(ids, 90).map((part) =>
		db.select({ id: user.id }).from(user).where(inArray(user.id, part))
	);
	const all = [...statements, ...after, ...existing];
	if (all.length === 0) return { inserted: new Set(), after: [] };
	const results = await db.batch(all as [Statement, ...Statement[]]);
	const from = statements.length;
	return {
		inserted: new Set(
			(results.slice(from + after.length) as { id: string }[][]).flat().map((row) => row.id)
		),
		after: results.slice(from, from + after.length)
	};
}

/**
 * Sends the credential mail (issue 1) of each account, in the language its line named (else the
 * employer's, with the others below), through sendEachOnce (intents logged in
 * one statement before the provider call, 'sent' in one after). The password is derived again
 * from the batch seed, so a resend after a crash carries the password whose hash is stored.
 */
export async function sendCredentialMails(
	deps: { db: Db; env: Env; mailer: Mailer },
	seed: CryptoKey,
	accounts: NewAccount[],
	employer: { locale: Locale | null; name: string | null },
	attempt: number,
	now: Date
): Promise<void> {
	if (accounts.length === 0) return;
	const { db, env, mailer } = deps;
	try {
		await sendEachOnce(
			db,
			mailer,
			accounts.map((a) => ({
				idempotencyKey: credentialMailKey(a.userId, 1),
				// Composing a mail derives its password: only for the mails this delivery claimed.
				compose: async () => ({
					to: a.email,
					...credentialMail({
						language: a.language,
						locale: employer.locale,
						employerName: employer.name,
						firstName: a.firstName,
						email: a.email,
						password: await derivedStartPassword(seed, a.userId, 1),
						expiresAt: a.expiresAt ?? startPasswordExpiry(env, now),
						env
					})
				})
			})),
			{ now, faults: env, attempt }
		);
	} catch (error) {
		if (error instanceof InjectedFault) throw error;
		throw new MailFailed();
	}
	injectFault(env, 'pipeline.after-credential-mail', attempt);
}
