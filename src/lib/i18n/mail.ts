/**
 * Mail languages: the portal's three (nl, fr, en) and German, which only the start-password mail
 * speaks (messages/mail-de.ts). Server-side only in practice; the UI never loads the German texts.
 */
import { format, locales, translator, type Locale, type MessageParams } from './index';
import { mailDe, type StartMailKey } from './messages/mail-de';

export type { StartMailKey };

export const mailLocales = [...locales, 'de'] as const;
export type MailLocale = (typeof mailLocales)[number];

/** A translator limited to the keys every mail language has. */
export type MailTranslate = (key: StartMailKey, params?: MessageParams) => string;

export function isMailLocale(value: unknown): value is MailLocale {
	return typeof value === 'string' && (mailLocales as readonly string[]).includes(value);
}

/** The portal language closest to a mail language: German readers get the English pages. */
export function uiLocaleOf(locale: MailLocale): Locale {
	return locale === 'de' ? 'en' : locale;
}

export function mailTranslator(locale: MailLocale): MailTranslate {
	if (locale !== 'de') return translator(locale);
	const messages: Record<StartMailKey, string> = mailDe.de;
	// German counts like Dutch (one / other) and groups digits the same way (1.234): the portal
	// locales' `format` serves it with nl's rules.
	return (key, params) => format(messages[key], params, 'nl');
}
