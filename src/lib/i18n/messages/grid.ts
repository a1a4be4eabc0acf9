import { defineMessages } from '../define';

export const grid = defineMessages({
	nl: {
		'grid.nav.new-list': 'Nieuwe lijst',
		'grid.title': 'Nieuwe lijst',
		'grid.intro':
			'Plak de lijst uit uw loonbestand in het raster (klik in de eerste cel en druk op Ctrl+V), of open een bestand. Wij controleren elke regel meteen.',
		'grid.noscript':
			'Om een lijst in te vullen is JavaScript nodig. De voorbeeldlijst en het toestemmingsformulier kunt u wel downloaden.',
		'grid.loading': 'Het raster wordt geladen…',
		'grid.keyboard-help':
			'Met het toetsenbord: Tab brengt u in het raster, de pijltjes verplaatsen, Enter of F2 wijzigt een cel, Ctrl+Z maakt ongedaan, Ctrl+Y herhaalt.',
		'grid.downloads.title': 'Hulpmiddelen',
		'grid.download.example': 'Voorbeeldlijst downloaden (.xlsx)',
		'grid.download.consent': 'Toestemmingsformulier downloaden (tekstbestand om aan te passen)',
		'grid.import.title': 'Bestand openen',
		'grid.import.label': 'Kies een bestand (.xlsx, .xls, .ods of .csv, hoogstens 10 MB)',
		'grid.import.drop': 'U kunt een bestand ook op deze zone slepen.',
		'grid.import.loading': 'Het bestand wordt gelezen…',
		'grid.import.too-large':
			'Dit bestand is groter dan 10 MB. Verdeel de lijst over kleinere bestanden.',
		'grid.import.unsupported':
			'Dit soort bestand kunnen we niet lezen. Gebruik .xlsx, .xls, .ods of .csv.',
		'grid.import.unreadable':
			'We konden dit bestand niet lezen. Is het beschadigd of met een wachtwoord beveiligd?',
		'grid.import.empty': 'Dit bestand bevat geen gegevens.',
		'grid.import.too-many-lines':
			'Dit bestand heeft meer dan {max, plural, one {# regel} other {# regels}}, het maximum voor één lijst. Verdeel het over meerdere lijsten. Uw lijst bleef ongewijzigd.',
		'grid.import.inflates-too-much':
			'Dit bestand is uitgepakt veel te groot (meer dan 64 MB) om als lijst te lezen. Bewaar enkel de lijst in een nieuw bestand. Uw lijst bleef ongewijzigd.',
		'grid.import.done': '{lines, plural, one {# regel} other {# regels}} ingelezen uit {name}.',
		'grid.sheet.label': 'Het bestand heeft meerdere werkbladen. Welk werkblad wilt u gebruiken?',
		'grid.sheet.use': 'Dit werkblad gebruiken',
		'grid.paste.done': '{lines, plural, one {# regel geplakt.} other {# regels geplakt.}}',
		'grid.mapping.title': 'Kolommen',
		'grid.mapping.help':
			'Zo lezen we de kolommen van uw lijst. Klopt iets niet? Kies per kolom wat erin staat. Deze browser onthoudt uw keuze voor uw organisatie.',
		'grid.mapping.column': 'Kolom {n}',
		'grid.mapping.column-named': 'Kolom {n}: “{header}”',
		'grid.mapping.ignore': 'Niet gebruiken',
		'grid.mapping.missing': 'Nog niet gekoppeld: {fields}.',
		'grid.mapping.note':
			'Een andere keuze bouwt de lijst opnieuw op uit de geplakte of ingelezen gegevens; wat u intussen in het raster wijzigde, gaat dan verloren.',
		'grid.field.lastName': 'Naam',
		'grid.field.firstName': 'Voornaam',
		'grid.field.postcode': 'Postcode',
		'grid.field.birthDate': 'Geboortedatum',
		'grid.field.email': 'E-mail',
		'grid.field.language': 'Taal',
		'grid.mapping.optional': '{field} (niet verplicht)',
		'grid.language.help':
			'Kolom Taal (niet verplicht): nl, fr, en of de. Dan krijgt die persoon de mail met het startwachtwoord in die taal. Leeg: de mail is in de taal van uw organisatie, met de andere talen eronder.',
		'grid.column.status': 'Status',
		'grid.label': 'Lijst van medewerkers',
		'grid.editor.label': 'Inhoud van de cel',
		'grid.status.ok': 'In orde',
		'grid.status.one': '1 probleem',
		'grid.status.many': '{count, plural, one {# probleem} other {# problemen}}',
		'grid.summary':
			'{lines, plural, one {# regel} other {# regels}}, {ready} klaar, {problems} met problemen',
		'grid.filter.problems': 'Toon alleen regels met problemen',
		'grid.rows.add': 'Regel toevoegen',
		'grid.rows.remove': 'Geselecteerde regels verwijderen',
		'grid.undo': 'Ongedaan maken',
		'grid.redo': 'Opnieuw doen',
		'grid.tools': 'Bewerken',
		'grid.fix.title': 'Snel verbeteren',
		'grid.fix.trim': 'Overbodige spaties weghalen',
		'grid.fix.dates': 'Datums schrijven als dd/mm/jjjj',
		'grid.fix.email': 'E-mailadressen in kleine letters',
		'grid.fix.done': '{count, plural, one {# cel aangepast.} other {# cellen aangepast.}}',
		'grid.fix.none': 'Er was niets aan te passen.',
		'grid.cell.title': 'Uitleg bij de geselecteerde regel',
		'grid.cell.none': 'Selecteer een cel om de uitleg bij een probleem te lezen.',
		'grid.cell.ok': 'Regel {line} is in orde.',
		'grid.cell.empty': 'Regel {line} is leeg.',
		'grid.cell.problems': 'Regel {line}: {reasons}',
		'grid.dup.same-email': 'Dit e-mailadres staat ook op regel {line}, bij iemand anders.',
		'grid.problem.generic': 'Deze gegevens kloppen niet.',
		'grid.cost.title': 'Kostprijs',
		'grid.cost.formula': '{base} + {lines} × {perLine} = {uncapped}',
		'grid.cost.cap': 'Nooit meer dan {cap} per lijst.',
		'grid.cost.total': 'Te betalen voor deze lijst: {total}',
		'grid.cost.empty': 'Nog geen regels, dus nog geen kosten.',
		'grid.submit.title': 'Versturen',
		'grid.consent.label': 'Mijn medewerkers gaven toestemming om hun e-mailadres door te geven',
		'grid.consent.template': 'Voorbeeld van een toestemmingsformulier downloaden',
		'grid.send-anyway.label':
			'{count, plural, one {Ook de # regel met problemen versturen. Die komt} other {Ook de # regels met problemen versturen. Die komen}} terug met code 4 (gegevens niet correct).',
		'grid.submit': 'Lijst versturen',
		'grid.submit.sending': 'De lijst wordt verstuurd…',
		'grid.submit.blocked':
			'{count, plural, one {Er is nog # regel met problemen. Verbeter die, of kies uitdrukkelijk om die} other {Er zijn nog # regels met problemen. Verbeter ze, of kies uitdrukkelijk om ze}} toch te versturen.',
		'grid.submit.empty': 'De lijst is leeg. Plak of typ eerst minstens één regel.',
		'grid.submit.too-many':
			'Deze lijst heeft {lines, plural, one {# regel} other {# regels}}. Per lijst kunnen er hoogstens {max}: verdeel de lijst over meerdere lijsten.',
		'grid.submit.too-large':
			'De lijst is te groot om in één keer te versturen. Verdeel ze over meerdere lijsten.',
		'grid.submit.consent-required': 'Vink aan dat uw medewerkers toestemming gaven.',
		'grid.submit.invalid': 'We konden de lijst niet lezen. Probeer opnieuw.',
		'grid.submit.failed': 'Versturen lukte niet. Uw lijst is bewaard; probeer het opnieuw.',
		'grid.submit.already-sent':
			'Met dit formulier werd al een andere lijst verstuurd. Open de pagina opnieuw om een nieuwe lijst te versturen.',
		'grid.draft.note':
			'Uw lijst wordt versleuteld bewaard in deze browser, tot u ze verstuurt of wist. Sluit u het tabblad, dan kan ze niet meer gelezen worden.',
		'grid.draft.restored':
			'Uw onafgewerkte lijst ({lines, plural, one {# regel} other {# regels}}) is teruggezet.',
		'grid.draft.discard': 'Lijst wissen',
		'grid.draft.discarded': 'De lijst is gewist.',
		'grid.example.sheet': 'Medewerkers',
		'grid.example.filename': 'voorbeeldlijst.xlsx',
		'grid.consent-doc.filename': 'toestemming-e-mailadres.txt',
		'grid.consent-doc.title': 'Toestemming om mijn e-mailadres door te geven aan YOU-P',
		'grid.consent-doc.body':
			'[Naam van de werkgever] wil u toegang geven tot YOU-P, het voordelenplatform van COLLECTIEF. Daarvoor geven wij uw naam, voornaam, postcode, geboortedatum en e-mailadres door aan COLLECTIEF. COLLECTIEF maakt voor u een account aan en stuurt u een e-mail met een startwachtwoord. Uw gegevens worden alleen daarvoor gebruikt.',
		'grid.consent-doc.choice':
			'Ik geef toestemming om mijn e-mailadres hiervoor door te geven:  ja / nee',
		'grid.consent-doc.withdraw':
			'U kunt uw toestemming altijd intrekken bij [contactpersoon bij de werkgever].',
		'grid.consent-doc.fields': 'Naam: …  Voornaam: …  E-mailadres: …  Datum: …  Handtekening: …'
	},
	fr: {
		'grid.nav.new-list': 'Nouvelle liste',
		'grid.title': 'Nouvelle liste',
		'grid.intro':
			'Collez la liste de votre fichier salarial dans la grille (cliquez dans la première cellule et appuyez sur Ctrl+V), ou ouvrez un fichier. Nous vérifions chaque ligne immédiatement.',
		'grid.noscript':
			'Pour remplir une liste, JavaScript est nécessaire. Vous pouvez toutefois télécharger la liste d’exemple et le formulaire de consentement.',
		'grid.loading': 'Chargement de la grille…',
		'grid.keyboard-help':
			'Au clavier : Tab mène à la grille, les flèches déplacent, Entrée ou F2 modifie une cellule, Ctrl+Z annule, Ctrl+Y rétablit.',
		'grid.downloads.title': 'Outils',
		'grid.download.example': 'Télécharger la liste d’exemple (.xlsx)',
		'grid.download.consent': 'Télécharger le formulaire de consentement (fichier texte à adapter)',
		'grid.import.title': 'Ouvrir un fichier',
		'grid.import.label': 'Choisissez un fichier (.xlsx, .xls, .ods ou .csv, 10 Mo maximum)',
		'grid.import.drop': 'Vous pouvez aussi déposer un fichier sur cette zone.',
		'grid.import.loading': 'Lecture du fichier…',
		'grid.import.too-large':
			'Ce fichier dépasse 10 Mo. Répartissez la liste sur des fichiers plus petits.',
		'grid.import.unsupported':
			'Nous ne pouvons pas lire ce type de fichier. Utilisez .xlsx, .xls, .ods ou .csv.',
		'grid.import.unreadable':
			'Nous n’avons pas pu lire ce fichier. Est-il endommagé ou protégé par un mot de passe ?',
		'grid.import.empty': 'Ce fichier ne contient aucune donnée.',
		'grid.import.too-many-lines':
			'Ce fichier compte plus de {max, plural, one {# ligne} other {# lignes}}, le maximum pour une liste. Répartissez-le sur plusieurs listes. Votre liste n’a pas été modifiée.',
		'grid.import.inflates-too-much':
			'Une fois décompressé, ce fichier est bien trop volumineux (plus de 64 Mo) pour être lu comme une liste. Enregistrez uniquement la liste dans un nouveau fichier. Votre liste n’a pas été modifiée.',
		'grid.import.done': '{lines, plural, one {# ligne lue} other {# lignes lues}} depuis {name}.',
		'grid.sheet.label': 'Le fichier contient plusieurs feuilles. Laquelle voulez-vous utiliser ?',
		'grid.sheet.use': 'Utiliser cette feuille',
		'grid.paste.done': '{lines, plural, one {# ligne collée.} other {# lignes collées.}}',
		'grid.mapping.title': 'Colonnes',
		'grid.mapping.help':
			'Voici comment nous lisons les colonnes de votre liste. Quelque chose ne va pas ? Choisissez le contenu de chaque colonne. Ce navigateur retient votre choix pour votre organisation.',
		'grid.mapping.column': 'Colonne {n}',
		'grid.mapping.column-named': 'Colonne {n} : « {header} »',
		'grid.mapping.ignore': 'Ne pas utiliser',
		'grid.mapping.missing': 'Pas encore associé : {fields}.',
		'grid.mapping.note':
			'Un autre choix reconstruit la liste à partir des données collées ou lues ; vos modifications dans la grille seront alors perdues.',
		'grid.field.lastName': 'Nom',
		'grid.field.firstName': 'Prénom',
		'grid.field.postcode': 'Code postal',
		'grid.field.birthDate': 'Date de naissance',
		'grid.field.email': 'E-mail',
		'grid.field.language': 'Langue',
		'grid.mapping.optional': '{field} (facultatif)',
		'grid.language.help':
			'Colonne Langue (facultative) : nl, fr, en ou de. Cette personne reçoit alors l’e-mail avec son mot de passe de départ dans cette langue. Vide : l’e-mail est dans la langue de votre organisation, avec les autres langues en dessous.',
		'grid.column.status': 'Statut',
		'grid.label': 'Liste du personnel',
		'grid.editor.label': 'Contenu de la cellule',
		'grid.status.ok': 'En ordre',
		'grid.status.one': '1 problème',
		'grid.status.many': '{count, plural, one {# problème} other {# problèmes}}',
		'grid.summary':
			'{lines, plural, one {# ligne} other {# lignes}}, {ready, plural, one {# prête} other {# prêtes}}, {problems} avec des problèmes',
		'grid.filter.problems': 'Afficher uniquement les lignes avec des problèmes',
		'grid.rows.add': 'Ajouter une ligne',
		'grid.rows.remove': 'Supprimer les lignes sélectionnées',
		'grid.undo': 'Annuler',
		'grid.redo': 'Rétablir',
		'grid.tools': 'Modifier',
		'grid.fix.title': 'Corrections rapides',
		'grid.fix.trim': 'Supprimer les espaces superflus',
		'grid.fix.dates': 'Écrire les dates en jj/mm/aaaa',
		'grid.fix.email': 'Adresses e-mail en minuscules',
		'grid.fix.done': '{count, plural, one {# cellule modifiée.} other {# cellules modifiées.}}',
		'grid.fix.none': 'Il n’y avait rien à modifier.',
		'grid.cell.title': 'Explication pour la ligne sélectionnée',
		'grid.cell.none': 'Sélectionnez une cellule pour lire l’explication d’un problème.',
		'grid.cell.ok': 'La ligne {line} est en ordre.',
		'grid.cell.empty': 'La ligne {line} est vide.',
		'grid.cell.problems': 'Ligne {line} : {reasons}',
		'grid.dup.same-email':
			'Cette adresse e-mail figure aussi à la ligne {line}, pour une autre personne.',
		'grid.problem.generic': 'Ces données ne sont pas correctes.',
		'grid.cost.title': 'Coût',
		'grid.cost.formula': '{base} + {lines} × {perLine} = {uncapped}',
		'grid.cost.cap': 'Jamais plus de {cap} par liste.',
		'grid.cost.total': 'À payer pour cette liste : {total}',
		'grid.cost.empty': 'Pas encore de lignes, donc pas encore de coût.',
		'grid.submit.title': 'Envoyer',
		'grid.consent.label':
			'Mon personnel a donné son accord pour la transmission de son adresse e-mail',
		'grid.consent.template': 'Télécharger un exemple de formulaire de consentement',
		'grid.send-anyway.label':
			'{count, plural, one {Envoyer aussi la # ligne avec des problèmes. Elle reviendra} other {Envoyer aussi les # lignes avec des problèmes. Elles reviendront}} avec le code 4 (données incorrectes).',
		'grid.submit': 'Envoyer la liste',
		'grid.submit.sending': 'Envoi de la liste…',
		'grid.submit.blocked':
			'{count, plural, one {Il reste # ligne avec des problèmes. Corrigez-la, ou choisissez explicitement de l’envoyer} other {Il reste # lignes avec des problèmes. Corrigez-les, ou choisissez explicitement de les envoyer}} quand même.',
		'grid.submit.empty': 'La liste est vide. Collez ou tapez d’abord au moins une ligne.',
		'grid.submit.too-many':
			'Cette liste compte {lines, plural, one {# ligne} other {# lignes}}. Une liste peut en contenir {max} au maximum : répartissez-la sur plusieurs listes.',
		'grid.submit.too-large':
			'La liste est trop grande pour être envoyée en une fois. Répartissez-la sur plusieurs listes.',
		'grid.submit.consent-required': 'Cochez la case confirmant l’accord de votre personnel.',
		'grid.submit.invalid': 'Nous n’avons pas pu lire la liste. Réessayez.',
		'grid.submit.failed': 'L’envoi a échoué. Votre liste est conservée ; réessayez.',
		'grid.submit.already-sent':
			'Une autre liste a déjà été envoyée avec ce formulaire. Rouvrez la page pour envoyer une nouvelle liste.',
		'grid.draft.note':
			'Votre liste est conservée de manière chiffrée dans ce navigateur jusqu’à ce que vous l’envoyiez ou l’effaciez. Si vous fermez l’onglet, elle ne peut plus être lue.',
		'grid.draft.restored':
			'Votre liste inachevée ({lines, plural, one {# ligne} other {# lignes}}) a été rétablie.',
		'grid.draft.discard': 'Effacer la liste',
		'grid.draft.discarded': 'La liste a été effacée.',
		'grid.example.sheet': 'Personnel',
		'grid.example.filename': 'liste-exemple.xlsx',
		'grid.consent-doc.filename': 'consentement-adresse-e-mail.txt',
		'grid.consent-doc.title': 'Consentement à la transmission de mon adresse e-mail à YOU-P',
		'grid.consent-doc.body':
			'[Nom de l’employeur] souhaite vous donner accès à YOU-P, la plateforme d’avantages de COLLECTIEF. Pour cela, nous transmettons vos nom, prénom, code postal, date de naissance et adresse e-mail à COLLECTIEF. COLLECTIEF vous crée un compte et vous envoie un e-mail avec un mot de passe de départ. Vos données ne servent qu’à cela.',
		'grid.consent-doc.choice':
			'J’accepte que mon adresse e-mail soit transmise à cette fin :  oui / non',
		'grid.consent-doc.withdraw':
			'Vous pouvez retirer votre consentement à tout moment auprès de [personne de contact chez l’employeur].',
		'grid.consent-doc.fields': 'Nom : …  Prénom : …  Adresse e-mail : …  Date : …  Signature : …'
	},
	en: {
		'grid.nav.new-list': 'New list',
		'grid.title': 'New list',
		'grid.intro':
			'Paste the list from your payroll file into the grid (click the first cell and press Ctrl+V), or open a file. We check every line straight away.',
		'grid.noscript':
			'Filling in a list needs JavaScript. You can still download the example list and the consent form.',
		'grid.loading': 'Loading the grid…',
		'grid.keyboard-help':
			'With the keyboard: Tab takes you into the grid, the arrow keys move, Enter or F2 edits a cell, Ctrl+Z undoes, Ctrl+Y redoes.',
		'grid.downloads.title': 'Resources',
		'grid.download.example': 'Download the example list (.xlsx)',
		'grid.download.consent': 'Download the consent form (text file to adapt)',
		'grid.import.title': 'Open a file',
		'grid.import.label': 'Choose a file (.xlsx, .xls, .ods or .csv, at most 10 MB)',
		'grid.import.drop': 'You can also drop a file on this area.',
		'grid.import.loading': 'Reading the file…',
		'grid.import.too-large': 'This file is larger than 10 MB. Split the list into smaller files.',
		'grid.import.unsupported': 'We cannot read this kind of file. Use .xlsx, .xls, .ods or .csv.',
		'grid.import.unreadable':
			'We could not read this file. Is it damaged or protected with a password?',
		'grid.import.empty': 'This file contains no data.',
		'grid.import.too-many-lines':
			'This file has more than {max, plural, one {# line} other {# lines}}, the most one list can have. Split it into several lists. Your list was not changed.',
		'grid.import.inflates-too-much':
			'Unpacked, this file is far too large (over 64 MB) to read as a list. Save only the list in a new file. Your list was not changed.',
		'grid.import.done': '{lines, plural, one {# line} other {# lines}} read from {name}.',
		'grid.sheet.label': 'The file has several sheets. Which one do you want to use?',
		'grid.sheet.use': 'Use this sheet',
		'grid.paste.done': '{lines, plural, one {# line pasted.} other {# lines pasted.}}',
		'grid.mapping.title': 'Columns',
		'grid.mapping.help':
			'This is how we read the columns of your list. Something wrong? Choose what each column holds. This browser remembers your choice for your organisation.',
		'grid.mapping.column': 'Column {n}',
		'grid.mapping.column-named': 'Column {n}: “{header}”',
		'grid.mapping.ignore': 'Do not use',
		'grid.mapping.missing': 'Not linked yet: {fields}.',
		'grid.mapping.note':
			'Another choice rebuilds the list from the pasted or imported data; changes you made in the grid meanwhile are then lost.',
		'grid.field.lastName': 'Last name',
		'grid.field.firstName': 'First name',
		'grid.field.postcode': 'Postcode',
		'grid.field.birthDate': 'Date of birth',
		'grid.field.email': 'E-mail',
		'grid.field.language': 'Language',
		'grid.mapping.optional': '{field} (optional)',
		'grid.language.help':
			'Language column (optional): nl, fr, en or de. That person then gets the start-password mail in that language. Empty: the mail is in your organisation’s language, with the other languages below.',
		'grid.column.status': 'Status',
		'grid.label': 'List of staff',
		'grid.editor.label': 'Cell content',
		'grid.status.ok': 'Fine',
		'grid.status.one': '1 problem',
		'grid.status.many': '{count, plural, one {# problem} other {# problems}}',
		'grid.summary':
			'{lines, plural, one {# line} other {# lines}}, {ready} ready, {problems} with problems',
		'grid.filter.problems': 'Show only lines with problems',
		'grid.rows.add': 'Add a line',
		'grid.rows.remove': 'Delete the selected lines',
		'grid.undo': 'Undo',
		'grid.redo': 'Redo',
		'grid.tools': 'Edit',
		'grid.fix.title': 'Quick fixes',
		'grid.fix.trim': 'Remove extra spaces',
		'grid.fix.dates': 'Write dates as dd/mm/yyyy',
		'grid.fix.email': 'E-mail addresses in lower case',
		'grid.fix.done': '{count, plural, one {# cell changed.} other {# cells changed.}}',
		'grid.fix.none': 'There was nothing to change.',
		'grid.cell.title': 'About the selected line',
		'grid.cell.none': 'Select a cell to read what is wrong with it.',
		'grid.cell.ok': 'Line {line} is fine.',
		'grid.cell.empty': 'Line {line} is empty.',
		'grid.cell.problems': 'Line {line}: {reasons}',
		'grid.dup.same-email': 'This e-mail address is also on line {line}, for someone else.',
		'grid.problem.generic': 'This data is not correct.',
		'grid.cost.title': 'Cost',
		'grid.cost.formula': '{base} + {lines} × {perLine} = {uncapped}',
		'grid.cost.cap': 'Never more than {cap} per list.',
		'grid.cost.total': 'To pay for this list: {total}',
		'grid.cost.empty': 'No lines yet, so no cost yet.',
		'grid.submit.title': 'Submit',
		'grid.consent.label': 'My staff gave permission to pass on their e-mail address',
		'grid.consent.template': 'Download an example consent form',
		'grid.send-anyway.label':
			'{count, plural, one {Also send the # line with problems. It will} other {Also send the # lines with problems. They will}} come back with code 4 (data not correct).',
		'grid.submit': 'Submit the list',
		'grid.submit.sending': 'Submitting the list…',
		'grid.submit.blocked':
			'{count, plural, one {There is still # line with problems. Fix it, or choose explicitly to send it} other {There are still # lines with problems. Fix them, or choose explicitly to send them}} anyway.',
		'grid.submit.empty': 'The list is empty. Paste or type at least one line first.',
		'grid.submit.too-many':
			'This list has {lines, plural, one {# line} other {# lines}}. A list can have at most {max}: split it over several lists.',
		'grid.submit.too-large':
			'The list is too large to submit at once. Split it over several lists.',
		'grid.submit.consent-required': 'Tick the box to confirm that your staff gave permission.',
		'grid.submit.invalid': 'We could not read the list. Please try again.',
		'grid.submit.failed': 'Submitting failed. Your list has been kept; please try again.',
		'grid.submit.already-sent':
			'Another list was already sent with this form. Open the page again to send a new list.',
		'grid.draft.note':
			'Your list is kept encrypted in this browser until you submit or discard it. If you close the tab, it can no longer be read.',
		'grid.draft.restored':
			'Your unfinished list ({lines, plural, one {# line} other {# lines}}) has been restored.',
		'grid.draft.discard': 'Discard the list',
		'grid.draft.discarded': 'The list has been discarded.',
		'grid.example.sheet': 'Staff',
		'grid.example.filename': 'example-list.xlsx',
		'grid.consent-doc.filename': 'consent-e-mail-address.txt',
		'grid.consent-doc.title': 'Consent to pass on my e-mail address to YOU-P',
		'grid.consent-doc.body':
			'[Employer name] wants to give you access to YOU-P, the benefits platform of COLLECTIEF. To do so, we pass on your last name, first name, postcode, date of birth and e-mail address to COLLECTIEF. COLLECTIEF creates an account for you and e-mails you a start password. Your data is used for that purpose only.',
		'grid.consent-doc.choice':
			'I agree that my e-mail address is passed on for this purpose:  yes / no',
		'grid.consent-doc.withdraw':
			'You can withdraw your consent at any time by contacting [contact person at the employer].',
		'grid.consent-doc.fields':
			'Last name: …  First name: …  E-mail address: …  Date: …  Signature: …'
	}
});
