import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { user } from '../db/schema';
import { lockedFor, recordFailure, throttleKey, type ThrottleRule } from './throttle';

const HOUR = 60 * 60_000;
/** Reset mails per address and per IP: a few are fine, a flood is not (growing pauses). */
const RESET_ACCOUNT: ThrottleRule = {
	prefix: 'reset-account',
	threshold: 3,
	baseDelayMs: 5 * 60_000,
	maxDelayMs: 6 * HOUR,
	windowMs: 24 * HOUR
};
const RESET_IP: ThrottleRule = {
	prefix: 'reset-ip',
	threshold: 20,
	baseDelayMs: 5 * 60_000,
	maxDelayMs: 6 * HOUR,
	windowMs: 24 * HOUR
};

/**
 * Asks better-auth for a reset mail. The caller always shows the same answer: whether the address
 * has an account, or the request was throttled, is never told.
 */
export async function requestReset(event: RequestEvent, email: string): Promise<void> {
	const { db } = event.locals;
	const secret = event.platform?.env.AUTH_SECRET ?? '';
	const keys = [
		await throttleKey(secret, RESET_ACCOUNT.prefix, email),
		await throttleKey(
			secret,
			RESET_IP.prefix,
			event.request.headers.get('cf-connecting-ip') ?? 'unknown'
		)
	];
	const locked = (await lockedFor(db, keys)) > 0;
	await recordFailure(db, keys[0], RESET_ACCOUNT);
	await recordFailure(db, keys[1], RESET_IP);
	if (locked) return;
	await event.locals.auth.api.requestPasswordReset({ body: { email } });
}

/** Whom a reset token belongs to (without using it up), or null when it is unknown or expired. */
export async function resetTarget(locals: App.Locals, token: string) {
	const context = await locals.auth.$context;
	const found = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
	if (!found || found.expiresAt < locals.now) return null;
	const person = await locals.db
		.select({ email: user.email, name: user.name })
		.from(user)
		.where(and(eq(user.id, found.value)))
		.get();
	return person ?? null;
}

/** Sets the new password through better-auth (single use; other sessions end). */
export async function resetWithToken(
	locals: App.Locals,
	token: string,
	newPassword: string
): Promise<boolean> {
	try {
		await locals.auth.api.resetPassword({ body: { token, newPassword } });
		return true;
	} catch {
		return false;
	}
}
