import { isLocale, type Locale } from '$lib/i18n';
import { mailLocales, mailTranslator, type MailLocale } from '$lib/i18n/mail';
import { dateTime } from '$lib/format';
import { startPasswordDays } from '../../lists/start-password';
import { composeLocalisedMail } from '../compose';
import * as m from '$lib/paraglide/messages';

/** The employer's language for mail to its employees; null (all three) when it is not known. */
export function mailLocaleOf(employerLocale: string | null | undefined): Locale | null {
	return isLocale(employerLocale) ? employerLocale : null;
}

const loginUrl = (env: Pick<Env, 'PUBLIC_BASE_URL'>) =>
	new URL('/login', env.PUBLIC_BASE_URL).toString();

/**
 * The sign-in link with the address filled in. The address rides in the fragment (`#email=`),
 * which browsers never send to a server: it stays out of access logs, proxies and Referer
 * headers, and the login page's script reads it and removes it from the address bar. Without
 * JavaScript the page simply opens empty; step 2 of the mail spells the address out.
 */
export function prefilledLoginUrl(env: Pick<Env, 'PUBLIC_BASE_URL'>, email: string): string {
	return `${loginUrl(env)}#email=${encodeURIComponent(email)}`;
}

/** The start password as the mail shows it: its groups of four separated by spaces. */
export const spacedStartPassword = (password: string) => password.replace(/-/g, ' ');

/**
 * The mail languages in order: the person's own language alone when the list line named one;
 * otherwise the employer's language (nl when unknown) followed by every other mail language.
 */
export function credentialMailLanguages(
	own: MailLocale | null | undefined,
	employer: Locale | null
): MailLocale[] {
	if (own) return [own];
	const first: MailLocale = employer ?? 'nl';
	return [first, ...mailLocales.filter((l) => l !== first)];
}

export interface CredentialMailInput {
	/** The language the list line named for this person (null: none). */
	language?: MailLocale | null;
	/** The employer's language. */
	locale: Locale | null;
	email: string;
	password: string;
	expiresAt: Date;
	/** The person's first name, for the greeting (escaped in the HTML part). */
	firstName?: string | null;
	/** The employer's name (escaped in the HTML part). */
	employerName?: string | null;
	env: Pick<Env, 'PUBLIC_BASE_URL' | 'START_PASSWORD_DAYS'>;
}

/**
 * The mail with a start password, in plain words: who signed the person up, the numbered sign-in
 * steps, the password large and grouped, how long it works (until the person chooses their own
 * password, at most START_PASSWORD_DAYS days: the expiry is stated to the minute), a button that opens the
 * sign-in page with the address filled in. In the person's language when the line named one;
 * else in the employer's language with every other mail language below.
 */
export function credentialMail(input: CredentialMailInput) {
	const url = prefilledLoginUrl(input.env, input.email);
	const languages = credentialMailLanguages(input.language, input.locale);
	return composeLocalisedMail(languages, (locale) => {
		const t = mailTranslator(locale);
		const name = input.firstName?.trim();
		return {
			subject: t(m['mail.start.subject']),
			lead: t(m['mail.start.lead']),
			paragraphs: [
				name ? t(m['mail.start.hello'], { name }) : t(m['mail.start.hello-plain']),
				t(m['mail.start.what'], {
					employer: input.employerName?.trim() || t(m['mail.start.your-employer'])
				})
			],
			blocks: [
				{
					kind: 'steps',
					title: t(m['mail.start.steps']),
					items: [
						t(m['mail.start.step-open']),
						t(m['mail.start.step-email'], { email: input.email }),
						t(m['mail.start.step-password']),
						t(m['mail.start.step-choose'])
					]
				},
				{
					kind: 'code',
					label: t(m['mail.start.password']),
					value: spacedStartPassword(input.password),
					note: t(m['mail.start.spaces'])
				},
				{ kind: 'action', label: t(m['mail.start.action']), url },
				{
					kind: 'paragraph',
					text: t(m['mail.start.valid'], {
						days: startPasswordDays(input.env),
						until: dateTime(input.expiresAt, locale, 'long')
					})
				},
				{ kind: 'paragraph', text: t(m['mail.start.expired']) },
				// The text part already has the address after the button's label.
				{ kind: 'paragraph', text: t(m['mail.start.link'], { url }), only: 'html' },
				{ kind: 'paragraph', text: t(m['mail.start.ignore']) }
			]
		};
	});
}
