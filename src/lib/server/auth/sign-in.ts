import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Text } from '$lib/i18n';
import { defaultLocale, isLocale } from '$lib/i18n';
import { LOCALE_COOKIE } from '$lib/i18n/negotiate';
import type { Db } from '../db';
import { account, user } from '../db/schema';
import { hashSecret, PASSWORD_PARAMS, verifySecret } from '../security/scrypt';
import { canonicalStartPassword, startPasswordDays } from '../lists/start-password';
import {
	ACCOUNT_RULE,
	throttled,
	IP_RULE,
	clearFailures,
	releaseAttempt,
	reserveAttempts,
	throttleKey
} from './throttle';
import { appEnv } from '../env';
import * as m from '$lib/paraglide/messages';

type SignInOutcome =
	| { ok: true; kind: string; mustChangePassword?: boolean }
	| { ok: true; twoFactor: true }
	| { ok: false; status: 400 | 429; message: Text; expired?: true };

interface KnownLogin {
	status: string;
	mustChangePassword: boolean;
	startPasswordExpiresAt: Date | null;
	passwordHash: string | null;
}

async function findLogin(db: Db, email: string): Promise<KnownLogin | null> {
	const row = await db
		.select({
			status: user.status,
			mustChangePassword: user.mustChangePassword,
			startPasswordExpiresAt: user.startPasswordExpiresAt,
			passwordHash: account.password
		})
		.from(user)
		.leftJoin(account, and(eq(account.userId, user.id), eq(account.providerId, 'credential')))
		.where(eq(user.email, email))
		.get();
	return row ?? null;
}

const cost = (ln: number, r: number, p: number) => 2 ** ln * r * p;
const FULL_COST = cost(PASSWORD_PARAMS.ln, PASSWORD_PARAMS.r, PASSWORD_PARAMS.p);

/** Whether checking this hash is cheaper than hashing a chosen password (start passwords are). */
function cheaperThanFullHash(hash: string | null | undefined): boolean {
	const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$/.exec(hash ?? '');
	return !match || cost(Number(match[1]), Number(match[2]), Number(match[3])) < FULL_COST;
}

function clientIp(event: RequestEvent): string {
	return event.request.headers.get('cf-connecting-ip') ?? 'unknown';
}

/**
 * Password login through better-auth; sets the session cookie on success. Every failure gets the
 * same words, and every failure costs at least one full-strength scrypt hash (better-auth hashes a
 * dummy for unknown addresses; we add one where the stored hash is a cheaper start-password
 * hash), so neither the message nor the time tells whether an address has an account.
 * Throttled per account and per IP (throttle.ts): the attempt is reserved before any hash is
 * checked, so a burst of guesses gets no more checks than the limit. A disabled account and an
 * expired start password never get a session.
 */
export async function signIn(
	event: RequestEvent,
	input: { email: string; password: string; remember?: string }
): Promise<SignInOutcome> {
	const { db } = event.locals;
	const secret = appEnv(event).AUTH_SECRET;
	const email = input.email.trim().toLowerCase();
	const accountKey = await throttleKey(secret, ACCOUNT_RULE.prefix, email);
	const ipKey = await throttleKey(secret, IP_RULE.prefix, clientIp(event));

	const now = event.locals.now.getTime();
	const reserved = await reserveAttempts(
		db,
		[
			{ key: ipKey, rule: IP_RULE },
			{ key: accountKey, rule: ACCOUNT_RULE }
		],
		now
	);
	if (!reserved.ok) return throttled(reserved.waitMs);

	const failed: SignInOutcome = { ok: false, status: 400, message: (t) => t(m['login.wrong']) };
	const known = await findLogin(db, email);
	// While a start password is the only password, "K7PM X3QD 9TRW" (as the mail shows it),
	// "k7pmx3qd9trw" and "K7PM-X3QD-9TRW" are the same password.
	const password =
		(known?.mustChangePassword && canonicalStartPassword(input.password)) || input.password;
	if (known?.status === 'disabled') {
		// The same words and the same cost as a wrong password: a disabled account is not told apart.
		await hashSecret(password);
		return failed;
	}
	const expired =
		known?.mustChangePassword &&
		known.startPasswordExpiresAt !== null &&
		known.startPasswordExpiresAt.getTime() <= now;
	if (expired) {
		// Checked before any session exists. Only the right (old) password learns it expired.
		const right = known.passwordHash ? await verifySecret(password, known.passwordHash) : false;
		await hashSecret(password);
		const days = startPasswordDays(appEnv(event));
		return right
			? {
					ok: false,
					status: 400,
					message: (t) => t(m['login.start-expired'], { days }),
					expired: true
				}
			: failed;
	}

	let result: Record<string, unknown>;
	try {
		result = (await event.locals.auth.api.signInEmail({
			body: { email, password, rememberMe: input.remember === 'on' },
			headers: event.request.headers
		})) as Record<string, unknown>;
	} catch {
		if (known && cheaperThanFullHash(known.passwordHash)) await hashSecret(password);
		return failed;
	}
	// A right password is not a guess: the account starts afresh and the IP gets its attempt back.
	await clearFailures(db, accountKey);
	await releaseAttempt(db, ipKey, IP_RULE);
	if (result.twoFactorRedirect === true) return { ok: true, twoFactor: true };

	const signedIn = result.user as { kind?: string; locale?: string; mustChangePassword?: boolean };
	// A language the person chose on /mijn (anything but the default) follows them to a new device.
	if (
		!event.cookies.get(LOCALE_COOKIE) &&
		isLocale(signedIn.locale) &&
		signedIn.locale !== defaultLocale
	)
		event.cookies.set(LOCALE_COOKIE, signedIn.locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: true,
			sameSite: 'lax'
		});
	return {
		ok: true,
		kind: signedIn.kind ?? 'employee',
		mustChangePassword: signedIn.mustChangePassword === true
	};
}
