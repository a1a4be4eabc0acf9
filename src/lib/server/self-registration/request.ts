import { and, eq } from 'drizzle-orm';
import { matchingKey } from '$lib/registration';
import type { Locale } from '$lib/i18n';
import type { Db } from '../db';
import { rosterEntry, user } from '../db/schema';
import { newId } from '../db/ids';
import { getMailer, sendOnce } from '../mail';
import { composeMail } from '../mail/compose';
import { randomToken, sha256Hex } from '../security/hash';
import type { Auth } from '../auth';
import * as m from '$lib/paraglide/messages';

/** A confirmation link works for 24 hours, once. */
const CONFIRM_SECONDS = 24 * 60 * 60;
export const CONFIRM_PREFIX = 'self-registration:';

/** A validated, normalised registration (birth date as yyyy-mm-dd). */
export interface Registration {
	lastName: string;
	firstName: string;
	postcode: string;
	birthDate: string;
	email: string;
	employerId: string;
	locale: Locale;
}

/** What the confirmation link carries (in the verification table; the token only hashed). */
export interface PendingAccount {
	employerId: string;
	rosterEntryId: string;
	email: string;
	locale: Locale;
}

interface RegistrationDeps {
	db: Db;
	env: Env;
	auth: Auth;
	/** When the request came in (the app clock): the confirmation link runs from then. */
	now: Date;
}

/** The single roster entry of this employer that the person matches and that has no account yet. */
async function findFreeRosterEntry(db: Db, reg: Registration): Promise<string | null> {
	const key = matchingKey(reg);
	const entries = await db
		.select({ id: rosterEntry.id, account: user.id })
		.from(rosterEntry)
		.leftJoin(user, eq(user.rosterEntryId, rosterEntry.id))
		.where(and(eq(rosterEntry.employerId, reg.employerId), eq(rosterEntry.matchKey, key)))
		.all();
	// No match, or two entries with the same identity (the pipeline's code 4): nobody to confirm.
	const [entry] = entries;
	if (entries.length !== 1 || !entry || entry.account) return null;
	const taken = await db.select({ id: user.id }).from(user).where(eq(user.email, reg.email)).get();
	return taken ? null : entry.id;
}

/**
 * Runs after the answer has gone out (waitUntil), so the answer is the same, in words and in
 * time, whether or not the person is on a roster. A match gets a single-use confirmation link;
 * anything else gets a kind mail asking to contact the employer. Only the mailbox learns which.
 */
export async function processRegistration(deps: RegistrationDeps, reg: Registration) {
	const { db, env, auth } = deps;
	const rosterEntryId = await findFreeRosterEntry(db, reg);
	const mailer = getMailer(env, db);
	if (!rosterEntryId) {
		const mail = composeMail(reg.locale, (t) => ({
			subject: t(m['register.mail.none.subject']),
			paragraphs: [
				t(m['employee.mail-hello']),
				t(m['register.mail.none.body']),
				t(m['register.mail.none.next'])
			],
			action: { label: t(m['register.mail.none.action']), url: `${env.PUBLIC_BASE_URL}/login` }
		}));
		await sendOnce(db, mailer, { to: reg.email, ...mail, idempotencyKey: `self-none:${newId()}` });
		return;
	}
	const token = randomToken(32);
	const pending: PendingAccount = {
		employerId: reg.employerId,
		rosterEntryId,
		email: reg.email,
		locale: reg.locale
	};
	const context = await auth.$context;
	await context.internalAdapter.createVerificationValue({
		identifier: `${CONFIRM_PREFIX}${token}`,
		value: JSON.stringify(pending),
		expiresAt: new Date(deps.now.getTime() + CONFIRM_SECONDS * 1000)
	});
	const mail = composeMail(reg.locale, (t) => ({
		subject: t(m['register.mail.confirm.subject']),
		paragraphs: [
			t(m['employee.mail-hello']),
			t(m['register.mail.confirm.body']),
			t(m['register.mail.confirm.ignore'])
		],
		action: {
			label: t(m['register.mail.confirm.action']),
			url: `${env.PUBLIC_BASE_URL}/registreer/bevestigen?token=${token}`
		}
	}));
	await sendOnce(db, mailer, {
		to: reg.email,
		...mail,
		idempotencyKey: `self-confirm:${await sha256Hex(token)}`
	});
}
