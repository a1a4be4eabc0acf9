/**
 * German is a mail language only (the portal speaks nl, fr and en): the start-password mail in
 * German, one text per `mail.start.*` message of messages/nl.json. The type checker demands every
 * one of them, with the parameters the message takes. A translator edits the texts here.
 */
import { m } from '../paraglide/messages.js';

type Messages = typeof m;
export type StartMailKey = Extract<keyof Messages, `mail.start.${string}`>;
type InputsOf<K extends StartMailKey> = NonNullable<Parameters<Messages[K]>[0]>;
type German = { [K in StartMailKey]: (inputs: InputsOf<K>) => string };

const days = (n: number) =>
	new Intl.PluralRules('de').select(n) === 'one' ? `${n} Tag` : `${n} Tage`;

export const mailDe: German = {
	'mail.start.subject': () => 'Ihr Zugang zu YOU-P',
	'mail.start.lead': () =>
		'Diese E-Mail erklärt, wie Sie sich bei YOU-P anmelden — Deutsch weiter unten',
	'mail.start.hello': ({ name }) => `Guten Tag ${name},`,
	'mail.start.hello-plain': () => 'Guten Tag,',
	'mail.start.what': ({ employer }) =>
		`${employer} hat Sie bei YOU-P angemeldet. Bei YOU-P kaufen Sie mit Rabatt ein, bei Benefits@Work und Xtra Present.`,
	'mail.start.your-employer': () => 'Ihr Arbeitgeber',
	'mail.start.steps': () => 'So melden Sie sich an:',
	'mail.start.step-open': () => 'Klicken Sie unten auf den Knopf „Bei YOU-P anmelden“.',
	'mail.start.step-email': ({ email }) => `Geben Sie Ihre E-Mail-Adresse ein: ${email}`,
	'mail.start.step-password': () => 'Geben Sie Ihr Startpasswort ein. Sie finden es unten.',
	'mail.start.step-choose': () =>
		'Wählen Sie dann selbst ein neues Passwort. Das ist beim ersten Mal Pflicht.',
	'mail.start.password': () => 'Ihr Startpasswort:',
	'mail.start.spaces': () =>
		'Die Leerzeichen sind nur da, damit man es leichter lesen kann. Sie können sie eingeben oder weglassen.',
	'mail.start.valid': ({ days: n, until }) =>
		`Das Startpasswort funktioniert ${days(Number(n))}: bis ${until}. Wählen Sie vorher selbst ein Passwort? Dann funktioniert das Startpasswort nicht mehr.`,
	'mail.start.expired': () =>
		'Zu spät? Dann bitten Sie Ihren Arbeitgeber um ein neues Startpasswort. Oder klicken Sie auf der Anmeldeseite auf „Forgot your password?“ (Niederländisch: „Wachtwoord vergeten?“, Französisch: „Mot de passe oublié ?“).',
	'mail.start.link': ({ url }) =>
		`Funktioniert der Knopf nicht? Dann kopieren Sie diese Adresse in Ihren Browser: ${url}`,
	'mail.start.ignore': () =>
		'Haben Sie diese E-Mail nicht erwartet? Dann können Sie sie ignorieren.',
	'mail.start.action': () => 'Bei YOU-P anmelden'
};
