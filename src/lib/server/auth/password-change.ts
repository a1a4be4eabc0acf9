import { and, eq, ne } from 'drizzle-orm';
import type { Text } from '$lib/i18n';
import { checkPassword, type PasswordProblem } from '$lib/password';
import { commonPasswords } from '$lib/password/common';
import { account, session, user } from '../db/schema';
import { ACCOUNT_RULE, clearFailures, reserveAttempt, throttled, throttleKey } from './throttle';
import * as m from '$lib/paraglide/messages';

const problemTexts = {
	'too-short': (t) => t(m['pwd.too-short']),
	'too-long': (t) => t(m['pwd.too-long']),
	common: (t) => t(m['pwd.common']),
	personal: (t) => t(m['pwd.personal']),
	repetitive: (t) => t(m['pwd.repetitive'])
} satisfies Record<PasswordProblem, Text>;

type Person = {
	email: string;
	name?: string | null;
	firstName?: string | null;
	lastName?: string | null;
};

/** The policy's verdict on a new password as a message (null: acceptable). */
export function newPasswordProblem(password: string, person: Person): Text | null {
	const { problem } = checkPassword(password, {
		common: commonPasswords(),
		personal: [person.email, person.name, person.firstName, person.lastName]
	});
	return problem ? problemTexts[problem] : null;
}

/**
 * Replaces a start password with the person's own choice, hashed by better-auth's configured
 * scrypt. The start password's hash is overwritten, so it stops working; the account becomes
 * active, and every other session (e.g. one opened with the start password elsewhere) ends.
 */
export async function replaceStartPassword(locals: App.Locals, newPassword: string): Promise<void> {
	const { db } = locals;
	const me = locals.user;
	if (!me || !locals.session) throw new Error('replaceStartPassword needs a signed-in user');
	const context = await locals.auth.$context;
	const hash = await context.password.hash(newPassword);
	await db.batch([
		db
			.update(account)
			.set({ password: hash, updatedAt: locals.now })
			.where(and(eq(account.userId, me.id), eq(account.providerId, 'credential'))),
		db
			.update(user)
			.set({
				mustChangePassword: false,
				status: 'active',
				startPasswordExpiresAt: null,
				emailVerified: true
			})
			.where(eq(user.id, me.id)),
		db.delete(session).where(and(eq(session.userId, me.id), ne(session.id, locals.session.id)))
	]);
}

export type OwnPasswordOutcome<T = undefined> =
	{ ok: true; value: T } | { ok: false; status: 400 | 429; message: Text };

/**
 * Runs a check of the signed-in person's own password under the same per-account rule (and the
 * same key) as sign-in: an attempt is reserved atomically BEFORE the check, so a session cannot
 * buy unlimited password guesses; a right password clears the account's attempts. `check`
 * answers null for a wrong password.
 */
export async function checkOwnPassword<T>(
	locals: App.Locals,
	secret: string,
	wrong: Text,
	check: () => Promise<T | null>
): Promise<OwnPasswordOutcome<T>> {
	const me = locals.user;
	if (!me) throw new Error('checkOwnPassword needs a signed-in user');
	const key = await throttleKey(secret, ACCOUNT_RULE.prefix, me.email.trim().toLowerCase());
	const reserved = await reserveAttempt(locals.db, key, ACCOUNT_RULE, locals.now.getTime());
	if (!reserved.ok) return throttled(reserved.waitMs);
	const value = await check();
	if (value === null) return { ok: false, status: 400, message: wrong };
	await clearFailures(locals.db, key);
	return { ok: true, value };
}

/**
 * A voluntary change: better-auth checks the current password (throttled per account, see
 * {@link checkOwnPassword}) and ends the other sessions.
 */
export async function changeOwnPassword(
	locals: App.Locals,
	secret: string,
	headers: Headers,
	currentPassword: string,
	newPassword: string
): Promise<OwnPasswordOutcome> {
	return checkOwnPassword(
		locals,
		secret,
		(t) => t(m['pwd-change.current-wrong']),
		async () => {
			try {
				await locals.auth.api.changePassword({
					body: { currentPassword, newPassword, revokeOtherSessions: true },
					headers
				});
				return undefined;
			} catch {
				return null;
			}
		}
	);
}
