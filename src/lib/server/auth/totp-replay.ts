import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import type { Db } from '../db';
import { twoFactor } from '../db/schema';
import { base32Decode, matchingStep } from './totp';

const VERIFY_PATH = '/two-factor/verify-totp';

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
 * better-auth accepts the same TOTP code as often as it likes within its window. This plugin runs
 * before verify-totp: when the code is right, it claims the code's time step for the user, and
 * refuses the request when that step was used before. A wrong code passes through untouched, so
 * better-auth still counts the failure.
 */
export function totpReplayGuard(db: Db): BetterAuthPlugin {
	return {
		id: 'youp-totp-replay',
		hooks: {
			before: [
				{
					matcher: (context) => context.path === VERIFY_PATH,
					handler: createAuthMiddleware(async (ctx) => {
						const code = typeof ctx.body?.code === 'string' ? ctx.body.code : '';
						const userId = await challengedUserId(ctx);
						if (!userId || !/^\d{6}$/.test(code)) return;
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
						const step = await matchingStep(totpKey(secret), code, Date.now());
						if (step === null) return;
						if (!(await claimTotpStep(db, userId, step)))
							throw new APIError('UNAUTHORIZED', {
								message: 'TOTP code already used',
								code: 'TOTP_CODE_REUSED'
							});
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
