import { defineMessages } from '../define';

// One plain-language sentence per reason and hint of $lib/registration (REASONS and HINTS).
export const reasons = defineMessages({
	nl: {
		'reason.field-missing': 'Er ontbreekt een gegeven: vul alle vakjes in.',
		'reason.postcode-format': 'De postcode moet uit 4 cijfers bestaan, bijvoorbeeld 9000.',
		'reason.postcode-unknown': 'Deze postcode bestaat niet in België.',
		'reason.birthdate-invalid':
			'De geboortedatum is geen geldige datum. Schrijf hem als dag/maand/jaar, bijvoorbeeld 31/12/1985.',
		'reason.birthdate-future': 'De geboortedatum ligt in de toekomst.',
		'reason.birthdate-implausible':
			'Met deze geboortedatum zou de persoon jonger dan 15 of ouder dan 100 jaar zijn.',
		'reason.email-invalid': 'Dit is geen geldig e-mailadres.',
		'reason.language-invalid':
			'Deze taal kennen we niet. Schrijf nl, fr, en of de (of leeg: dan de taal van uw organisatie).',
		'reason.duplicate-in-list':
			'Deze persoon staat al hoger in de lijst. Het account is daar al aangemaakt.',
		'reason.email-used-by-other':
			'Dit e-mailadres wordt al gebruikt door iemand anders. Elke persoon heeft een eigen e-mailadres nodig.',
		'reason.not-in-roster': 'Deze persoon staat niet in uw YOU-P-gebruikerslijst.',
		'reason.ambiguous-roster-match':
			'Meer dan één persoon in uw gebruikerslijst heeft precies deze gegevens. Neem contact op met COLLECTIEF.',
		'reason.already-active': 'Deze persoon heeft al een YOU-P-account. Er is niets nodig.',
		'reason.registered': 'Geregistreerd: de persoon kreeg een mail met een startwachtwoord.',
		'hint.same-person-other-postcode':
			'In uw gebruikerslijst staat iemand met dezelfde naam en geboortedatum, maar met een andere postcode.',
		'hint.same-birthdate-similar-name':
			'In uw gebruikerslijst staat iemand met dezelfde geboortedatum en een naam die er sterk op lijkt.',
		'hint.same-name-other-birthdate':
			'In uw gebruikerslijst staat iemand met dezelfde naam en een geboortedatum die bijna gelijk is.'
	},
	fr: {
		'reason.field-missing': 'Il manque une donnée : remplissez toutes les cases.',
		'reason.postcode-format': 'Le code postal doit compter 4 chiffres, par exemple 1000.',
		'reason.postcode-unknown': 'Ce code postal n’existe pas en Belgique.',
		'reason.birthdate-invalid':
			'La date de naissance n’est pas une date valable. Écrivez-la jour/mois/année, par exemple 31/12/1985.',
		'reason.birthdate-future': 'La date de naissance est dans le futur.',
		'reason.birthdate-implausible':
			'Avec cette date de naissance, la personne aurait moins de 15 ans ou plus de 100 ans.',
		'reason.email-invalid': 'Ce n’est pas une adresse e-mail valable.',
		'reason.language-invalid':
			'Nous ne connaissons pas cette langue. Écrivez nl, fr, en ou de (ou rien : la langue de votre organisation).',
		'reason.duplicate-in-list':
			'Cette personne figure déjà plus haut dans la liste. Son compte y a déjà été créé.',
		'reason.email-used-by-other':
			'Cette adresse e-mail est déjà utilisée par quelqu’un d’autre. Chaque personne a besoin de sa propre adresse.',
		'reason.not-in-roster': 'Cette personne ne figure pas dans votre liste d’utilisateurs YOU-P.',
		'reason.ambiguous-roster-match':
			'Plusieurs personnes de votre liste d’utilisateurs ont exactement ces données. Contactez COLLECTIEF.',
		'reason.already-active': 'Cette personne a déjà un compte YOU-P. Rien à faire.',
		'reason.registered': 'Inscrite : la personne a reçu un e-mail avec un mot de passe de départ.',
		'hint.same-person-other-postcode':
			'Votre liste d’utilisateurs contient une personne avec le même nom et la même date de naissance, mais un autre code postal.',
		'hint.same-birthdate-similar-name':
			'Votre liste d’utilisateurs contient une personne avec la même date de naissance et un nom très proche.',
		'hint.same-name-other-birthdate':
			'Votre liste d’utilisateurs contient une personne avec le même nom et une date de naissance presque identique.'
	},
	en: {
		'reason.field-missing': 'Something is missing: fill in every cell.',
		'reason.postcode-format': 'The postcode must have 4 digits, for example 1000.',
		'reason.postcode-unknown': 'This postcode does not exist in Belgium.',
		'reason.birthdate-invalid':
			'The date of birth is not a valid date. Write it as day/month/year, for example 31/12/1985.',
		'reason.birthdate-future': 'The date of birth is in the future.',
		'reason.birthdate-implausible':
			'With this date of birth the person would be younger than 15 or older than 100.',
		'reason.email-invalid': 'This is not a valid e-mail address.',
		'reason.language-invalid':
			'We do not know this language. Write nl, fr, en or de (or leave it empty: your organisation’s language).',
		'reason.duplicate-in-list':
			'This person is already higher up in the list. Their account was created there.',
		'reason.email-used-by-other':
			'This e-mail address is already used by someone else. Every person needs their own address.',
		'reason.not-in-roster': 'This person is not on your YOU-P user list.',
		'reason.ambiguous-roster-match':
			'More than one person on your user list has exactly these details. Please contact COLLECTIEF.',
		'reason.already-active': 'This person already has a YOU-P account. Nothing is needed.',
		'reason.registered': 'Registered: the person got an e-mail with a start password.',
		'hint.same-person-other-postcode':
			'Your user list has someone with the same name and date of birth, but another postcode.',
		'hint.same-birthdate-similar-name':
			'Your user list has someone with the same date of birth and a very similar name.',
		'hint.same-name-other-birthdate':
			'Your user list has someone with the same name and an almost identical date of birth.'
	}
});
