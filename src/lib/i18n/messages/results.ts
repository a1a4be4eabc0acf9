import { defineMessages } from '../define';

/** The results page's ways out: the hint column of the downloads, roster requests, resending. */
export const results = defineMessages({
	nl: {
		'results.col.hint': 'Suggestie',
		'roster-request.ask.intro':
			'Na goedkeuring door COLLECTIEF verwerken we deze regel opnieuw in dezelfde lijst, zonder extra kosten.',
		'roster-request.ask.remark': 'Opmerking voor COLLECTIEF (niet verplicht), regel {line}',
		'roster-request.ask.submit': 'Vraag toevoeging aan',
		'roster-request.ask.context': 'voor regel {line}',
		'roster-request.sent':
			'Uw aanvraag voor regel {line} is verstuurd. COLLECTIEF bekijkt ze; u krijgt bericht.',
		'roster-request.status.pending':
			'Toevoeging aan uw gebruikerslijst aangevraagd op {date}. COLLECTIEF bekijkt uw aanvraag.',
		'roster-request.status.approved':
			'COLLECTIEF heeft de persoon op {date} toegevoegd aan uw gebruikerslijst. Deze regel is opnieuw verwerkt in dezelfde lijst, zonder extra kosten.',
		'roster-request.status.rejected':
			'COLLECTIEF heeft uw aanvraag op {date} geweigerd. Controleer de gegevens en verbeter ze hier, of neem contact op met COLLECTIEF.',
		'roster-request.status.expired':
			'Uw aanvraag is vervallen: de gegevens van deze regel zijn gewist.',
		'roster-request.error.not-possible':
			'Voor regel {line} kunt u geen toevoeging (meer) aanvragen.',
		'roster-request.error.invalid': 'Deze aanvraag kunnen we niet lezen. Probeer het opnieuw.',
		'roster-request.staff.title': 'Toevoegingen aan een gebruikerslijst',
		'roster-request.staff.intro':
			'Een werkgever vraagt om de persoon van een regel met code 3 toe te voegen aan zijn gebruikerslijst. Na goedkeuring wordt de persoon toegevoegd en de regel opnieuw verwerkt in dezelfde lijst, zonder extra kosten. De opmerking van de werkgever wordt bij uw beslissing gewist.',
		'roster-request.staff.employer': 'Werkgever',
		'roster-request.staff.list': 'Lijst en regel',
		'roster-request.staff.list-line': 'Lijst {number}, regel {line}',
		'roster-request.staff.person': 'Persoon',
		'roster-request.staff.person-line':
			'{lastName}, {firstName} · geboren op {birthDate} · postcode {postcode} · {email}',
		'roster-request.staff.remark': 'Opmerking',
		'roster-request.staff.requested': 'Aangevraagd op',
		'roster-request.staff.decision': 'Beslissing',
		'roster-request.staff.none': 'Er zijn geen openstaande aanvragen voor een gebruikerslijst.',
		'roster-request.staff.data-gone': 'De gegevens van deze regel zijn gewist.',
		'roster-request.done.approve':
			'De persoon is toegevoegd aan de gebruikerslijst; de regel wordt opnieuw verwerkt. De werkgever krijgt bericht.',
		'roster-request.done.reject': 'De aanvraag is geweigerd. De werkgever krijgt bericht.',
		'roster-request.error.decided': 'Deze aanvraag is al behandeld.',
		'roster-request.error.unusable':
			'De gegevens van deze regel zijn niet meer beschikbaar of niet bruikbaar; de aanvraag is afgesloten.',
		'roster-request.mail.subject.approved':
			'Lijst {number}: persoon toegevoegd aan uw gebruikerslijst',
		'roster-request.mail.subject.rejected': 'Lijst {number}: aanvraag tot toevoeging geweigerd',
		'roster-request.mail.approved':
			'COLLECTIEF heeft de persoon van regel {line} van lijst {number} toegevoegd aan uw gebruikerslijst. We verwerken de regel opnieuw in dezelfde lijst, zonder extra kosten.',
		'roster-request.mail.rejected':
			'COLLECTIEF heeft uw aanvraag voor regel {line} van lijst {number} geweigerd. Op de pagina van de lijst kunt u de gegevens nakijken en verbeteren.',
		'roster-request.mail.action': 'Bekijk de lijst',
		'results.resend.label':
			'Regel {line} ongewijzigd opnieuw versturen: de persoon staat nu in uw gebruikerslijst',
		'results.resend.not-matching':
			'Regel {line} staat nog altijd niet in uw gebruikerslijst. Verbeter de gegevens of vraag een toevoeging aan.'
	},
	fr: {
		'results.col.hint': 'Suggestion',
		'roster-request.ask.intro':
			'Après approbation par COLLECTIEF, nous traitons à nouveau cette ligne dans la même liste, sans frais supplémentaires.',
		'roster-request.ask.remark': 'Remarque pour COLLECTIEF (facultatif), ligne {line}',
		'roster-request.ask.submit': 'Demander l’ajout',
		'roster-request.ask.context': 'pour la ligne {line}',
		'roster-request.sent':
			'Votre demande pour la ligne {line} a été envoyée. COLLECTIEF l’examine ; vous serez informé.',
		'roster-request.status.pending':
			'Ajout à votre liste des utilisateurs demandé le {date}. COLLECTIEF examine votre demande.',
		'roster-request.status.approved':
			'COLLECTIEF a ajouté la personne à votre liste des utilisateurs le {date}. Cette ligne a été traitée à nouveau dans la même liste, sans frais supplémentaires.',
		'roster-request.status.rejected':
			'COLLECTIEF a refusé votre demande le {date}. Vérifiez les données et corrigez-les ici, ou contactez COLLECTIEF.',
		'roster-request.status.expired':
			'Votre demande a expiré : les données de cette ligne ont été effacées.',
		'roster-request.error.not-possible':
			'Pour la ligne {line}, vous ne pouvez pas (ou plus) demander d’ajout.',
		'roster-request.error.invalid': 'Nous ne pouvons pas lire cette demande. Veuillez réessayer.',
		'roster-request.staff.title': 'Ajouts à une liste des utilisateurs',
		'roster-request.staff.intro':
			'Un employeur demande d’ajouter la personne d’une ligne en code 3 à sa liste des utilisateurs. Après approbation, la personne est ajoutée et la ligne est traitée à nouveau dans la même liste, sans frais supplémentaires. La remarque de l’employeur est effacée lors de votre décision.',
		'roster-request.staff.employer': 'Employeur',
		'roster-request.staff.list': 'Liste et ligne',
		'roster-request.staff.list-line': 'Liste {number}, ligne {line}',
		'roster-request.staff.person': 'Personne',
		'roster-request.staff.person-line':
			'{lastName}, {firstName} · date de naissance {birthDate} · code postal {postcode} · {email}',
		'roster-request.staff.remark': 'Remarque',
		'roster-request.staff.requested': 'Demandé le',
		'roster-request.staff.decision': 'Décision',
		'roster-request.staff.none': 'Il n’y a aucune demande d’ajout en attente.',
		'roster-request.staff.data-gone': 'Les données de cette ligne ont été effacées.',
		'roster-request.done.approve':
			'La personne a été ajoutée à la liste des utilisateurs ; la ligne est traitée à nouveau. L’employeur est informé.',
		'roster-request.done.reject': 'La demande a été refusée. L’employeur est informé.',
		'roster-request.error.decided': 'Cette demande a déjà été traitée.',
		'roster-request.error.unusable':
			'Les données de cette ligne ne sont plus disponibles ou pas utilisables ; la demande est clôturée.',
		'roster-request.mail.subject.approved':
			'Liste {number} : personne ajoutée à votre liste des utilisateurs',
		'roster-request.mail.subject.rejected': 'Liste {number} : demande d’ajout refusée',
		'roster-request.mail.approved':
			'COLLECTIEF a ajouté la personne de la ligne {line} de la liste {number} à votre liste des utilisateurs. Nous traitons la ligne à nouveau dans la même liste, sans frais supplémentaires.',
		'roster-request.mail.rejected':
			'COLLECTIEF a refusé votre demande pour la ligne {line} de la liste {number}. Sur la page de la liste, vous pouvez vérifier et corriger les données.',
		'roster-request.mail.action': 'Voir la liste',
		'results.resend.label':
			'Renvoyer la ligne {line} sans modification : la personne figure maintenant dans votre liste des utilisateurs',
		'results.resend.not-matching':
			'La ligne {line} ne figure toujours pas dans votre liste des utilisateurs. Corrigez les données ou demandez un ajout.'
	},
	en: {
		'results.col.hint': 'Hint',
		'roster-request.ask.intro':
			'Once COLLECTIEF approves, we process this line again within the same list, at no extra cost.',
		'roster-request.ask.remark': 'Remark for COLLECTIEF (optional), line {line}',
		'roster-request.ask.submit': 'Request addition',
		'roster-request.ask.context': 'for line {line}',
		'roster-request.sent':
			'Your request for line {line} has been sent. COLLECTIEF will look at it; you will be told.',
		'roster-request.status.pending':
			'Addition to your user list requested on {date}. COLLECTIEF is looking at your request.',
		'roster-request.status.approved':
			'COLLECTIEF added the person to your user list on {date}. This line was processed again within the same list, at no extra cost.',
		'roster-request.status.rejected':
			'COLLECTIEF refused your request on {date}. Check the details and correct them here, or contact COLLECTIEF.',
		'roster-request.status.expired': 'Your request has expired: the data of this line was erased.',
		'roster-request.error.not-possible':
			'For line {line} you cannot (or can no longer) request an addition.',
		'roster-request.error.invalid': 'We cannot read this request. Please try again.',
		'roster-request.staff.title': 'Additions to a user list',
		'roster-request.staff.intro':
			'An employer asks to add the person of a code-3 line to its user list. Once approved, the person is added and the line is processed again within the same list, at no extra cost. The employer’s remark is erased when you decide.',
		'roster-request.staff.employer': 'Employer',
		'roster-request.staff.list': 'List and line',
		'roster-request.staff.list-line': 'List {number}, line {line}',
		'roster-request.staff.person': 'Person',
		'roster-request.staff.person-line':
			'{lastName}, {firstName} · born {birthDate} · postcode {postcode} · {email}',
		'roster-request.staff.remark': 'Remark',
		'roster-request.staff.requested': 'Requested on',
		'roster-request.staff.decision': 'Decision',
		'roster-request.staff.none': 'There are no pending requests for a user list.',
		'roster-request.staff.data-gone': 'The data of this line has been erased.',
		'roster-request.done.approve':
			'The person was added to the user list; the line is being processed again. The employer is told.',
		'roster-request.done.reject': 'The request was refused. The employer is told.',
		'roster-request.error.decided': 'This request has already been handled.',
		'roster-request.error.unusable':
			'The data of this line is no longer available or not usable; the request is closed.',
		'roster-request.mail.subject.approved': 'List {number}: person added to your user list',
		'roster-request.mail.subject.rejected': 'List {number}: request for addition refused',
		'roster-request.mail.approved':
			'COLLECTIEF added the person of line {line} of list {number} to your user list. We process the line again within the same list, at no extra cost.',
		'roster-request.mail.rejected':
			'COLLECTIEF refused your request for line {line} of list {number}. On the list’s page you can check and correct the details.',
		'roster-request.mail.action': 'View the list',
		'results.resend.label': 'Send line {line} again unchanged: the person is now in your user list',
		'results.resend.not-matching':
			'Line {line} is still not in your user list. Correct the details or request an addition.'
	}
});
