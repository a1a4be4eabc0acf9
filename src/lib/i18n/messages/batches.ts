import { defineMessages } from '../define';

export const batches = defineMessages({
	nl: {
		'batch.title': 'Lijst {number}',
		'batch.status': 'Status',
		'batch.status.queued': 'Ontvangen, wacht op verwerking',
		'batch.status.processing': 'Wordt verwerkt',
		'batch.status.completed': 'Verwerkt',
		'batch.received': 'Ontvangen op',
		'batch.promised': 'Uiterlijk klaar op',
		'batch.completed-at': 'Verwerkt op',
		'batch.lines': 'Aantal lijnen',
		'batch.cost': 'Kostprijs',
		'batch.results': 'Resultaat',
		'batch.col.code': 'Code',
		'batch.col.meaning': 'Betekenis',
		'batch.col.count': 'Aantal',
		'batch.code.1': 'Geregistreerd: kreeg een mail met een startwachtwoord',
		'batch.code.2': 'Niet nodig: heeft al een account',
		'batch.code.3': 'Niet gevonden in uw gebruikerslijst',
		'batch.code.4': 'Gegevens niet juist',
		'batch.count.1': '{count} geregistreerd',
		'batch.count.2': '{count} niet nodig (heeft al een account)',
		'batch.count.3': '{count} niet gevonden in uw gebruikerslijst',
		'batch.count.4': '{count} met gegevens die niet juist zijn',
		'batch.pending-note': 'We verwerken uw lijst. Vernieuw deze pagina over enkele ogenblikken.',
		'batch.stuck':
			'{count} lijnen konden we nog niet verwerken. COLLECTIEF ziet dit en lost het op.',
		'batch.stuck.reason.dead-letter': 'De verwerking lukte na meerdere pogingen niet.',
		'mail.credential.subject': 'Uw toegang tot YOU-P',
		'mail.credential.hello': 'Goeiedag,',
		'mail.credential.what':
			'Uw werkgever heeft u aangemeld voor YOU-P. YOU-P is het voordelenplatform van COLLECTIEF: als medewerker koopt u er met korting bij Benefits@Work en Xtra Present.',
		'mail.credential.login': 'U meldt zich aan met uw e-mailadres: {email}',
		'mail.credential.password': 'Uw startwachtwoord is: {password}',
		'mail.credential.change':
			'Dit startwachtwoord werkt één keer en is geldig tot {date}. Bij uw eerste aanmelding kiest u meteen een eigen, nieuw wachtwoord.',
		'mail.credential.ignore':
			'Hebt u deze mail niet verwacht? Dan mag u hem negeren; er gebeurt niets zonder u.',
		'mail.credential.action': 'Aanmelden bij YOU-P',
		'mail.processed.subject': 'Uw lijst {number} is verwerkt',
		'mail.processed.intro': 'YOU-P heeft uw lijst {number} verwerkt. Dit is het resultaat:',
		'mail.processed.cost': 'Kostprijs van deze lijst: {amount}.',
		'mail.processed.next':
			'Bekijk het resultaat per lijn in YOU-P. Lijnen met code 3 of 4 kunt u daar verbeteren en opnieuw indienen.',
		'mail.processed.action': 'Bekijk het resultaat',
		'api.error.consent-required':
			'Bevestig dat uw medewerkers akkoord gaan (consent: true) voor u de lijst indient.',
		'api.error.no-rows': 'De lijst bevat geen enkele lijn.',
		'api.error.too-many-rows': 'De lijst heeft te veel lijnen. Verdeel hem over meerdere lijsten.',
		'api.error.batch-not-found': 'Deze lijst bestaat niet of is niet van uw organisatie.',
		'api.error.invalid-body': 'De inhoud van de aanvraag is niet juist.',
		'api.error.unauthorized': 'Geef een geldige sleutel mee (Authorization: Bearer).',
		'api.error.forbidden': 'Deze sleutel geeft geen toegang tot deze functie.',
		'api.error.payload-too-large': 'De aanvraag is te groot.',
		'api.error.unsupported-media-type':
			'Stuur JSON, een CSV- of XLSX-bestand (veld "file" of als inhoud).',
		'api.error.employer-not-found': 'Deze werkgever bestaat niet.',
		'api.error.not-found': 'Niet gevonden.'
	},
	fr: {
		'batch.title': 'Liste {number}',
		'batch.status': 'Statut',
		'batch.status.queued': 'Reçue, en attente de traitement',
		'batch.status.processing': 'En cours de traitement',
		'batch.status.completed': 'Traitée',
		'batch.received': 'Reçue le',
		'batch.promised': 'Prête au plus tard le',
		'batch.completed-at': 'Traitée le',
		'batch.lines': 'Nombre de lignes',
		'batch.cost': 'Coût',
		'batch.results': 'Résultat',
		'batch.col.code': 'Code',
		'batch.col.meaning': 'Signification',
		'batch.col.count': 'Nombre',
		'batch.code.1': 'Inscrite : a reçu un e-mail avec un mot de passe de départ',
		'batch.code.2': 'Pas nécessaire : a déjà un compte',
		'batch.code.3': 'Absente de votre liste d’utilisateurs',
		'batch.code.4': 'Données incorrectes',
		'batch.count.1': '{count} inscrites',
		'batch.count.2': '{count} pas nécessaires (ont déjà un compte)',
		'batch.count.3': '{count} absentes de votre liste d’utilisateurs',
		'batch.count.4': '{count} avec des données incorrectes',
		'batch.pending-note':
			'Nous traitons votre liste. Actualisez cette page dans quelques instants.',
		'batch.stuck':
			'{count} lignes n’ont pas encore pu être traitées. COLLECTIEF le voit et s’en occupe.',
		'batch.stuck.reason.dead-letter': 'Le traitement a échoué après plusieurs essais.',
		'mail.credential.subject': 'Votre accès à YOU-P',
		'mail.credential.hello': 'Bonjour,',
		'mail.credential.what':
			'Votre employeur vous a inscrit(e) à YOU-P. YOU-P est la plateforme d’avantages de COLLECTIEF : en tant que membre du personnel, vous y achetez à prix réduit chez Benefits@Work et Xtra Present.',
		'mail.credential.login': 'Vous vous connectez avec votre adresse e-mail : {email}',
		'mail.credential.password': 'Votre mot de passe de départ : {password}',
		'mail.credential.change':
			'Ce mot de passe de départ ne sert qu’une fois et est valable jusqu’au {date}. À votre première connexion, vous choisissez tout de suite votre propre mot de passe.',
		'mail.credential.ignore':
			'Vous n’attendiez pas cet e-mail ? Vous pouvez l’ignorer ; rien ne se passe sans vous.',
		'mail.credential.action': 'Se connecter à YOU-P',
		'mail.processed.subject': 'Votre liste {number} est traitée',
		'mail.processed.intro': 'YOU-P a traité votre liste {number}. Voici le résultat :',
		'mail.processed.cost': 'Coût de cette liste : {amount}.',
		'mail.processed.next':
			'Consultez le résultat par ligne dans YOU-P. Vous pouvez y corriger les lignes avec le code 3 ou 4 et les renvoyer.',
		'mail.processed.action': 'Voir le résultat',
		'api.error.consent-required':
			'Confirmez que votre personnel est d’accord (consent: true) avant d’envoyer la liste.',
		'api.error.no-rows': 'La liste ne contient aucune ligne.',
		'api.error.too-many-rows':
			'La liste contient trop de lignes. Répartissez-la sur plusieurs listes.',
		'api.error.batch-not-found':
			'Cette liste n’existe pas ou n’appartient pas à votre organisation.',
		'api.error.invalid-body': 'Le contenu de la demande n’est pas correct.',
		'api.error.unauthorized': 'Fournissez une clé valable (Authorization: Bearer).',
		'api.error.forbidden': 'Cette clé ne donne pas accès à cette fonction.',
		'api.error.payload-too-large': 'La demande est trop volumineuse.',
		'api.error.unsupported-media-type':
			'Envoyez du JSON, un fichier CSV ou XLSX (champ « file » ou comme contenu).',
		'api.error.employer-not-found': 'Cet employeur n’existe pas.',
		'api.error.not-found': 'Introuvable.'
	},
	en: {
		'batch.title': 'List {number}',
		'batch.status': 'Status',
		'batch.status.queued': 'Received, waiting to be processed',
		'batch.status.processing': 'Being processed',
		'batch.status.completed': 'Processed',
		'batch.received': 'Received on',
		'batch.promised': 'Ready by',
		'batch.completed-at': 'Processed on',
		'batch.lines': 'Number of lines',
		'batch.cost': 'Cost',
		'batch.results': 'Result',
		'batch.col.code': 'Code',
		'batch.col.meaning': 'Meaning',
		'batch.col.count': 'Number',
		'batch.code.1': 'Registered: got an e-mail with a start password',
		'batch.code.2': 'Not needed: already has an account',
		'batch.code.3': 'Not found on your user list',
		'batch.code.4': 'Details not correct',
		'batch.count.1': '{count} registered',
		'batch.count.2': '{count} not needed (already have an account)',
		'batch.count.3': '{count} not found on your user list',
		'batch.count.4': '{count} with details that are not correct',
		'batch.pending-note': 'We are processing your list. Refresh this page in a few moments.',
		'batch.stuck':
			'{count} lines could not be processed yet. COLLECTIEF can see this and will sort it out.',
		'batch.stuck.reason.dead-letter': 'Processing failed after several attempts.',
		'mail.credential.subject': 'Your access to YOU-P',
		'mail.credential.hello': 'Hello,',
		'mail.credential.what':
			'Your employer has signed you up for YOU-P. YOU-P is the benefits platform of COLLECTIEF: as a member of staff you buy at a discount at Benefits@Work and Xtra Present.',
		'mail.credential.login': 'You log in with your e-mail address: {email}',
		'mail.credential.password': 'Your start password is: {password}',
		'mail.credential.change':
			'This start password works once and is valid until {date}. When you first log in, you choose your own new password straight away.',
		'mail.credential.ignore':
			'Did you not expect this e-mail? Then you can ignore it; nothing happens without you.',
		'mail.credential.action': 'Log in to YOU-P',
		'mail.processed.subject': 'Your list {number} has been processed',
		'mail.processed.intro': 'YOU-P has processed your list {number}. This is the result:',
		'mail.processed.cost': 'Cost of this list: {amount}.',
		'mail.processed.next':
			'See the result per line in YOU-P. There you can correct lines with code 3 or 4 and send them again.',
		'mail.processed.action': 'See the result',
		'api.error.consent-required':
			'Confirm that your staff agree (consent: true) before you send the list.',
		'api.error.no-rows': 'The list has no lines.',
		'api.error.too-many-rows': 'The list has too many lines. Split it into several lists.',
		'api.error.batch-not-found':
			'This list does not exist or does not belong to your organisation.',
		'api.error.invalid-body': 'The content of the request is not right.',
		'api.error.unauthorized': 'Send a valid key (Authorization: Bearer).',
		'api.error.forbidden': 'This key gives no access to this function.',
		'api.error.payload-too-large': 'The request is too large.',
		'api.error.unsupported-media-type':
			'Send JSON, or a CSV or XLSX file (field "file" or as the body).',
		'api.error.employer-not-found': 'This employer does not exist.',
		'api.error.not-found': 'Not found.'
	}
});
