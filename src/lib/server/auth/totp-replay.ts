import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import {
	expireCookie,
	parseSetCookieHeader,
	setSessionCookie,
	toCookieOptions
} from 'better-auth/cookies';
import type { RequestEvent } from '@sveltejs/kit';
import { parseUserOutput } from 'better-auth/db';
import type { Db } from '../db';
import { twoFactor } from '../db/schema';
import { clearFailures, reserveAttempt, throttleKey, type ThrottleRule } from './throttle';
import { base32Decode, matchingStep } from './totp';

const VERIFY_PATH = '/two-factor/verify-totp';

/** Codes per staff user: five tries, then growing pauses (a million codes, three valid at a time). */
const TOTP_RULE: ThrottleRule = {
	prefix: 'totp',
	threshold: 5,
	baseDelayMs: 60_000,
	maxDelayMs: 15 * 60_000,
	windowMs: 24 * 60 * 60_000
};

/** The key bytes of a stored (decrypted) secret, as better-auth's TOTP uses them. */
function totpKey(decrypted: string): Uint8Array {
	return decrypted.startsWith('base32:')
		? base32Decode(decrypted.slice('base32:'.length))
		: new TextEncoder().encode(decrypted);
}

/**
 * Atomically records `step` as used for the user; false when that step (or a later one) was
 * already used, i.e. the code is being replayed.
 */
async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
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
 * Our own verify-totp, run as a before hook that answers in better-auth's place (a before hook
 * that returns a response short-circuits the endpoint). First it reserves the attempt for the user
 * (throttle.ts, one statement), so a burst of guesses gets no more checks than TOTP_RULE allows.
 * Then it checks the code by the app's clock (`now`: the clock tests move), claims the code's time
 * step so a code works once, and completes what better-auth's verify-totp would: after a password
 * sign-in, the challenge is consumed and the session created; during enrolment, two-step login is
 * switched on and the session renewed. Anything it cannot place (no challenge, no secret) goes on
 * to better-auth, which refuses it.
 */
