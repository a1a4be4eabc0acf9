import { and, eq, ne } from 'drizzle-orm';
import type { MessageKey } from '$lib/i18n';
import { checkPassword, type PasswordProblem } from '$lib/password';
import { commonPasswords } from '$lib/password/common';
import { account, session, user } from '../db/schema';

const problemKeys: Record<PasswordProblem, MessageKey> = {
	'too-short': 'pwd.too-short',
	'too-long': 'pwd.too-long',
	common: 'pwd.common',
	personal: 'pwd.personal',
	repetitive: 'pwd.repetitive'
};

type Person = {
	email: string;
	name?: string | null;
	firstName?: string | null;
	lastName?: string | null;
};

/** The policy's verdict on a new password as a message key (null: acceptable). */
export function newPasswordProblem(password: string, person: Person): MessageKey | null {
	const { problem } = checkPassword(password, {
		common: commonPasswords(),
		personal: [person.email, person.name, person.firstName, person.lastName]
	});
	return problem ? problemKeys[problem] : null;
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

/** A voluntary change: better-auth checks the current password and ends the other sessions. */
export async function changeOwnPassword(
	locals: App.Locals,
	headers: Headers,
	currentPassword: string,
	newPassword: string
): Promise<boolean> {
	try {
		await locals.auth.api.changePassword({
			body: { currentPassword, newPassword, revokeOtherSessions: true },
			headers
		});
		return true;
	} catch {
		return false;
	}
}
