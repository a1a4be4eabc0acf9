import { isLocale, type Locale } from '$lib/i18n';
import { date } from '$lib/format';
import { composeMail } from '../compose';

/** The employer's language for mail to its employees; null (all three) when it is not known. */
export function mailLocaleOf(employerLocale: string | null | undefined): Locale | null {
	return isLocale(employerLocale) ? employerLocale : null;
}

const loginUrl = (env: Pick<Env, 'PUBLIC_BASE_URL'>) =>
	new URL('/login', env.PUBLIC_BASE_URL).toString();

/**
 * The mail with a start password: what YOU-P is, the login, the password, that it must be
 * changed, the link. No name or other list data: the address is all the mail needs.
 */
export function credentialMail(input: {
	locale: Locale | null;
	email: string;
	password: string;
	expiresAt: Date;
	env: Pick<Env, 'PUBLIC_BASE_URL'>;
}) {
	return composeMail(input.locale, (t, locale) => ({
		subject: t('mail.credential.subject'),
		paragraphs: [
			t('mail.credential.hello'),
			t('mail.credential.what'),
			t('mail.credential.login', { email: input.email }),
			t('mail.credential.password', { password: input.password }),
			t('mail.credential.change', { date: date(input.expiresAt, locale, 'short') }),
			t('mail.credential.ignore')
		],
		action: { label: t('mail.credential.action'), url: loginUrl(input.env) }
	}));
}
