import { eq } from 'drizzle-orm';
import { rosterEntry } from '../db/schema';
import { insertCredentialUser } from '../auth/credential-user';
import { CONFIRM_PREFIX, type PendingAccount } from './request';

function parsePending(value: string): PendingAccount | null {
	try {
		const parsed = JSON.parse(value) as PendingAccount;
		return parsed && typeof parsed.rosterEntryId === 'string' ? parsed : null;
	} catch {
		return null;
	}
}

/** The pending account behind a confirmation link (not used up), or null. */
export async function findPending(locals: App.Locals, token: string) {
	const context = await locals.auth.$context;
	const found = await context.internalAdapter.findVerificationValue(`${CONFIRM_PREFIX}${token}`);
	if (!found || found.expiresAt < locals.now) return null;
	const pending = parsePending(found.value);
	if (!pending) return null;
	const entry = await locals.db
		.select({ firstName: rosterEntry.firstName, lastName: rosterEntry.lastName })
		.from(rosterEntry)
		.where(eq(rosterEntry.id, pending.rosterEntryId))
		.get();
	return entry ? { ...pending, ...entry } : null;
}

/**
 * Uses up the link and creates the account: origin 'self', active, linked to the employer and the
 * roster entry, with the roster's name, birth date and postcode, and the chosen password (hashed
 * by better-auth's scrypt). Returns the e-mail address, or null when the link is used or expired,
 * or the roster entry or address got an account meanwhile (unique indexes decide races).
 */
export async function completeRegistration(
	locals: App.Locals,
	token: string,
	password: string
): Promise<string | null> {
	const context = await locals.auth.$context;
	const used = await context.internalAdapter.consumeVerificationValue(`${CONFIRM_PREFIX}${token}`);
	const pending = used ? parsePending(used.value) : null;
	if (!pending) return null;
	const entry = await locals.db
		.select()
		.from(rosterEntry)
		.where(eq(rosterEntry.id, pending.rosterEntryId))
		.get();
	if (!entry || entry.employerId !== pending.employerId) return null;
	try {
		await insertCredentialUser(
			locals.db,
			{
				name: `${entry.firstName} ${entry.lastName}`,
				email: pending.email,
				emailVerified: true,
				kind: 'employee',
				status: 'active',
				origin: 'self',
				locale: pending.locale,
				employerId: entry.employerId,
				rosterEntryId: entry.id,
				lastName: entry.lastName,
				firstName: entry.firstName,
				birthDate: entry.birthDate,
				postcode: entry.postcode
			},
			await context.password.hash(password)
		);
	} catch {
		return null;
	}
	return pending.email;
}
