import type { RequestEvent } from '@sveltejs/kit';
import { and, eq, ne } from 'drizzle-orm';
import { user } from '../db/schema';
import { reserveAttempts, throttleKey, type ThrottleRule } from './throttle';
import { appEnv } from '../env';

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
	const secret = appEnv(event).AUTH_SECRET;
	const ip = event.request.headers.get('cf-connecting-ip') ?? 'unknown';
	// Reserved before better-auth looks the address up: a burst sends no more mails than the limit.
	const reserved = await reserveAttempts(
		db,
		[
			{ key: await throttleKey(secret, RESET_IP.prefix, ip), rule: RESET_IP },
			{ key: await throttleKey(secret, RESET_ACCOUNT.prefix, email), rule: RESET_ACCOUNT }
		],
		event.locals.now.getTime()
	);
	if (!reserved.ok) return;
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
		.where(and(eq(user.id, found.value), ne(user.status, 'disabled')))
		.get();
	return person ?? null;
}

/** Sets the new password through better-auth (single use; other sessions end). */
export async function resetWithToken(
	locals: App.Locals,
	token: string,
	newPassword: string
): Promise<boolean> {
	// A disabled account's link stops working (disabling also deletes its links).
	if (!(await resetTarget(locals, token))) return false;
	try {
		await locals.auth.api.resetPassword({ body: { token, newPassword } });
		return true;
	} catch {
		return false;
	}
}
