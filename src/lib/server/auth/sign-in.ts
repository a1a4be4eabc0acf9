import type { RequestEvent } from '@sveltejs/kit';
import type { MessageKey } from '$lib/i18n';

export type SignInOutcome =
	| { ok: true; kind: string; twoFactor?: false }
	| { ok: true; twoFactor: true }
	| { ok: false; status: 400 | 429; message: MessageKey };

/**
 * Password login through better-auth; sets the session cookie on success. Every failure gets the
 * same words, so the answer never tells whether an e-mail address has an account.
 */
export async function signIn(
	event: RequestEvent,
	input: { email: string; password: string; remember?: string }
): Promise<SignInOutcome> {
	try {
		const result = await event.locals.auth.api.signInEmail({
			body: { email: input.email, password: input.password, rememberMe: input.remember === 'on' },
			headers: event.request.headers
		});
		// Two-factor users (staff) get no session yet: a signed challenge cookie for /login/tweestaps.
		if ('twoFactorRedirect' in result && result.twoFactorRedirect)
			return { ok: true, twoFactor: true };
		const user = (result as { user?: { kind?: string } }).user;
		return { ok: true, kind: user?.kind ?? 'employee' };
	} catch {
		return { ok: false, status: 400, message: 'login.wrong' };
	}
}
