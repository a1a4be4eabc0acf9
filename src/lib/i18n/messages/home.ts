import { defineMessages } from '../define';

/** The employer's home /werkgever (issue 17, section 6). */
export const home = defineMessages({
	nl: {
		'home.attention': 'Wat uw aandacht vraagt',
		'home.progress.title': 'Lijsten in verwerking',
		'home.progress.none': 'Er wordt nu geen lijst verwerkt.',
		'home.progress.line':
			'Lijst {number}: {done} van {total, plural, one {# regel} other {# regels}} verwerkt',
		'home.corrections.title': 'Regels die op correctie wachten',
		'home.corrections.none': 'Geen regels wachten op correctie.',
		'home.corrections.line':
			'Lijst {number}: {count, plural, one {# regel wacht} other {# regels wachten}} op correctie',
		'home.corrections.days':
			'{days, plural, =0 {de gegevens worden vandaag gewist} one {de gegevens worden over # dag gewist} other {de gegevens worden over # dagen gewist}}',
		'home.signin.title': 'Geregistreerd maar nog niet aangemeld',
		'home.signin.none': 'Iedereen die u registreerde, heeft zich al aangemeld.',
		'home.signin.line':
			'Lijst {number}: {count, plural, one {# persoon heeft} other {# personen hebben}} zich nog niet aangemeld',
		'home.signin.names': 'Nog niet aangemeld in lijst {number}',
		'home.costs.title': 'Kosten dit jaar',
		'home.costs.line':
			'{year}: {amount} excl. btw voor {lists, plural, one {# lijst} other {# lijsten}}',
		'home.costs.link': 'Alle lijsten en hun kosten',
		'home.invitations.title': 'Openstaande uitnodigingen voor een volmacht',
		'home.invitations.none': 'Er staan geen uitnodigingen open.',
		'home.invitations.line':
			'{count, plural, one {# uitnodiging wacht} other {# uitnodigingen wachten}} op een antwoord',
		'home.invitations.link': 'Volmachten beheren',
		'home.resend.button': 'Stuur {name} een nieuw startwachtwoord (gratis)',
		'home.resend.done': 'Het nieuwe startwachtwoord is verstuurd.',
		'home.resend.unavailable':
			'Deze persoon kan geen nieuw startwachtwoord krijgen: misschien heeft die zich intussen aangemeld.'
	},
	fr: {
		'home.attention': 'Ce qui demande votre attention',
		'home.progress.title': 'Listes en cours de traitement',
		'home.progress.none': 'Aucune liste n’est en cours de traitement.',
		'home.progress.line':
			'Liste {number} : {done, plural, one {# ligne traitée} other {# lignes traitées}} sur {total}',
		'home.corrections.title': 'Lignes en attente de correction',
		'home.corrections.none': 'Aucune ligne n’attend de correction.',
		'home.corrections.line':
			'Liste {number} : {count, plural, one {# ligne attend} other {# lignes attendent}} une correction',
		'home.corrections.days':
			'{days, plural, =0 {les données sont effacées aujourd’hui} one {les données sont effacées dans # jour} other {les données sont effacées dans # jours}}',
		'home.signin.title': 'Enregistrés mais pas encore connectés',
		'home.signin.none': 'Toutes les personnes que vous avez enregistrées se sont déjà connectées.',
		'home.signin.line':
			'Liste {number} : {count, plural, one {# personne ne s’est pas encore connectée} other {# personnes ne se sont pas encore connectées}}',
		'home.signin.names': 'Pas encore connectés dans la liste {number}',
		'home.costs.title': 'Coûts de cette année',
		'home.costs.line':
			'{year} : {amount} hors TVA pour {lists, plural, one {# liste} other {# listes}}',
		'home.costs.link': 'Toutes les listes et leurs coûts',
		'home.invitations.title': 'Invitations à une procuration en attente',
		'home.invitations.none': 'Aucune invitation en attente.',
		'home.invitations.line':
			'{count, plural, one {# invitation attend} other {# invitations attendent}} une réponse',
		'home.invitations.link': 'Gérer les procurations',
		'home.resend.button': 'Envoyer un nouveau mot de passe de départ à {name} (gratuit)',
		'home.resend.done': 'Le nouveau mot de passe de départ a été envoyé.',
		'home.resend.unavailable':
			'Cette personne ne peut pas recevoir de nouveau mot de passe de départ : elle s’est peut-être connectée entre-temps.'
	},
	en: {
		'home.attention': 'What needs your attention',
		'home.progress.title': 'Lists being processed',
		'home.progress.none': 'No list is being processed right now.',
		'home.progress.line':
			'List {number}: {done} of {total, plural, one {# line} other {# lines}} processed',
		'home.corrections.title': 'Lines waiting for correction',
		'home.corrections.none': 'No lines are waiting for correction.',
		'home.corrections.line':
			'List {number}: {count, plural, one {# line is} other {# lines are}} waiting for correction',
		'home.corrections.days':
			'{days, plural, =0 {the data is erased today} one {the data is erased in # day} other {the data is erased in # days}}',
		'home.signin.title': 'Registered but not signed in yet',
		'home.signin.none': 'Everyone you registered has signed in.',
		'home.signin.line':
			'List {number}: {count, plural, one {# person has} other {# people have}} not signed in yet',
		'home.signin.names': 'Not signed in yet in list {number}',
		'home.costs.title': 'Costs this year',
		'home.costs.line':
			'{year}: {amount} excl. VAT for {lists, plural, one {# list} other {# lists}}',
		'home.costs.link': 'All lists and their costs',
		'home.invitations.title': 'Pending mandate invitations',
		'home.invitations.none': 'No invitations are pending.',
		'home.invitations.line':
			'{count, plural, one {# invitation is} other {# invitations are}} waiting for an answer',
		'home.invitations.link': 'Manage mandates',
		'home.resend.button': 'Send {name} a new start password (free)',
		'home.resend.done': 'The new start password has been sent.',
		'home.resend.unavailable':
			'This person cannot get a new start password: they may have signed in meanwhile.'
	}
});
