import { isAPIError } from 'better-auth/api';
import type { RequestEvent } from '@sveltejs/kit';
import type { Text } from '$lib/i18n';
import { recordAudit } from '../audit';
import { checkOwnPassword, type OwnPasswordOutcome } from '../auth/password-change';
import { appEnv } from '../env';
import * as m from '$lib/paraglide/messages';

type CodeOutcome = { ok: true; kind: string } | { ok: false; message: Text; restart?: boolean };

const RESTART_CODES = new Set([
	'INVALID_TWO_FACTOR_COOKIE',
	'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE',
	'ACCOUNT_TEMPORARILY_LOCKED'
]);

/**
 * Checks a 6-digit code with better-auth's verifyTOTP: after a password sign-in (the signed
 * challenge cookie) it creates the session; for a signed-in user it completes enrolment. A code
 * that was already used is refused by the replay guard (server/auth/totp-replay.ts).
 */
export async function verifyCode(event: RequestEvent, code: string): Promise<CodeOutcome> {
	try {
		const result = await event.locals.auth.api.verifyTOTP({
			body: { code },
			headers: event.request.headers
		});
		const user = result.user as { id: string; kind?: string };
		return { ok: true, kind: user.kind ?? 'employee' };
	} catch (error) {
		const code = isAPIError(error) ? String((error.body as { code?: string })?.code ?? '') : '';
		if (code === 'TOTP_CODE_REUSED')
			return { ok: false, message: (t) => t(m['staff.totp.reused']) };
		if (RESTART_CODES.has(code))
			return { ok: false, message: (t) => t(m['staff.totp.restart']), restart: true };
		return { ok: false, message: (t) => t(m['staff.totp.wrong']) };
	}
}

/**
 * Starts enrolment: a fresh (unverified) secret, returned as text and as an otpauth URI. The
 * password check is throttled per account like sign-in.
 */
export async function startEnrolment(
	event: RequestEvent,
	password: string
): Promise<OwnPasswordOutcome<{ secret: string; uri: string }>> {
	const secret = appEnv(event).AUTH_SECRET;
	return checkOwnPassword(
		event.locals,
		secret,
		(t) => t(m['staff.totp.password-wrong']),
		async () => {
			try {
				const result = await event.locals.auth.api.enableTwoFactor({
					body: { password, issuer: 'YOU-P' },
					headers: event.request.headers
				});
				const uri = 'totpURI' in result && result.totpURI ? result.totpURI : '';
				return { secret: new URL(uri).searchParams.get('secret') ?? '', uri };
			} catch {
				return null;
			}
		}
	);
}

/** Finishes enrolment with a first code; audits it. */
export async function finishEnrolment(event: RequestEvent, code: string): Promise<CodeOutcome> {
	const outcome = await verifyCode(event, code);
	if (outcome.ok && event.locals.user)
		await recordAudit(event.locals.db, {
			actorId: event.locals.user.id,
			organisationId: null,
			action: 'staff.totp-enrolled',
			subjectType: 'user',
			subjectId: event.locals.user.id
		});
	return outcome;
}
