import { defineMessages } from '../define';

export const common = defineMessages({
	nl: {
		'app.name': 'YOU-P',
		'nav.skip': 'Naar de inhoud',
		'nav.main': 'Hoofdmenu',
		'nav.login': 'Aanmelden',
		'nav.logout': 'Afmelden',
		'nav.employer': 'Werkgever',
		'nav.staff': 'Beheer',
		'nav.mine': 'Mijn YOU-P',
		'lang.label': 'Taal',
		'lang.submit': 'Kies taal',
		'lang.switch-help': 'De pagina verandert meteen van taal.',
		'lang.nl': 'Nederlands',
		'lang.fr': 'Français',
		'lang.en': 'English',
		'home.title': 'Welkom bij YOU-P',
		'home.intro':
			'YOU-P geeft medewerkers van de leden van COLLECTIEF toegang tot aankoopvoordelen bij Benefits@Work en Xtra Present.',
		'home.employer':
			'Werkgever? Laat uw medewerkers automatisch registreren: u geeft een lijst door, wij doen de rest.',
		'home.employee': 'Medewerker? Meld u aan met uw e-mailadres en wachtwoord.',
		'login.title': 'Aanmelden',
		'login.email': 'E-mailadres',
		'login.password': 'Wachtwoord',
		'login.remember': 'Aangemeld blijven',
		'login.remember-help':
			'Dan blijft u 30 dagen aangemeld op dit toestel. Doe dit niet op een computer die u deelt met anderen.',
		'login.submit': 'Aanmelden',
		'login.wrong': 'Het e-mailadres of het wachtwoord is niet juist.',
		'login.missing': 'Vul uw e-mailadres en uw wachtwoord in.',
		'login.throttled':
			'Te veel pogingen. Wacht {minutes, plural, one {# minuut} other {# minuten}} en probeer dan opnieuw. Wachtwoord vergeten? Vraag een nieuw.',
		'login.start-expired':
			'Uw startwachtwoord is niet meer geldig. Het werkt maar {days, plural, one {# dag} other {# dagen}}.',
		'login.start-expired-help':
			'Vraag een nieuw startwachtwoord aan uw werkgever of aan COLLECTIEF. U kunt ook hieronder op "Wachtwoord vergeten?" klikken.',
		'login.forgot': 'Wachtwoord vergeten?',
		'login.register': 'Nog geen account? Registreer u hier.',
		'login.after-reset': 'Uw nieuwe wachtwoord is opgeslagen. Meld u nu aan.',
		'login.account-ready': 'Uw account is klaar. Meld u nu aan met uw e-mailadres en wachtwoord.',
		'error.title': 'Er ging iets mis',
		'error.not-found': 'Deze pagina bestaat niet.',
		'error.bad-request':
			'Deze vraag konden we niet verwerken. Controleer wat u invulde en probeer opnieuw.',
		'error.forbidden': 'U hebt geen toegang tot deze pagina.',
		'error.no-organisation':
			'U bent niet (meer) gekoppeld aan een organisatie. Vraag de eigenaar van uw organisatie om een volmacht, of neem contact op met COLLECTIEF.',
		'error.too-large': 'Dit is te groot om te verwerken.',
		'error.too-many': 'Te veel pogingen. Wacht even en probeer opnieuw.',
		'error.server': 'Er ging bij ons iets mis. Probeer het later opnieuw.',
		'error.reference': 'Foutcode: {id}. Vermeld die als u ons contacteert.',
		'error.back-home': 'Terug naar de startpagina',
		'employer.title': 'Werkgever',
		'employer.welcome': 'Welkom, {name}. U beheert {organisation}.',
		'staff.title': 'Beheer COLLECTIEF',
		'staff.welcome': 'Welkom, {name}.',
		'mine.title': 'Mijn YOU-P',
		'mine.access': 'U hebt toegang tot YOU-P.'
	},
	fr: {
		'app.name': 'YOU-P',
		'nav.skip': 'Aller au contenu',
		'nav.main': 'Menu principal',
		'nav.login': 'Se connecter',
		'nav.logout': 'Se déconnecter',
		'nav.employer': 'Employeur',
		'nav.staff': 'Gestion',
		'nav.mine': 'Mon YOU-P',
		'lang.label': 'Langue',
		'lang.submit': 'Choisir la langue',
		'lang.switch-help': 'La page change de langue dès le choix.',
		'lang.nl': 'Nederlands',
		'lang.fr': 'Français',
		'lang.en': 'English',
		'home.title': 'Bienvenue sur YOU-P',
		'home.intro':
			'YOU-P donne au personnel des membres de COLLECTIEF accès à des avantages d’achat chez Benefits@Work et Xtra Present.',
		'home.employer':
			'Employeur ? Faites inscrire votre personnel automatiquement : vous envoyez une liste, nous faisons le reste.',
		'home.employee':
			'Membre du personnel ? Connectez-vous avec votre adresse e-mail et votre mot de passe.',
		'login.title': 'Se connecter',
		'login.email': 'Adresse e-mail',
		'login.password': 'Mot de passe',
		'login.remember': 'Rester connecté',
		'login.remember-help':
			'Vous restez alors connecté 30 jours sur cet appareil. Ne le faites pas sur un ordinateur partagé.',
		'login.submit': 'Se connecter',
		'login.wrong': 'L’adresse e-mail ou le mot de passe n’est pas correct.',
		'login.missing': 'Indiquez votre adresse e-mail et votre mot de passe.',
		'login.throttled':
			'Trop d’essais. Attendez {minutes, plural, one {# minute} other {# minutes}}, puis réessayez. Mot de passe oublié ? Demandez-en un nouveau.',
		'login.start-expired':
			'Votre mot de passe de départ n’est plus valable. Il fonctionne {days, plural, one {# jour} other {# jours}} seulement.',
		'login.start-expired-help':
			'Demandez un nouveau mot de passe de départ à votre employeur ou à COLLECTIEF. Vous pouvez aussi cliquer ci-dessous sur « Mot de passe oublié ? ».',
		'login.forgot': 'Mot de passe oublié ?',
		'login.register': 'Pas encore de compte ? Inscrivez-vous ici.',
		'login.after-reset': 'Votre nouveau mot de passe est enregistré. Connectez-vous maintenant.',
		'login.account-ready':
			'Votre compte est prêt. Connectez-vous maintenant avec votre adresse e-mail et votre mot de passe.',
		'error.title': 'Un problème est survenu',
		'error.not-found': 'Cette page n’existe pas.',
		'error.bad-request':
			'Nous n’avons pas pu traiter cette demande. Vérifiez ce que vous avez saisi et réessayez.',
		'error.forbidden': 'Vous n’avez pas accès à cette page.',
		'error.no-organisation':
			'Vous n’êtes (plus) lié à aucune organisation. Demandez une procuration au propriétaire de votre organisation ou contactez COLLECTIEF.',
		'error.too-large': 'C’est trop volumineux pour être traité.',
		'error.too-many': 'Trop de tentatives. Attendez un moment et réessayez.',
		'error.server': 'Un problème est survenu de notre côté. Réessayez plus tard.',
		'error.reference': 'Code d’erreur : {id}. Mentionnez-le si vous nous contactez.',
		'error.back-home': 'Retour à l’accueil',
		'employer.title': 'Employeur',
		'employer.welcome': 'Bienvenue, {name}. Vous gérez {organisation}.',
		'staff.title': 'Gestion COLLECTIEF',
		'staff.welcome': 'Bienvenue, {name}.',
		'mine.title': 'Mon YOU-P',
		'mine.access': 'Vous avez accès à YOU-P.'
	},
	en: {
		'app.name': 'YOU-P',
		'nav.skip': 'Skip to content',
		'nav.main': 'Main menu',
		'nav.login': 'Log in',
		'nav.logout': 'Log out',
		'nav.employer': 'Employer',
		'nav.staff': 'Back office',
		'nav.mine': 'My YOU-P',
		'lang.label': 'Language',
		'lang.submit': 'Choose language',
		'lang.switch-help': 'The page switches language as soon as you choose.',
		'lang.nl': 'Nederlands',
		'lang.fr': 'Français',
		'lang.en': 'English',
		'home.title': 'Welcome to YOU-P',
		'home.intro':
			'YOU-P gives staff of COLLECTIEF members access to purchase benefits at Benefits@Work and Xtra Present.',
		'home.employer':
			'Employer? Have your staff registered automatically: you hand in a list, we do the rest.',
		'home.employee': 'Employee? Log in with your e-mail address and password.',
		'login.title': 'Log in',
		'login.email': 'E-mail address',
		'login.password': 'Password',
		'login.remember': 'Stay signed in',
		'login.remember-help':
			'You then stay signed in for 30 days on this device. Do not do this on a computer you share.',
		'login.submit': 'Log in',
		'login.wrong': 'The e-mail address or the password is not right.',
		'login.missing': 'Fill in your e-mail address and your password.',
		'login.throttled':
			'Too many tries. Wait {minutes, plural, one {# minute} other {# minutes}}, then try again. Forgot your password? Ask for a new one.',
		'login.start-expired':
			'Your start password is no longer valid. It only works for {days, plural, one {# day} other {# days}}.',
		'login.start-expired-help':
			'Ask your employer or COLLECTIEF for a new start password. You can also click "Forgot your password?" below.',
		'login.forgot': 'Forgot your password?',
		'login.register': 'No account yet? Register here.',
		'login.after-reset': 'Your new password is saved. Log in now.',
		'login.account-ready':
			'Your account is ready. Log in now with your e-mail address and password.',
		'error.title': 'Something went wrong',
		'error.not-found': 'This page does not exist.',
		'error.bad-request': 'We could not process this request. Check what you entered and try again.',
		'error.forbidden': 'You do not have access to this page.',
		'error.no-organisation':
			'You are not (or no longer) linked to an organisation. Ask your organisation’s owner for a mandate, or contact COLLECTIEF.',
		'error.too-large': 'This is too large to process.',
		'error.too-many': 'Too many attempts. Wait a moment and try again.',
		'error.server': 'Something went wrong on our side. Please try again later.',
		'error.reference': 'Error code: {id}. Please mention it when you contact us.',
		'error.back-home': 'Back to the home page',
		'employer.title': 'Employer',
		'employer.welcome': 'Welcome, {name}. You manage {organisation}.',
		'staff.title': 'COLLECTIEF back office',
		'staff.welcome': 'Welcome, {name}.',
		'mine.title': 'My YOU-P',
		'mine.access': 'You have access to YOU-P.'
	}
});
