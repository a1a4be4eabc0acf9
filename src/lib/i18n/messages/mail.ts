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
		'devmail.html': 'Bekijk de HTML-versie zoals de ontvanger ze ziet',
		'mail.start.subject': 'Uw toegang tot YOU-P',
		'mail.start.lead': 'Deze e-mail legt uit hoe u zich aanmeldt bij YOU-P — Nederlands hieronder',
		'mail.start.hello': 'Beste {name},',
		'mail.start.hello-plain': 'Goeiedag,',
		'mail.start.what':
			'{employer} heeft u aangemeld bij YOU-P. Op YOU-P koopt u met korting, bij Benefits@Work en Xtra Present.',
		'mail.start.your-employer': 'Uw werkgever',
		'mail.start.steps': 'Zo meldt u zich aan:',
		'mail.start.step-open': 'Klik op de knop "Aanmelden bij YOU-P" hieronder.',
		'mail.start.step-email': 'Vul uw e-mailadres in: {email}',
		'mail.start.step-password': 'Vul uw startwachtwoord in. U vindt het hieronder.',
		'mail.start.step-choose': 'Kies dan zelf een nieuw wachtwoord. Dat moet de eerste keer.',
		'mail.start.password': 'Uw startwachtwoord:',
		'mail.start.spaces':
			'De spaties zijn er alleen om het makkelijker te lezen. U mag ze typen of weglaten.',
		'mail.start.valid':
			'Het startwachtwoord werkt {days, plural, one {# dag} other {# dagen}}: tot {until}. Kiest u eerder zelf een wachtwoord? Dan werkt het startwachtwoord niet meer.',
		'mail.start.expired':
			'Te laat? Klik dan op de aanmeldpagina op "Wachtwoord vergeten?". Of vraag een nieuw startwachtwoord aan uw werkgever.',
		'mail.start.link': 'Werkt de knop niet? Kopieer dan dit adres in uw browser: {url}',
		'mail.start.ignore': 'Hebt u deze e-mail niet verwacht? Dan mag u hem negeren.',
		'mail.start.action': 'Aanmelden bij YOU-P'
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
		'devmail.html': 'Voir la version HTML telle que le destinataire la voit',
		'mail.start.subject': 'Votre accès à YOU-P',
		'mail.start.lead': 'Cet e-mail explique comment vous connecter à YOU-P — français plus bas',
		'mail.start.hello': 'Bonjour {name},',
		'mail.start.hello-plain': 'Bonjour,',
		'mail.start.what':
			'{employer} vous a inscrit à YOU-P. Sur YOU-P, vous achetez avec une réduction, chez Benefits@Work et Xtra Present.',
		'mail.start.your-employer': 'Votre employeur',
		'mail.start.steps': 'Pour vous connecter :',
		'mail.start.step-open': 'Cliquez sur le bouton « Se connecter à YOU-P » plus bas.',
		'mail.start.step-email': 'Écrivez votre adresse e-mail : {email}',
		'mail.start.step-password': 'Écrivez votre mot de passe de départ. Vous le trouvez plus bas.',
		'mail.start.step-choose':
			'Choisissez ensuite vous-même un nouveau mot de passe. C’est obligatoire la première fois.',
		'mail.start.password': 'Votre mot de passe de départ :',
		'mail.start.spaces':
			'Les espaces sont là seulement pour le lire plus facilement. Vous pouvez les taper ou non.',
		'mail.start.valid':
			'Le mot de passe de départ fonctionne {days, plural, one {# jour} other {# jours}} : jusqu’au {until}. Vous choisissez votre mot de passe avant ? Alors le mot de passe de départ ne fonctionne plus.',
		'mail.start.expired':
			'Trop tard ? Cliquez alors sur « Mot de passe oublié ? » sur la page de connexion. Ou demandez un nouveau mot de passe de départ à votre employeur.',
		'mail.start.link':
			'Le bouton ne fonctionne pas ? Copiez alors cette adresse dans votre navigateur : {url}',
		'mail.start.ignore': 'Vous n’attendiez pas cet e-mail ? Vous pouvez l’ignorer.',
		'mail.start.action': 'Se connecter à YOU-P'
	},
	en: {
		'devmail.title': 'Test mailbox',
		'devmail.intro': 'Local only: the mails YOU-P sends land here, so you can follow the demo.',
		'devmail.empty': 'No mails yet.',
		'devmail.to': 'To',
		'devmail.subject': 'Subject',
		'devmail.received': 'Received',
		'devmail.back': 'Back to the test mailbox',
		'devmail.html': 'View the HTML version as the recipient sees it',
		'mail.start.subject': 'Your access to YOU-P',
		'mail.start.lead': 'This e-mail explains how to sign in to YOU-P — English below',
		'mail.start.hello': 'Hello {name},',
		'mail.start.hello-plain': 'Hello,',
		'mail.start.what':
			'{employer} has signed you up for YOU-P. On YOU-P you buy at a discount, at Benefits@Work and Xtra Present.',
		'mail.start.your-employer': 'Your employer',
		'mail.start.steps': 'How to sign in:',
		'mail.start.step-open': 'Click the button "Sign in to YOU-P" below.',
		'mail.start.step-email': 'Fill in your e-mail address: {email}',
		'mail.start.step-password': 'Fill in your start password. You find it below.',
		'mail.start.step-choose':
			'Then choose a new password yourself. You must do this the first time.',
		'mail.start.password': 'Your start password:',
		'mail.start.spaces':
			'The spaces are only there to make it easier to read. You may type them or leave them out.',
		'mail.start.valid':
			'The start password works for {days, plural, one {# day} other {# days}}: until {until}. Do you choose your own password before then? Then the start password stops working.',
		'mail.start.expired':
			'Too late? Then click "Forgot your password?" on the sign-in page. Or ask your employer for a new start password.',
		'mail.start.link': 'Does the button not work? Then copy this address into your browser: {url}',
		'mail.start.ignore': 'Did you not expect this e-mail? Then you may ignore it.',
		'mail.start.action': 'Sign in to YOU-P'
	}
});
