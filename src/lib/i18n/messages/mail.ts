import { defineMessages } from '../define';

export const mail = defineMessages({
	nl: {
		'devmail.title': 'Testmailbox',
		'devmail.intro':
			'Alleen lokaal: hier komen de mails terecht die YOU-P verstuurt, zodat u de demo kunt volgen.',
		'devmail.empty': 'Nog geen mails.',
		'devmail.to': 'Aan',
		'devmail.subject': 'Onderwerp',
		'devmail.received': 'Ontvangen',
		'devmail.back': 'Terug naar de testmailbox',
		'devmail.html': 'Bekijk de HTML-versie zoals de ontvanger ze ziet'
	},
	fr: {
		'devmail.title': 'Boîte mail de test',
		'devmail.intro':
			'En local uniquement : les mails envoyés par YOU-P arrivent ici, pour suivre la démo.',
		'devmail.empty': 'Pas encore de mails.',
		'devmail.to': 'À',
		'devmail.subject': 'Objet',
		'devmail.received': 'Reçu',
		'devmail.back': 'Retour à la boîte mail de test',
		'devmail.html': 'Voir la version HTML telle que le destinataire la voit'
	},
	en: {
		'devmail.title': 'Test mailbox',
		'devmail.intro': 'Local only: the mails YOU-P sends land here, so you can follow the demo.',
		'devmail.empty': 'No mails yet.',
		'devmail.to': 'To',
		'devmail.subject': 'Subject',
		'devmail.received': 'Received',
		'devmail.back': 'Back to the test mailbox',
		'devmail.html': 'View the HTML version as the recipient sees it'
	}
});
