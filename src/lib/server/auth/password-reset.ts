import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import type { Db } from '../db';
import { user } from '../db/schema';
import { getMailer, sendOnce } from '../mail';
import { composeMail } from '../mail/compose';
import { sha256Hex } from '../security/hash';
import * as m from '$lib/paraglide/messages';

/** A reset link works for one hour, once. */
const RESET_TOKEN_SECONDS = 60 * 60;

export function resetUrl(env: Env, token: string): string {
	return `${env.PUBLIC_BASE_URL}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
}

async function sendResetMail(
	db: Db,
	env: Env,
	to: { email: string; locale?: unknown },
	token: string
) {
	const mail = composeMail(isLocale(to.locale) ? to.locale : null, (t) => ({
		subject: t(m['pwd-reset.mail.subject']),
		paragraphs: [
			t(m['employee.mail-hello']),
			t(m['pwd-reset.mail.body']),
			t(m['pwd-reset.mail.ignore'])
		],
		action: { label: t(m['pwd-reset.mail.action']), url: resetUrl(env, token) }
	}));
	await sendOnce(db, getMailer(env, db), {
		to: to.email,
		...mail,
		idempotencyKey: `reset-password:${await sha256Hex(token)}`
	});
}

/**
 * better-auth's password-reset options. The mail goes out after the answer (waitUntil), so the
 * answer takes the same time whether or not the address has an account. The token is stored
 * hashed (hashed-adapter.ts) and consumed atomically by better-auth's resetPassword.
 */
export function passwordResetOptions(db: Db, env: Env, getRequestEvent?: () => RequestEvent) {
	return {
		resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
		revokeSessionsOnPasswordReset: true,
		sendResetPassword: async ({
			user: to,
			token
		}: {
			user: { email: string; locale?: unknown; status?: unknown };
			token: string;
		}) => {
			// A disabled account gets no reset mail (and the answer does not tell).
			if (to.status === 'disabled') return;
			const sending = sendResetMail(db, env, to, token).catch((error) =>
				console.error('reset mail failed', error instanceof Error ? error.name : 'error')
			);
			const ctx = getRequestEvent?.().platform?.ctx;
			if (ctx) ctx.waitUntil(sending);
			else await sending;
		},
		/** A reset proves the mailbox too: a pending start password is replaced by the new one. */
		onPasswordReset: async ({ user: reset }: { user: { id: string } }) => {
			await db.batch([
				db
					.update(user)
					.set({ mustChangePassword: false, startPasswordExpiresAt: null, emailVerified: true })
					.where(eq(user.id, reset.id)),
				db
					.update(user)
					.set({ status: 'active' })
					.where(and(eq(user.id, reset.id), eq(user.status, 'pending')))
			]);
		}
	};
}
