/**
 * Mail languages: the portal's three (nl, fr, en) and German, which only the start-password mail
 * speaks (mail-de.ts). Server-side only in practice; the UI never loads the German texts.
 */
import { locales, translator, type Locale, type Translate } from './index';
import { mailDe } from './mail-de';

export const mailLocales = [...locales, 'de'] as const;
export type MailLocale = (typeof mailLocales)[number];

export function isMailLocale(value: unknown): value is MailLocale {
	return typeof value === 'string' && (mailLocales as readonly string[]).includes(value);
}

/** The portal language closest to a mail language: German readers get the English pages. */
export function uiLocaleOf(locale: MailLocale): Locale {
	return locale === 'de' ? 'en' : locale;
}

/** The German text of each start-mail message, found by the message itself. */
const german = new Map(mailDe);

/**
 * A translator for a mail language. In German only the start-password mail's messages exist; any
 * other message is a programming error and fails loudly rather than mixing languages.
 */
export function mailTranslator(locale: MailLocale): Translate {
	if (locale !== 'de') return translator(locale);
	return (message, ...params) => {
		const text = german.get(message);
		if (!text) throw new Error('This message has no German text (only the start mail has).');
		return text((params[0] ?? {}) as never);
	};
}
