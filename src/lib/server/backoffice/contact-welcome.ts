/**
 * The welcome mail of a contact person COLLECTIEF added: a single-use link to choose a password.
 * It is a password-reset token with a longer life (the person did not ask for it and may read the
 * mail days later); choosing the password activates the pending login (password-reset.ts).
 */
import type { Auth } from '../auth';
import type { Db } from '../db';
import { getMailer, sendOnce } from '../mail';
import { composeMail } from '../mail/compose';
import { resetUrl } from '../auth/password-reset';
import { randomToken, sha256Hex } from '../security/hash';
import * as m from '$lib/paraglide/messages';

const WELCOME_LINK_DAYS = 7;

export async function sendContactWelcome(
	deps: { db: Db; env: Env; auth: Auth },
	to: { userId: string; email: string; organisationName: string },
	now: Date
): Promise<void> {
	const token = randomToken(32);
	const context = await deps.auth.$context;
	await context.internalAdapter.createVerificationValue({
		identifier: `reset-password:${token}`,
		value: to.userId,
		expiresAt: new Date(now.getTime() + WELCOME_LINK_DAYS * 86_400_000)
	});
	// No language is known yet: the mail is in Dutch, French and English.
	const mail = composeMail(null, (t) => ({
		subject: t(m['staff.contact.mail.subject'], { organisation: to.organisationName }),
		paragraphs: [
			t(m['staff.contact.mail.body'], { organisation: to.organisationName }),
			t(m['staff.contact.mail.expiry'], { days: WELCOME_LINK_DAYS })
		],
		action: { label: t(m['staff.contact.mail.action']), url: resetUrl(deps.env, token) }
	}));
	await sendOnce(deps.db, getMailer(deps.env, deps.db), {
		to: to.email,
		...mail,
		idempotencyKey: `contact-welcome:${await sha256Hex(token)}`
	});
}