export function totpReplayGuard(
	db: Db,
	now: () => number,
	getRequestEvent?: () => RequestEvent
): BetterAuthPlugin {
	return {
		id: 'youp-totp-replay',
		hooks: {
			before: [
				{
					matcher: (context) => context.path === VERIFY_PATH,
					handler: createAuthMiddleware(async (ctx) => {
						const code = typeof ctx.body?.code === 'string' ? ctx.body.code : '';
						const challenge = await findChallenge(ctx);
						if (!challenge) return;
						const { userId } = challenge;
						const row = await db
							.select({ secret: twoFactor.secret, verified: twoFactor.verified })
							.from(twoFactor)
							.where(eq(twoFactor.userId, userId))
							.get();
						if (!row || (!challenge.session && row.verified === false)) return;
						const key = await throttleKey(ctx.context.secret, TOTP_RULE.prefix, userId);
						const reserved = await reserveAttempt(db, key, TOTP_RULE, now());
						if (!reserved.ok)
							throw new APIError('TOO_MANY_REQUESTS', {
								message: 'Too many codes',
								code: 'ACCOUNT_TEMPORARILY_LOCKED'
							});
						const secret = await symmetricDecrypt({
							key: ctx.context.secretConfig,
							data: row.secret
						});
						const step = /^\d{6}$/.test(code)
							? await matchingStep(totpKey(secret), code, now())
							: null;
						if (step === null)
							throw new APIError('UNAUTHORIZED', { message: 'Invalid code', code: 'INVALID_CODE' });
						if (!(await claimTotpStep(db, userId, step)))
							throw new APIError('UNAUTHORIZED', {
								message: 'TOTP code already used',
								code: 'TOTP_CODE_REUSED'
							});
						await clearFailures(db, key);
						const answer = challenge.session
							? await completeEnrolment(ctx, db, challenge.session, row.verified !== true)
							: await completeSignIn(ctx, challenge);
						forwardCookies(ctx, getRequestEvent);
						return answer;
					})
				}
			]
		}
	};
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
type SignedIn = {
	session: { token: string };
	user: { id: string; twoFactorEnabled?: boolean | null };
};
interface Challenge {
	userId: string;
	/** The signed-in user's session (enrolment), or null after a password sign-in. */
	session: SignedIn | null;
	/** The two_factor cookie's verification identifier (sign-in only). */
	identifier: string | null;
}

/** The user a verify-totp request is about: the signed-in user, or the two-factor challenge's. */
async function findChallenge(ctx: HookContext): Promise<Challenge | null> {
	const session = (await getSessionFromCtx(ctx).catch(() => null)) as SignedIn | null;
	if (session) return { userId: session.user.id, session, identifier: null };
	const cookie = ctx.context.createAuthCookie('two_factor');
	const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
	if (!identifier) return null;
	const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
	return verification?.value ? { userId: verification.value, session: null, identifier } : null;
}

/** As better-auth's valid(): the challenge is used up, the session created, the cookie expired. */
async function completeSignIn(ctx: HookContext, challenge: Challenge) {
	const cookie = ctx.context.createAuthCookie('two_factor');
	const consumed = await ctx.context.internalAdapter.consumeVerificationValue(
		challenge.identifier!
	);
	if (!consumed || consumed.value !== challenge.userId) {
		expireCookie(ctx, cookie);
		throw new APIError('UNAUTHORIZED', {
			message: 'Invalid two factor cookie',
			code: 'INVALID_TWO_FACTOR_COOKIE'
		});
	}
	const user = await ctx.context.internalAdapter.findUserById(challenge.userId);
	const dontRemember = await ctx.getSignedCookie(
		ctx.context.authCookies.dontRememberToken.name,
		ctx.context.secret
	);
	// null when the session-create hook refuses (a disabled account)
	const session = user
		? await ctx.context.internalAdapter.createSession(user.id, !!dontRemember)
		: null;
	if (!user || !session)
		throw new APIError('UNAUTHORIZED', {
			message: 'Failed to create session',
			code: 'FAILED_TO_CREATE_SESSION'
		});
	await setSessionCookie(ctx, { session, user });
	expireCookie(ctx, cookie);
	return ctx.json({ token: session.token, user: parseUserOutput(ctx.context.options, user) });
}

/** As better-auth's enrolment: two-step login on, the secret verified, a fresh session. */
async function completeEnrolment(ctx: HookContext, db: Db, signedIn: SignedIn, firstCode: boolean) {
	if (!firstCode) return ctx.json({ token: signedIn.session.token, user: signedIn.user });
	await db.update(twoFactor).set({ verified: true }).where(eq(twoFactor.userId, signedIn.user.id));
	const user = await ctx.context.internalAdapter.updateUser(signedIn.user.id, {
		twoFactorEnabled: true
	});
	const session = await ctx.context.internalAdapter.createSession(
		signedIn.user.id,
		false,
		signedIn.session as never
	);
	if (!session)
		throw new APIError('UNAUTHORIZED', {
			message: 'Failed to create session',
			code: 'FAILED_TO_CREATE_SESSION'
		});
	await setSessionCookie(ctx, { session, user });
	await ctx.context.internalAdapter.deleteSession(signedIn.session.token);
	return ctx.json({ token: session.token, user: parseUserOutput(ctx.context.options, user) });
}

/**
 * A before hook that answers skips the after hooks, sveltekitCookies among them: the cookies this
 * hook set are handed to SvelteKit here, the way that plugin does.
 */
function forwardCookies(ctx: HookContext, getRequestEvent?: () => RequestEvent) {
	const headers = (ctx as { responseHeaders?: Headers }).responseHeaders;
	const setCookies = headers?.get('set-cookie');
	const event = getRequestEvent?.();
	if (!setCookies || !event) return;
	for (const [name, attributes] of parseSetCookieHeader(setCookies))
		event.cookies.set(name, attributes.value, {
			...toCookieOptions(attributes),
			path: attributes.path || '/'
		});
}
