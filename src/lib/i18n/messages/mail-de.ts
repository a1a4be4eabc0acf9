import type { mail } from './mail';

/** The keys of the start-password mail: the only texts YOU-P writes in German. */
export type StartMailKey = Extract<keyof typeof mail.nl, `mail.start.${string}`>;

/**
 * German is a mail language only (the portal speaks nl, fr and en): a `de` locale restricted to
 * the start-password mail. The type checker demands every `mail.start.*` key of mail.ts.
 */
export const mailDe = {
	de: {
		'mail.start.subject': 'Ihr Zugang zu YOU-P',
		'mail.start.lead':
			'Diese E-Mail erklärt, wie Sie sich bei YOU-P anmelden — Deutsch weiter unten',
		'mail.start.hello': 'Guten Tag {name},',
		'mail.start.hello-plain': 'Guten Tag,',
		'mail.start.what':
			'{employer} hat Sie bei YOU-P angemeldet. Bei YOU-P kaufen Sie mit Rabatt ein, bei Benefits@Work und Xtra Present.',
		'mail.start.your-employer': 'Ihr Arbeitgeber',
		'mail.start.steps': 'So melden Sie sich an:',
		'mail.start.step-open': 'Klicken Sie unten auf den Knopf „Bei YOU-P anmelden“.',
		'mail.start.step-email': 'Geben Sie Ihre E-Mail-Adresse ein: {email}',
		'mail.start.step-password': 'Geben Sie Ihr Startpasswort ein. Sie finden es unten.',
		'mail.start.step-choose':
			'Wählen Sie dann selbst ein neues Passwort. Das ist beim ersten Mal Pflicht.',
		'mail.start.password': 'Ihr Startpasswort:',
		'mail.start.spaces':
			'Die Leerzeichen sind nur da, damit man es leichter lesen kann. Sie können sie eingeben oder weglassen.',
		'mail.start.valid':
			'Das Startpasswort funktioniert {days, plural, one {# Tag} other {# Tage}}: bis {until}. Wählen Sie vorher selbst ein Passwort? Dann funktioniert das Startpasswort nicht mehr.',
		'mail.start.expired':
			'Zu spät? Dann bitten Sie Ihren Arbeitgeber um ein neues Startpasswort. Oder klicken Sie auf der Anmeldeseite auf „Forgot your password?“ (Niederländisch: „Wachtwoord vergeten?“, Französisch: „Mot de passe oublié ?“).',
		'mail.start.link':
			'Funktioniert der Knopf nicht? Dann kopieren Sie diese Adresse in Ihren Browser: {url}',
		'mail.start.ignore': 'Haben Sie diese E-Mail nicht erwartet? Dann können Sie sie ignorieren.',
		'mail.start.action': 'Bei YOU-P anmelden'
	} satisfies Record<StartMailKey, string>
};
