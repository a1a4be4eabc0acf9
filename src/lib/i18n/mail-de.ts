/**
 * German is a mail language only (the portal speaks nl, fr and en): the start-password mail in
 * German, one text per `mail.start.*` message of messages/nl.json, each paired with its message
 * so the type checker sees its parameters (tests/unit/i18n-messages.test.ts checks that every
 * `mail.start.*` message has one). A translator edits the texts here.
 */
import * as m from '../paraglide/messages.js';
import type { Message } from './index';

/** A German text for a message, typed by that message's parameters. */
type German = [message: unknown, text: (inputs: never) => string];
const de = <I>(message: Message<I>, text: (inputs: I) => string): German => [message, text];

const days = (n: number) =>
	new Intl.PluralRules('de').select(n) === 'one' ? `${n} Tag` : `${n} Tage`;

export const mailDe: German[] = [
	de(m['mail.start.subject'], () => 'Ihr Zugang zu YOU-P'),
	de(
		m['mail.start.lead'],
		() => 'Diese E-Mail erklärt, wie Sie sich bei YOU-P anmelden — Deutsch weiter unten'
	),
	de(m['mail.start.hello'], ({ name }) => `Guten Tag ${name},`),
	de(m['mail.start.hello-plain'], () => 'Guten Tag,'),
	de(
		m['mail.start.what'],
		({ employer }) =>
			`${employer} hat Sie bei YOU-P angemeldet. Bei YOU-P kaufen Sie mit Rabatt ein, bei Benefits@Work und Xtra Present.`
	),
	de(m['mail.start.your-employer'], () => 'Ihr Arbeitgeber'),
	de(m['mail.start.steps'], () => 'So melden Sie sich an:'),
	de(m['mail.start.step-open'], () => 'Klicken Sie unten auf den Knopf „Bei YOU-P anmelden“.'),
	de(m['mail.start.step-email'], ({ email }) => `Geben Sie Ihre E-Mail-Adresse ein: ${email}`),
	de(m['mail.start.step-password'], () => 'Geben Sie Ihr Startpasswort ein. Sie finden es unten.'),
	de(
		m['mail.start.step-choose'],
		() => 'Wählen Sie dann selbst ein neues Passwort. Das ist beim ersten Mal Pflicht.'
	),
	de(m['mail.start.password'], () => 'Ihr Startpasswort:'),
	de(
		m['mail.start.spaces'],
		() =>
			'Die Leerzeichen sind nur da, damit man es leichter lesen kann. Sie können sie eingeben oder weglassen.'
	),
	de(
		m['mail.start.valid'],
		({ days: n, until }) =>
			`Das Startpasswort funktioniert ${days(Number(n))}: bis ${until}. Wählen Sie vorher selbst ein Passwort? Dann funktioniert das Startpasswort nicht mehr.`
	),
	de(
		m['mail.start.expired'],
		() =>
			'Zu spät? Dann bitten Sie Ihren Arbeitgeber um ein neues Startpasswort. Oder klicken Sie auf der Anmeldeseite auf „Forgot your password?“ (Niederländisch: „Wachtwoord vergeten?“, Französisch: „Mot de passe oublié ?“).'
	),
	de(
		m['mail.start.link'],
		({ url }) =>
			`Funktioniert der Knopf nicht? Dann kopieren Sie diese Adresse in Ihren Browser: ${url}`
	),
	de(
		m['mail.start.ignore'],
		() => 'Haben Sie diese E-Mail nicht erwartet? Dann können Sie sie ignorieren.'
	),
	de(m['mail.start.action'], () => 'Bei YOU-P anmelden')
];
