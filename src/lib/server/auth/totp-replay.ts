import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import type { Db } from '../db';
import { twoFactor } from '../db/schema';
import { clearFailures, reserveAttempt, throttleKey, type ThrottleRule } from './throttle';
import { base32Decode, matchingStep } from './totp';

const VERIFY_PATH = '/two-factor/verify-totp';

/** Codes per staff user: five tries, then growing pauses (a million codes, three valid at a time). */
export const TOTP_RULE: ThrottleRule = {
	prefix: 'totp',
	threshold: 5,
	baseDelayMs: 60_000,
	maxDelayMs: 15 * 60_000,
	windowMs: 24 * 60 * 60_000
};

/** The key bytes of a stored (decrypted) secret, as better-auth's TOTP uses them. */
export function totpKey(decrypted: string): Uint8Array {
	return decrypted.startsWith('base32:')
		? base32Decode(decrypted.slice('base32:'.length))
		: new TextEncoder().encode(decrypted);
}

/**
 * Atomically records `step` as used for the user; false when that step (or a later one) was
 * already used, i.e. the code is being replayed.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
	const result = await db
		.update(twoFactor)
		.set({ lastUsedStep: step })
		.where(
			and(
				eq(twoFactor.userId, userId),
				or(isNull(twoFactor.lastUsedStep), lt(twoFactor.lastUsedStep, step))
			)
		)
		.run();
	return result.meta.changes > 0;
}

/**
 * Runs before better-auth's verify-totp. First it reserves the attempt for the user (throttle.ts,
 * one statement), so a burst of guesses gets no more checks than TOTP_RULE allows — better-auth's
 * own lockout counts after checking and lets a burst through. Then, when the code is right by the
 * app's clock (`now`), it claims the code's time step and refuses a step used before (better-auth
 * accepts a code as often as it likes within its window). A wrong code passes on, so better-auth
 * refuses it. A right one clears the user's count.
 */
export function totpReplayGuard(db: Db, now: () => number): BetterAuthPlugin {
	return {
		id: 'youp-totp-replay',
		hooks: {
			before: [
				{
					matcher: (context) => context.path === VERIFY_PATH,
					handler: createAuthMiddleware(async (ctx) => {
						const code = typeof ctx.body?.code === 'string' ? ctx.body.code : '';
						const userId = await challengedUserId(ctx);
						if (!userId) return;
						const key = await throttleKey(ctx.context.secret, TOTP_RULE.prefix, userId);
						const reserved = await reserveAttempt(db, key, TOTP_RULE, now());
						if (!reserved.ok)
							throw new APIError('TOO_MANY_REQUESTS', {
								message: 'Too many codes',
								code: 'ACCOUNT_TEMPORARILY_LOCKED'
							});
						if (!/^\d{6}$/.test(code)) return;
						const row = await db
							.select({ secret: twoFactor.secret })
							.from(twoFactor)
							.where(eq(twoFactor.userId, userId))
							.get();
						if (!row) return;
						const secret = await symmetricDecrypt({
							key: ctx.context.secretConfig,
							data: row.secret
						});
						const step = await matchingStep(totpKey(secret), code, now());
						if (step === null) return;
						if (!(await claimTotpStep(db, userId, step)))
							throw new APIError('UNAUTHORIZED', {
								message: 'TOTP code already used',
								code: 'TOTP_CODE_REUSED'
							});
						await clearFailures(db, key);
					})
				}
			]
		}
	};
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The user a verify-totp request is about: the signed-in user, or the two-factor challenge's. */
async function challengedUserId(ctx: HookContext): Promise<string | null> {
	const session = await getSessionFromCtx(ctx).catch(() => null);
	if (session) return session.user.id;
	const cookie = ctx.context.createAuthCookie('two_factor');
	const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
	if (!identifier) return null;
	const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
	return verification?.value ?? null;
}
