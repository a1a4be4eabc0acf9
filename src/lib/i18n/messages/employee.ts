import { defineMessages } from '../define';

// The employee's side: plain, short sentences. Many readers have little internet experience or
// read a second language, so one idea per sentence and no jargon.
export const employee = defineMessages({
	nl: {
		'pwd.rule':
			'Kies minstens 8 tekens. Langer is beter: een korte zin van 4 of 5 woorden is sterk en makkelijk te onthouden.',
		'pwd.show': 'Toon wachtwoord',
		'pwd.too-short': 'Dit wachtwoord is te kort. Gebruik minstens 8 tekens.',
		'pwd.too-long': 'Dit wachtwoord is te lang. Gebruik hoogstens 128 tekens.',
		'pwd.common': 'Veel mensen gebruiken dit wachtwoord. Kies een ander.',
		'pwd.personal': 'Gebruik niet uw naam of uw e-mailadres. Kies iets anders.',
		'pwd.repetitive': 'Dit wachtwoord herhaalt te veel dezelfde tekens. Kies een ander.',
		'pwd.strength': 'Sterkte: {strength}.',
		'pwd.strength.weak': 'zwak',
		'pwd.strength.fair': 'goed genoeg',
		'pwd.strength.good': 'goed',
		'pwd.strength.strong': 'sterk',
		'pwd-change.title': 'Kies een nieuw wachtwoord',
		'pwd-change.forced':
			'U bent aangemeld met een startwachtwoord. Kies nu uw eigen wachtwoord. Daarna kunt u verder.',
		'pwd-change.not-saved': 'Uw wachtwoord is niet veranderd. Kijk hieronder wat er niet goed is.',
		'pwd-change.current': 'Huidig wachtwoord',
		'pwd-change.new': 'Nieuw wachtwoord',
		'pwd-change.submit': 'Wachtwoord opslaan',
		'pwd-change.current-missing': 'Vul uw huidige wachtwoord in.',
		'pwd-change.current-wrong': 'Uw huidige wachtwoord is niet juist.',
		'pwd-forgot.title': 'Wachtwoord vergeten',
		'pwd-forgot.intro':
			'Vul uw e-mailadres in. Wij sturen u een mail met een link. Met die link kiest u een nieuw wachtwoord.',
		'pwd-forgot.submit': 'Stuur mij een link',
		'pwd-forgot.back': 'Terug naar aanmelden',
		'pwd-forgot.sent':
			'Hebt u een account met dit e-mailadres? Dan krijgt u binnen enkele minuten een mail.',
		'pwd-forgot.sent-help':
			'Klik op de link in de mail. De link werkt 1 uur en maar één keer. Geen mail? Kijk ook bij de ongewenste mail (spam).',
		'pwd-forgot.email-wrong': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
		'pwd-reset.title': 'Nieuw wachtwoord kiezen',
		'pwd-reset.intro': 'Kies een nieuw wachtwoord. Daarna meldt u zich aan met dit wachtwoord.',
		'pwd-reset.submit': 'Wachtwoord opslaan',
		'pwd-reset.expired':
			'Deze link werkt niet meer. Een link werkt 1 uur en maar één keer. Vraag een nieuwe link.',
		'pwd-reset.ask-new': 'Vraag een nieuwe link',
		'pwd-reset.mail.subject': 'YOU-P: kies een nieuw wachtwoord',
		'pwd-reset.mail.body':
			'U vroeg een nieuw wachtwoord voor YOU-P. Klik op de link hieronder. De link werkt 1 uur en maar één keer.',
		'pwd-reset.mail.ignore':
			'Vroeg u niets? Dan hoeft u niets te doen. Uw wachtwoord blijft hetzelfde.',
		'pwd-reset.mail.action': 'Kies een nieuw wachtwoord',
		'employee.mail-hello': 'Beste,',
		'mine.back': 'Terug naar Mijn YOU-P',
		'mine.password-changed': 'Uw nieuwe wachtwoord is opgeslagen.',
		'mine.welcome': 'Welkom! Uw account is klaar.',
		'mine.platforms': 'Uw voordelen',
		'mine.platforms-help': 'Met YOU-P kunt u naar deze websites. Klik op een knop.',
		'mine.open': 'Naar {platform}',
		'mine.data': 'Uw gegevens',
		'mine.name': 'Naam',
		'mine.email': 'E-mailadres',
		'mine.employer': 'Werkgever',
		'mine.employer-none': 'Geen werkgever bekend',
		'mine.data-help': 'Klopt er iets niet? Vraag het aan uw werkgever.',
		'mine.settings': 'Instellingen',
		'mine.change-password': 'Wachtwoord veranderen',
		'mine.language': 'Taal',
		'mine.language-save': 'Taal opslaan',
		'mine.logout-title': 'Afmelden',
		'mine.logout-everywhere': 'Overal afmelden',
		'mine.logout-everywhere-help':
			'Overal afmelden: u wordt afgemeld op al uw toestellen, bijvoorbeeld ook op uw telefoon.',
		'register.title': 'Registreren',
		'register.intro':
			'Werkt u bij een lid van COLLECTIEF? Vul dan uw gegevens in. Schrijf ze zoals bij uw werkgever.',
		'register.intro-employer':
			'Wij kijken of u op de lijst van uw werkgever staat. Daarna krijgt u een mail.',
		'register.fix': 'Er is iets niet juist. Kijk hieronder wat u moet aanpassen.',
		'register.last-name': 'Naam (familienaam)',
		'register.first-name': 'Voornaam',
		'register.postcode': 'Postcode',
		'register.postcode-help': '4 cijfers, bijvoorbeeld 9000.',
		'register.birth-date': 'Geboortedatum',
		'register.birth-date-help': 'Dag/maand/jaar, bijvoorbeeld 31/12/1985.',
		'register.email': 'E-mailadres',
		'register.email-help': 'Hierheen sturen wij de mail. Gebruik een adres dat u zelf leest.',
		'register.employer': 'Werkgever',
		'register.employer-search': 'Zoek uw werkgever',
		'register.employer-search-help':
			'Typ minstens 3 tekens van de naam of van het ondernemingsnummer, en kies dan uw werkgever.',
		'register.employer-search-submit': 'Zoeken',
		'register.employer-found': 'Kies uw werkgever uit de gevonden werkgevers.',
		'register.employer-none-found':
			'Geen werkgever gevonden voor “{query}”. Kijk de schrijfwijze na, of zoek op het ondernemingsnummer.',
		'register.employer-too-short': 'Typ minstens 3 tekens om te zoeken.',
		'register.employer-search-first': 'Zoek hierboven eerst uw werkgever.',
		'register.employer-throttled':
			'U hebt heel vaak gezocht. Probeer het over enkele minuten opnieuw.',
		'register.privacy':
			'Wij gebruiken deze gegevens alleen om te kijken of u toegang krijgt tot YOU-P.',
		'register.submit': 'Verder',
		'register.have-account': 'Hebt u al een account? Meld u aan.',
		'register.sent': 'Bedankt. Kijk nu in uw mailbox.',
		'register.sent-next':
			'Wij sturen een mail naar het adres dat u gaf. In de mail leest u wat u verder moet doen.',
		'register.sent-none':
			'Geen mail na 15 minuten? Kijk ook bij de ongewenste mail (spam). Nog altijd niets? Vraag het aan uw werkgever.',
		'register.problem.field-missing': 'Vul dit in.',
		'register.problem.postcode-format': 'Een postcode heeft 4 cijfers, bijvoorbeeld 9000.',
		'register.problem.postcode-unknown': 'Deze postcode bestaat niet in België.',
		'register.problem.birthdate-invalid':
			'Schrijf de datum zo: dag/maand/jaar, bijvoorbeeld 31/12/1985.',
		'register.problem.birthdate-future': 'Deze datum ligt in de toekomst.',
		'register.problem.birthdate-implausible': 'Kijk deze datum na. Het jaar lijkt niet juist.',
		'register.problem.email-invalid':
			'Dit e-mailadres is niet juist, bijvoorbeeld naam@voorbeeld.be.',
		'register.problem.employer-missing': 'Kies uw werkgever in de lijst.',
		'register.mail.confirm.subject': 'YOU-P: bevestig uw registratie',
		'register.mail.confirm.body':
			'U wilde zich registreren bij YOU-P. Klik op de link hieronder. Dan kiest u een wachtwoord en is uw account klaar. De link werkt 24 uur en maar één keer.',
		'register.mail.confirm.ignore': 'Was u dit niet? Dan hoeft u niets te doen.',
		'register.mail.confirm.action': 'Registratie bevestigen',
		'register.mail.none.subject': 'YOU-P: uw registratie',
		'register.mail.none.body':
			'U wilde zich registreren bij YOU-P. Met de gegevens die u gaf, konden wij u niet registreren.',
		'register.mail.none.next':
			'Vraag aan uw werkgever (de personeelsdienst) of u op de lijst van YOU-P staat en hoe uw gegevens daar geschreven zijn. Hebt u al een account? Meld u dan aan, of vraag een nieuw wachtwoord.',
		'register.mail.none.action': 'Naar YOU-P',
		'register-confirm.title': 'Uw account maken',
		'register-confirm.hello': 'Welkom, {name}.',
		'register-confirm.intro':
			'Kies nu een wachtwoord. U meldt zich voortaan aan met {email} en dit wachtwoord.',
		'register-confirm.submit': 'Account maken',
		'register-confirm.expired':
			'Deze link werkt niet meer. Een link werkt 24 uur en maar één keer. Registreer opnieuw, of meld u aan als u al een account hebt.',
		'register-confirm.again': 'Opnieuw registreren'
	},
	fr: {
		'pwd.rule':
			'Choisissez au moins 8 caractères. Plus long, c’est mieux : une petite phrase de 4 ou 5 mots est solide et facile à retenir.',
		'pwd.show': 'Afficher le mot de passe',
		'pwd.too-short': 'Ce mot de passe est trop court. Utilisez au moins 8 caractères.',
		'pwd.too-long': 'Ce mot de passe est trop long. Utilisez au maximum 128 caractères.',
		'pwd.common': 'Beaucoup de gens utilisent ce mot de passe. Choisissez-en un autre.',
		'pwd.personal': 'N’utilisez pas votre nom ou votre adresse e-mail. Choisissez autre chose.',
		'pwd.repetitive': 'Ce mot de passe répète trop les mêmes caractères. Choisissez-en un autre.',
		'pwd.strength': 'Solidité : {strength}.',
		'pwd.strength.weak': 'faible',
		'pwd.strength.fair': 'suffisante',
		'pwd.strength.good': 'bonne',
		'pwd.strength.strong': 'très bonne',
		'pwd-change.title': 'Choisissez un nouveau mot de passe',
		'pwd-change.forced':
			'Vous êtes connecté avec un mot de passe de départ. Choisissez maintenant votre propre mot de passe. Ensuite, vous pouvez continuer.',
		'pwd-change.not-saved':
			'Votre mot de passe n’a pas changé. Regardez ci-dessous ce qui ne va pas.',
		'pwd-change.current': 'Mot de passe actuel',
		'pwd-change.new': 'Nouveau mot de passe',
		'pwd-change.submit': 'Enregistrer le mot de passe',
		'pwd-change.current-missing': 'Indiquez votre mot de passe actuel.',
		'pwd-change.current-wrong': 'Votre mot de passe actuel n’est pas correct.',
		'pwd-forgot.title': 'Mot de passe oublié',
		'pwd-forgot.intro':
			'Indiquez votre adresse e-mail. Nous vous envoyons un mail avec un lien. Avec ce lien, vous choisissez un nouveau mot de passe.',
		'pwd-forgot.submit': 'Envoyez-moi un lien',
		'pwd-forgot.back': 'Retour à la connexion',
		'pwd-forgot.sent':
			'Vous avez un compte avec cette adresse e-mail ? Alors vous recevez un mail dans quelques minutes.',
		'pwd-forgot.sent-help':
			'Cliquez sur le lien dans le mail. Le lien fonctionne 1 heure et une seule fois. Pas de mail ? Regardez aussi dans les courriers indésirables (spam).',
		'pwd-forgot.email-wrong': 'Indiquez une adresse e-mail valable, par exemple nom@exemple.be.',
		'pwd-reset.title': 'Choisir un nouveau mot de passe',
		'pwd-reset.intro':
			'Choisissez un nouveau mot de passe. Ensuite, connectez-vous avec ce mot de passe.',
		'pwd-reset.submit': 'Enregistrer le mot de passe',
		'pwd-reset.expired':
			'Ce lien ne fonctionne plus. Un lien fonctionne 1 heure et une seule fois. Demandez un nouveau lien.',
		'pwd-reset.ask-new': 'Demander un nouveau lien',
		'pwd-reset.mail.subject': 'YOU-P : choisissez un nouveau mot de passe',
		'pwd-reset.mail.body':
			'Vous avez demandé un nouveau mot de passe pour YOU-P. Cliquez sur le lien ci-dessous. Le lien fonctionne 1 heure et une seule fois.',
		'pwd-reset.mail.ignore':
			'Vous n’avez rien demandé ? Alors vous ne devez rien faire. Votre mot de passe ne change pas.',
		'pwd-reset.mail.action': 'Choisir un nouveau mot de passe',
		'employee.mail-hello': 'Bonjour,',
		'mine.back': 'Retour à Mon YOU-P',
		'mine.password-changed': 'Votre nouveau mot de passe est enregistré.',
		'mine.welcome': 'Bienvenue ! Votre compte est prêt.',
		'mine.platforms': 'Vos avantages',
		'mine.platforms-help': 'Avec YOU-P, vous avez accès à ces sites. Cliquez sur un bouton.',
		'mine.open': 'Aller à {platform}',
		'mine.data': 'Vos données',
		'mine.name': 'Nom',
		'mine.email': 'Adresse e-mail',
		'mine.employer': 'Employeur',
		'mine.employer-none': 'Pas d’employeur connu',
		'mine.data-help': 'Une donnée n’est pas correcte ? Demandez à votre employeur.',
		'mine.settings': 'Réglages',
		'mine.change-password': 'Changer de mot de passe',
		'mine.language': 'Langue',
		'mine.language-save': 'Enregistrer la langue',
		'mine.logout-title': 'Se déconnecter',
		'mine.logout-everywhere': 'Se déconnecter partout',
		'mine.logout-everywhere-help':
			'Se déconnecter partout : vous êtes déconnecté sur tous vos appareils, par exemple aussi sur votre téléphone.',
		'register.title': 'S’inscrire',
		'register.intro':
			'Vous travaillez chez un membre de COLLECTIEF ? Indiquez vos données. Écrivez-les comme chez votre employeur.',
		'register.intro-employer':
			'Nous regardons si vous êtes sur la liste de votre employeur. Ensuite, vous recevez un mail.',
		'register.fix': 'Quelque chose n’est pas correct. Regardez ci-dessous ce qu’il faut changer.',
		'register.last-name': 'Nom (nom de famille)',
		'register.first-name': 'Prénom',
		'register.postcode': 'Code postal',
		'register.postcode-help': '4 chiffres, par exemple 1000.',
		'register.birth-date': 'Date de naissance',
		'register.birth-date-help': 'Jour/mois/année, par exemple 31/12/1985.',
		'register.email': 'Adresse e-mail',
		'register.email-help':
			'Nous envoyons le mail ici. Utilisez une adresse que vous lisez vous-même.',
		'register.employer': 'Employeur',
		'register.employer-search': 'Cherchez votre employeur',
		'register.employer-search-help':
			'Tapez au moins 3 caractères du nom ou du numéro d’entreprise, puis choisissez votre employeur.',
		'register.employer-search-submit': 'Chercher',
		'register.employer-found': 'Choisissez votre employeur parmi les employeurs trouvés.',
		'register.employer-none-found':
			'Aucun employeur trouvé pour « {query} ». Vérifiez l’orthographe, ou cherchez par numéro d’entreprise.',
		'register.employer-too-short': 'Tapez au moins 3 caractères pour chercher.',
		'register.employer-search-first': 'Cherchez d’abord votre employeur ci-dessus.',
		'register.employer-throttled':
			'Vous avez cherché très souvent. Réessayez dans quelques minutes.',
		'register.privacy':
			'Nous utilisons ces données uniquement pour voir si vous avez accès à YOU-P.',
		'register.submit': 'Continuer',
		'register.have-account': 'Vous avez déjà un compte ? Connectez-vous.',
		'register.sent': 'Merci. Regardez maintenant dans votre boîte mail.',
		'register.sent-next':
			'Nous envoyons un mail à l’adresse que vous avez donnée. Dans le mail, vous lisez ce qu’il faut faire ensuite.',
		'register.sent-none':
			'Pas de mail après 15 minutes ? Regardez aussi dans les courriers indésirables (spam). Toujours rien ? Demandez à votre employeur.',
		'register.problem.field-missing': 'Remplissez ce champ.',
		'register.problem.postcode-format': 'Un code postal a 4 chiffres, par exemple 1000.',
		'register.problem.postcode-unknown': 'Ce code postal n’existe pas en Belgique.',
		'register.problem.birthdate-invalid':
			'Écrivez la date ainsi : jour/mois/année, par exemple 31/12/1985.',
		'register.problem.birthdate-future': 'Cette date est dans le futur.',
		'register.problem.birthdate-implausible':
			'Vérifiez cette date. L’année ne semble pas correcte.',
		'register.problem.email-invalid':
			'Cette adresse e-mail n’est pas correcte, par exemple nom@exemple.be.',
		'register.problem.employer-missing': 'Choisissez votre employeur dans la liste.',
		'register.mail.confirm.subject': 'YOU-P : confirmez votre inscription',
		'register.mail.confirm.body':
			'Vous vouliez vous inscrire sur YOU-P. Cliquez sur le lien ci-dessous. Vous choisissez alors un mot de passe et votre compte est prêt. Le lien fonctionne 24 heures et une seule fois.',
		'register.mail.confirm.ignore': 'Ce n’était pas vous ? Alors vous ne devez rien faire.',
		'register.mail.confirm.action': 'Confirmer l’inscription',
		'register.mail.none.subject': 'YOU-P : votre inscription',
		'register.mail.none.body':
			'Vous vouliez vous inscrire sur YOU-P. Avec les données que vous avez données, nous n’avons pas pu vous inscrire.',
		'register.mail.none.next':
			'Demandez à votre employeur (le service du personnel) si vous êtes sur la liste de YOU-P et comment vos données y sont écrites. Vous avez déjà un compte ? Connectez-vous, ou demandez un nouveau mot de passe.',
		'register.mail.none.action': 'Aller sur YOU-P',
		'register-confirm.title': 'Créer votre compte',
		'register-confirm.hello': 'Bienvenue, {name}.',
		'register-confirm.intro':
			'Choisissez maintenant un mot de passe. Vous vous connecterez avec {email} et ce mot de passe.',
		'register-confirm.submit': 'Créer le compte',
		'register-confirm.expired':
			'Ce lien ne fonctionne plus. Un lien fonctionne 24 heures et une seule fois. Inscrivez-vous à nouveau, ou connectez-vous si vous avez déjà un compte.',
		'register-confirm.again': 'S’inscrire à nouveau'
	},
	en: {
		'pwd.rule':
			'Use at least 8 characters. Longer is better: a short sentence of 4 or 5 words is strong and easy to remember.',
		'pwd.show': 'Show password',
		'pwd.too-short': 'This password is too short. Use at least 8 characters.',
		'pwd.too-long': 'This password is too long. Use at most 128 characters.',
		'pwd.common': 'Many people use this password. Choose another one.',
		'pwd.personal': 'Do not use your name or your e-mail address. Choose something else.',
		'pwd.repetitive': 'This password repeats the same characters too much. Choose another one.',
		'pwd.strength': 'Strength: {strength}.',
		'pwd.strength.weak': 'weak',
		'pwd.strength.fair': 'good enough',
		'pwd.strength.good': 'good',
		'pwd.strength.strong': 'strong',
		'pwd-change.title': 'Choose a new password',
		'pwd-change.forced':
			'You logged in with a start password. Now choose your own password. Then you can go on.',
		'pwd-change.not-saved': 'Your password did not change. See below what is not right.',
		'pwd-change.current': 'Current password',
		'pwd-change.new': 'New password',
		'pwd-change.submit': 'Save password',
		'pwd-change.current-missing': 'Fill in your current password.',
		'pwd-change.current-wrong': 'Your current password is not right.',
		'pwd-forgot.title': 'Forgot your password',
		'pwd-forgot.intro':
			'Fill in your e-mail address. We send you a mail with a link. With that link you choose a new password.',
		'pwd-forgot.submit': 'Send me a link',
		'pwd-forgot.back': 'Back to log in',
		'pwd-forgot.sent':
			'Do you have an account with this e-mail address? Then you get a mail within a few minutes.',
		'pwd-forgot.sent-help':
			'Click the link in the mail. The link works for 1 hour and only once. No mail? Also look in your junk mail (spam).',
		'pwd-forgot.email-wrong': 'Fill in a valid e-mail address, for example name@example.be.',
		'pwd-reset.title': 'Choose a new password',
		'pwd-reset.intro': 'Choose a new password. Then log in with this password.',
		'pwd-reset.submit': 'Save password',
		'pwd-reset.expired':
			'This link no longer works. A link works for 1 hour and only once. Ask for a new link.',
		'pwd-reset.ask-new': 'Ask for a new link',
		'pwd-reset.mail.subject': 'YOU-P: choose a new password',
		'pwd-reset.mail.body':
			'You asked for a new password for YOU-P. Click the link below. The link works for 1 hour and only once.',
		'pwd-reset.mail.ignore':
			'You did not ask for this? Then you do not need to do anything. Your password stays the same.',
		'pwd-reset.mail.action': 'Choose a new password',
		'employee.mail-hello': 'Hello,',
		'mine.back': 'Back to My YOU-P',
		'mine.password-changed': 'Your new password is saved.',
		'mine.welcome': 'Welcome! Your account is ready.',
		'mine.platforms': 'Your benefits',
		'mine.platforms-help': 'With YOU-P you can use these websites. Click a button.',
		'mine.open': 'Go to {platform}',
		'mine.data': 'Your details',
		'mine.name': 'Name',
		'mine.email': 'E-mail address',
		'mine.employer': 'Employer',
		'mine.employer-none': 'No employer known',
		'mine.data-help': 'Is something not right? Ask your employer.',
		'mine.settings': 'Settings',
		'mine.change-password': 'Change password',
		'mine.language': 'Language',
		'mine.language-save': 'Save language',
		'mine.logout-title': 'Log out',
		'mine.logout-everywhere': 'Log out everywhere',
		'mine.logout-everywhere-help':
			'Log out everywhere: you are logged out on all your devices, for example also on your phone.',
		'register.title': 'Register',
		'register.intro':
			'Do you work for a member of COLLECTIEF? Then fill in your details. Write them as your employer does.',
		'register.intro-employer': 'We check if you are on your employer’s list. Then you get a mail.',
		'register.fix': 'Something is not right. See below what to change.',
		'register.last-name': 'Last name (family name)',
		'register.first-name': 'First name',
		'register.postcode': 'Postcode',
		'register.postcode-help': '4 digits, for example 2000.',
		'register.birth-date': 'Date of birth',
		'register.birth-date-help': 'Day/month/year, for example 31/12/1985.',
		'register.email': 'E-mail address',
		'register.email-help': 'We send the mail here. Use an address you read yourself.',
		'register.employer': 'Employer',
		'register.employer-search': 'Find your employer',
		'register.employer-search-help':
			'Type at least 3 characters of the name or of the enterprise number, then choose your employer.',
		'register.employer-search-submit': 'Search',
		'register.employer-found': 'Choose your employer from the employers found.',
		'register.employer-none-found':
			'No employer found for “{query}”. Check the spelling, or search by enterprise number.',
		'register.employer-too-short': 'Type at least 3 characters to search.',
		'register.employer-search-first': 'First find your employer above.',
		'register.employer-throttled': 'You have searched very often. Try again in a few minutes.',
		'register.privacy': 'We only use these details to check if you get access to YOU-P.',
		'register.submit': 'Continue',
		'register.have-account': 'Do you already have an account? Log in.',
		'register.sent': 'Thank you. Now look in your mailbox.',
		'register.sent-next':
			'We send a mail to the address you gave. The mail tells you what to do next.',
		'register.sent-none':
			'No mail after 15 minutes? Also look in your junk mail (spam). Still nothing? Ask your employer.',
		'register.problem.field-missing': 'Fill this in.',
		'register.problem.postcode-format': 'A postcode has 4 digits, for example 2000.',
		'register.problem.postcode-unknown': 'This postcode does not exist in Belgium.',
		'register.problem.birthdate-invalid':
			'Write the date like this: day/month/year, for example 31/12/1985.',
		'register.problem.birthdate-future': 'This date is in the future.',
		'register.problem.birthdate-implausible': 'Check this date. The year does not look right.',
		'register.problem.email-invalid':
			'This e-mail address is not right, for example name@example.be.',
		'register.problem.employer-missing': 'Choose your employer from the list.',
		'register.mail.confirm.subject': 'YOU-P: confirm your registration',
		'register.mail.confirm.body':
			'You wanted to register for YOU-P. Click the link below. Then you choose a password and your account is ready. The link works for 24 hours and only once.',
		'register.mail.confirm.ignore': 'Was this not you? Then you do not need to do anything.',
		'register.mail.confirm.action': 'Confirm registration',
		'register.mail.none.subject': 'YOU-P: your registration',
		'register.mail.none.body':
			'You wanted to register for YOU-P. With the details you gave, we could not register you.',
		'register.mail.none.next':
			'Ask your employer (the HR department) if you are on the YOU-P list and how your details are written there. Do you already have an account? Then log in, or ask for a new password.',
		'register.mail.none.action': 'Go to YOU-P',
		'register-confirm.title': 'Create your account',
		'register-confirm.hello': 'Welcome, {name}.',
		'register-confirm.intro':
			'Now choose a password. From now on you log in with {email} and this password.',
		'register-confirm.submit': 'Create account',
		'register-confirm.expired':
			'This link no longer works. A link works for 24 hours and only once. Register again, or log in if you already have an account.',
		'register-confirm.again': 'Register again'
	}
});
