import { defineMessages } from '../define';

// The back office's audit log as sentences, organisation switching and the staff confirmations.
export const backoffice = defineMessages({
	nl: {
		'staff.import.removed-accounts':
			'Dit bestand verwijdert {count, plural, one {# persoon} other {# personen}} van de gebruikerslijst, van wie {accounts} met een account.',
		'staff.import.incomplete-keeps':
			'Niet alle regels van het bestand konden gelezen worden: niemand wordt verwijderd ({count, plural, one {# persoon blijft} other {# personen blijven}} op de lijst).',
		'staff.import.confirm-removals':
			'Ja, verwijder {count, plural, one {deze # persoon} other {deze # personen}} van de gebruikerslijst ({accounts} met een account; hun account blijft bestaan).',
		'staff.import.confirm-needed':
			'Bevestig eerst dat {removed, plural, one {# persoon verwijderd mag} other {# personen verwijderd mogen}} worden ({accounts} met een account).',
		'mandates.mail.invited.by':
			'{inviter} ({inviterEmail}) nodigt u uit om in YOU-P te handelen voor {organisation}.',
		'confirm.deactivate.title': 'Werkgever {name} deactiveren?',
		'confirm.deactivate.what':
			'De contactpersonen van {name} kunnen dan niet meer voor deze werkgever handelen: geen lijsten indienen en geen resultaten bekijken. Alle gegevens blijven bewaard; u kunt de werkgever later opnieuw activeren.',
		'confirm.deactivate.yes': 'Ja, deactiveren',
		'confirm.remove-contact.title': '{name} verwijderen als contactpersoon van {organisation}?',
		'confirm.remove-contact.what':
			'{name} ({email}) kan dan niet meer voor {organisation} handelen. De login zelf blijft bestaan, ook voor andere organisaties.',
		'confirm.remove-contact.yes': 'Ja, verwijderen',
		'partners.staff.retrying': 'Nog bezig met opnieuw proberen',
		'partners.staff.retrying-help':
			'Een poging mislukte; YOU-P probeert het zelf opnieuw, met telkens langer wachten.',
		'partners.staff.retrying-none': 'Niets wacht op een nieuwe poging.',
		'partners.staff.next-try': 'Volgende poging',
		'partners.staff.attempts-of': '{attempts} van {max}',
		'staff.account.search-title': 'Zoeken binnen een werkgever',
		'staff.account.search-email': 'Zoeken op e-mailadres',
		'staff.account.search-term': 'Deel van naam of e-mailadres',
		'staff.account.search-name': 'Naam',
		'staff.account.search-invalid': 'Kies een werkgever en geef minstens 2 tekens.',
		'staff.account.search-none': 'Geen accounts gevonden bij deze werkgever.',
		'staff.account.search-results':
			'{count, plural, one {# account gevonden} other {# accounts gevonden}}',
		'staff.account.search-more':
			'Er zijn meer dan {count, plural, one {# resultaat} other {# resultaten}}: maak de zoekterm preciezer.',
		'confirm.cancel': 'Annuleren',
		'confirm.disable.title': 'Het account van {name} uitschakelen?',
		'confirm.disable.what':
			'{email} kan zich dan niet meer aanmelden, alle open sessies worden meteen beëindigd en de accounts bij de partnerplatformen worden verwijderd. De gegevens blijven bewaard.',
		'confirm.disable.yes': 'Ja, uitschakelen',
		'confirm.revoke-mandate.title': 'De volmacht van {name} voor {organisation} intrekken?',
		'confirm.revoke-mandate.what':
			'{name} ({email}) kan dan niet meer voor {organisation} optreden: geen lijsten meer indienen, geen resultaten of gebruikerslijst meer zien. De API-sleutels die {name} voor {organisation} aanmaakte, werken niet meer. De eigenaars krijgen hierover een e-mail. U kunt {name} later opnieuw uitnodigen.',
		'confirm.revoke-mandate.yes': 'Ja, volmacht intrekken',
		'audit.actor.system': 'YOU-P (automatisch)',
		'audit.actor.unknown': 'een verwijderd account',
		'audit.actor.token': 'API-sleutel “{label}” van {organisation}',
		'audit.actor.token-collectief': 'API-sleutel “{label}” van COLLECTIEF',
		'audit.no-organisation': 'COLLECTIEF',
		'audit.filter.kind': 'Soort gebeurtenis',
		'audit.filter.actor': 'Door',
		'audit.filter.employer': 'Werkgever',
		'audit.event': 'Gebeurtenis',
		'audit.page': 'Pagina {page}',
		'audit.previous': 'Vorige pagina',
		'audit.next': 'Volgende pagina',
		'audit.paging': 'Pagina’s van het auditlog',
		'audit.kind.account.disable': 'Account uitgeschakeld',
		'audit.kind.account.start-password-resent': 'Startwachtwoord opnieuw verstuurd',
		'audit.kind.batch.completed': 'Lijst verwerkt',
		'audit.kind.batch.retry': 'Vastgelopen lijst herstart',
		'audit.kind.batch.submitted': 'Lijst ingediend',
		'audit.kind.employer.create': 'Werkgever aangemaakt',
		'audit.kind.employer.update': 'Werkgever gewijzigd',
		'audit.kind.employer.activate': 'Werkgever geactiveerd',
		'audit.kind.employer.deactivate': 'Werkgever gedeactiveerd',
		'audit.kind.mandate.add': 'Contactpersoon toegevoegd',
		'audit.kind.mandate.remove': 'Contactpersoon verwijderd',
		'audit.kind.mandate.invited': 'Volmacht uitgenodigd',
		'audit.kind.mandate.invitation-accepted': 'Uitnodiging aanvaard',
		'audit.kind.mandate.invitation-canceled': 'Uitnodiging ingetrokken',
		'audit.kind.mandate.role-changed': 'Rol gewijzigd',
		'audit.kind.mandate.revoked': 'Volmacht ingetrokken',
		'audit.kind.organisation-request.filed': 'Aanvraag ingediend',
		'audit.kind.organisation-request.approved': 'Aanvraag goedgekeurd',
		'audit.kind.organisation-request.rejected': 'Aanvraag geweigerd',
		'audit.kind.organisation.federated-login-required': 'Aanmelding met eID/itsme ingesteld',
		'audit.kind.roster.add': 'Persoon toegevoegd aan gebruikerslijst',
		'audit.kind.roster.import': 'Gebruikerslijst geïmporteerd',
		'audit.kind.roster.remove': 'Persoon verwijderd van gebruikerslijst',
		'audit.kind.staff.totp-enrolled': 'Tweestapsaanmelding ingesteld',
		'audit.kind.token.create': 'API-sleutel aangemaakt',
		'audit.kind.token.revoke': 'API-sleutel ingetrokken',
		'audit.kind.other': 'Andere gebeurtenis',
		'audit.say.account.disable': '{actor} schakelde een account van {organisation} uit.',
		'audit.say.account.start-password-resent':
			'{actor} verstuurde opnieuw een startwachtwoord voor een account van {organisation}.',
		'audit.say.batch.completed':
			'Lijst {number} van {organisation} is verwerkt: {rows, plural, one {# regel} other {# regels}} (code 1: {c1}, code 2: {c2}, code 3: {c3}, code 4: {c4}).',
		'audit.say.batch.retry':
			'{actor} herstartte {lines, plural, one {# vastgelopen regel} other {# vastgelopen regels}} van lijst {number} van {organisation}.',
		'audit.say.batch.submitted':
			'{actor} diende lijst {number} van {organisation} in ({rows, plural, one {# regel} other {# regels}}).',
		'audit.say.batch.submitted-correction':
			'{actor} diende lijst {number} van {organisation} in als correctielijst ({rows, plural, one {# regel} other {# regels}}).',
		'audit.say.employer.create': '{actor} maakte werkgever {organisation} aan.',
		'audit.say.employer.update': '{actor} wijzigde de gegevens van {organisation}.',
		'audit.say.employer.activate': '{actor} activeerde werkgever {organisation}.',
		'audit.say.employer.deactivate': '{actor} deactiveerde werkgever {organisation}.',
		'audit.say.mandate.add':
			'{actor} voegde een contactpersoon toe aan {organisation} met de rol {role}.',
		'audit.say.mandate.remove': '{actor} verwijderde een contactpersoon van {organisation}.',
		'audit.say.mandate.invited':
			'{actor} nodigde iemand uit voor {organisation} met de rol {role}.',
		'audit.say.mandate.invitation-accepted':
			'{actor} aanvaardde een uitnodiging voor {organisation}.',
		'audit.say.mandate.invitation-canceled': '{actor} trok een uitnodiging voor {organisation} in.',
		'audit.say.mandate.role-changed':
			'{actor} wijzigde een rol bij {organisation} van {from} naar {to}.',
		'audit.say.mandate.revoked': '{actor} trok een volmacht ({role}) bij {organisation} in.',
		'audit.say.organisation-request.filed': '{actor} diende een aanvraag in voor {organisation}.',
		'audit.say.organisation-request.approved':
			'{actor} keurde een aanvraag voor {organisation} goed.',
		'audit.say.organisation-request.rejected': '{actor} weigerde een aanvraag voor {organisation}.',
		'audit.say.organisation.federated-login-required':
			'{actor} stelde in dat {organisation} zich aanmeldt met eID/itsme.',
		'audit.say.organisation.federated-login-optional':
			'{actor} stelde in dat {organisation} zich ook zonder eID/itsme mag aanmelden.',
		'audit.say.roster.add':
			'{actor} voegde een persoon toe aan de gebruikerslijst van {organisation}.',
		'audit.say.roster.import':
			'{actor} importeerde de gebruikerslijst van {organisation}: {added} nieuw, {changed} gewijzigd, {removed} verwijderd.',
		'audit.say.roster.remove':
			'{actor} verwijderde een persoon van de gebruikerslijst van {organisation}.',
		'audit.say.staff.totp-enrolled': '{actor} stelde de tweestapsaanmelding in.',
		'audit.say.token.create': '{actor} maakte een API-sleutel aan voor {organisation}.',
		'audit.say.token.revoke': '{actor} trok een API-sleutel van {organisation} in.',
		'audit.say.other': '{actor}: {kind} ({organisation}).'
	},
	fr: {
		'staff.import.removed-accounts':
			'Ce fichier retire {count, plural, one {# personne} other {# personnes}} de la liste des utilisateurs, dont {accounts} avec un compte.',
		'staff.import.incomplete-keeps':
			'Toutes les lignes du fichier n’ont pas pu être lues : personne n’est retiré ({count, plural, one {# personne reste} other {# personnes restent}} sur la liste).',
		'staff.import.confirm-removals':
			'Oui, retirer {count, plural, one {cette # personne} other {ces # personnes}} de la liste des utilisateurs ({accounts} avec un compte ; leur compte est conservé).',
		'staff.import.confirm-needed':
			'Confirmez d’abord que {removed, plural, one {# personne peut être retirée} other {# personnes peuvent être retirées}} ({accounts} avec un compte).',
		'mandates.mail.invited.by':
			'{inviter} ({inviterEmail}) vous invite à agir pour {organisation} dans YOU-P.',
		'confirm.deactivate.title': 'Désactiver l’employeur {name} ?',
		'confirm.deactivate.what':
			'Les personnes de contact de {name} ne pourront plus agir pour cet employeur : ni envoyer de listes, ni consulter de résultats. Toutes les données sont conservées ; vous pourrez réactiver l’employeur plus tard.',
		'confirm.deactivate.yes': 'Oui, désactiver',
		'confirm.remove-contact.title': 'Retirer {name} comme personne de contact de {organisation} ?',
		'confirm.remove-contact.what':
			'{name} ({email}) ne pourra plus agir pour {organisation}. La connexion elle-même est conservée, y compris pour d’autres organisations.',
		'confirm.remove-contact.yes': 'Oui, retirer',
		'partners.staff.retrying': 'Nouvelles tentatives en cours',
		'partners.staff.retrying-help':
			'Une tentative a échoué ; YOU-P réessaie de lui-même, en attendant chaque fois plus longtemps.',
		'partners.staff.retrying-none': 'Rien n’attend de nouvelle tentative.',
		'partners.staff.next-try': 'Prochaine tentative',
		'partners.staff.attempts-of': '{attempts} sur {max}',
		'staff.account.search-title': 'Rechercher chez un employeur',
		'staff.account.search-email': 'Rechercher par adresse e-mail',
		'staff.account.search-term': 'Partie du nom ou de l’adresse e-mail',
		'staff.account.search-name': 'Nom',
		'staff.account.search-invalid': 'Choisissez un employeur et saisissez au moins 2 caractères.',
		'staff.account.search-none': 'Aucun compte trouvé chez cet employeur.',
		'staff.account.search-results':
			'{count, plural, one {# compte trouvé} other {# comptes trouvés}}',
		'staff.account.search-more':
			'Il y a plus de {count, plural, one {# résultat} other {# résultats}} : précisez la recherche.',
		'confirm.cancel': 'Annuler',
		'confirm.disable.title': 'Désactiver le compte de {name} ?',
		'confirm.disable.what':
			'{email} ne pourra plus se connecter, toutes les sessions ouvertes prennent fin immédiatement et les comptes auprès des plateformes partenaires sont supprimés. Les données sont conservées.',
		'confirm.disable.yes': 'Oui, désactiver',
		'confirm.revoke-mandate.title': 'Retirer la procuration de {name} pour {organisation} ?',
		'confirm.revoke-mandate.what':
			'{name} ({email}) ne pourra plus agir pour {organisation} : plus d’envoi de listes, plus d’accès aux résultats ni à la liste des utilisateurs. Les clés API que {name} a créées pour {organisation} ne fonctionneront plus. Les propriétaires en sont informés par e-mail. Vous pourrez inviter {name} à nouveau plus tard.',
		'confirm.revoke-mandate.yes': 'Oui, retirer la procuration',
		'audit.actor.system': 'YOU-P (automatique)',
		'audit.actor.unknown': 'un compte supprimé',
		'audit.actor.token': 'clé API « {label} » de {organisation}',
		'audit.actor.token-collectief': 'clé API « {label} » de COLLECTIEF',
		'audit.no-organisation': 'COLLECTIEF',
		'audit.filter.kind': 'Type d’événement',
		'audit.filter.actor': 'Par',
		'audit.filter.employer': 'Employeur',
		'audit.event': 'Événement',
		'audit.page': 'Page {page}',
		'audit.previous': 'Page précédente',
		'audit.next': 'Page suivante',
		'audit.paging': 'Pages du journal d’audit',
		'audit.kind.account.disable': 'Compte désactivé',
		'audit.kind.account.start-password-resent': 'Mot de passe initial renvoyé',
		'audit.kind.batch.completed': 'Liste traitée',
		'audit.kind.batch.retry': 'Liste bloquée relancée',
		'audit.kind.batch.submitted': 'Liste envoyée',
		'audit.kind.employer.create': 'Employeur créé',
		'audit.kind.employer.update': 'Employeur modifié',
		'audit.kind.employer.activate': 'Employeur activé',
		'audit.kind.employer.deactivate': 'Employeur désactivé',
		'audit.kind.mandate.add': 'Personne de contact ajoutée',
		'audit.kind.mandate.remove': 'Personne de contact retirée',
		'audit.kind.mandate.invited': 'Invitation à une procuration',
		'audit.kind.mandate.invitation-accepted': 'Invitation acceptée',
		'audit.kind.mandate.invitation-canceled': 'Invitation annulée',
		'audit.kind.mandate.role-changed': 'Rôle modifié',
		'audit.kind.mandate.revoked': 'Procuration révoquée',
		'audit.kind.organisation-request.filed': 'Demande introduite',
		'audit.kind.organisation-request.approved': 'Demande approuvée',
		'audit.kind.organisation-request.rejected': 'Demande refusée',
		'audit.kind.organisation.federated-login-required': 'Connexion eID/itsme configurée',
		'audit.kind.roster.add': 'Personne ajoutée à la liste des utilisateurs',
		'audit.kind.roster.import': 'Liste des utilisateurs importée',
		'audit.kind.roster.remove': 'Personne retirée de la liste des utilisateurs',
		'audit.kind.staff.totp-enrolled': 'Connexion en deux étapes configurée',
		'audit.kind.token.create': 'Clé API créée',
		'audit.kind.token.revoke': 'Clé API révoquée',
		'audit.kind.other': 'Autre événement',
		'audit.say.account.disable': '{actor} a désactivé un compte de {organisation}.',
		'audit.say.account.start-password-resent':
			'{actor} a renvoyé un mot de passe initial pour un compte de {organisation}.',
		'audit.say.batch.completed':
			'La liste {number} de {organisation} a été traitée : {rows, plural, one {# ligne} other {# lignes}} (code 1 : {c1}, code 2 : {c2}, code 3 : {c3}, code 4 : {c4}).',
		'audit.say.batch.retry':
			'{actor} a relancé {lines, plural, one {# ligne bloquée} other {# lignes bloquées}} de la liste {number} de {organisation}.',
		'audit.say.batch.submitted':
			'{actor} a envoyé la liste {number} de {organisation} ({rows, plural, one {# ligne} other {# lignes}}).',
		'audit.say.batch.submitted-correction':
			'{actor} a envoyé la liste {number} de {organisation} comme liste de correction ({rows, plural, one {# ligne} other {# lignes}}).',
		'audit.say.employer.create': '{actor} a créé l’employeur {organisation}.',
		'audit.say.employer.update': '{actor} a modifié les données de {organisation}.',
		'audit.say.employer.activate': '{actor} a activé l’employeur {organisation}.',
		'audit.say.employer.deactivate': '{actor} a désactivé l’employeur {organisation}.',
		'audit.say.mandate.add':
			'{actor} a ajouté une personne de contact à {organisation} avec le rôle {role}.',
		'audit.say.mandate.remove': '{actor} a retiré une personne de contact de {organisation}.',
		'audit.say.mandate.invited':
			'{actor} a invité une personne pour {organisation} avec le rôle {role}.',
		'audit.say.mandate.invitation-accepted':
			'{actor} a accepté une invitation pour {organisation}.',
		'audit.say.mandate.invitation-canceled': '{actor} a annulé une invitation pour {organisation}.',
		'audit.say.mandate.role-changed':
			'{actor} a changé un rôle chez {organisation} de {from} en {to}.',
		'audit.say.mandate.revoked': '{actor} a révoqué une procuration ({role}) chez {organisation}.',
		'audit.say.organisation-request.filed': '{actor} a introduit une demande pour {organisation}.',
		'audit.say.organisation-request.approved':
			'{actor} a approuvé une demande pour {organisation}.',
		'audit.say.organisation-request.rejected': '{actor} a refusé une demande pour {organisation}.',
		'audit.say.organisation.federated-login-required':
			'{actor} a exigé la connexion eID/itsme pour {organisation}.',
		'audit.say.organisation.federated-login-optional':
			'{actor} a permis à {organisation} de se connecter aussi sans eID/itsme.',
		'audit.say.roster.add':
			'{actor} a ajouté une personne à la liste des utilisateurs de {organisation}.',
		'audit.say.roster.import':
			'{actor} a importé la liste des utilisateurs de {organisation} : {added, plural, one {# nouvelle} other {# nouvelles}}, {changed, plural, one {# modifiée} other {# modifiées}}, {removed, plural, one {# retirée} other {# retirées}}.',
		'audit.say.roster.remove':
			'{actor} a retiré une personne de la liste des utilisateurs de {organisation}.',
		'audit.say.staff.totp-enrolled': '{actor} a configuré la connexion en deux étapes.',
		'audit.say.token.create': '{actor} a créé une clé API pour {organisation}.',
		'audit.say.token.revoke': '{actor} a révoqué une clé API de {organisation}.',
		'audit.say.other': '{actor} : {kind} ({organisation}).'
	},
	en: {
		'staff.import.removed-accounts':
			'This file removes {count, plural, one {# person} other {# people}} from the user list, {accounts} of them with an account.',
		'staff.import.incomplete-keeps':
			'Not every line of the file could be read: nobody is removed ({count, plural, one {# person stays} other {# people stay}} on the list).',
		'staff.import.confirm-removals':
			'Yes, remove {count, plural, one {this # person} other {these # people}} from the user list ({accounts} with an account; their account stays).',
		'staff.import.confirm-needed':
			'First confirm that {removed, plural, one {# person} other {# people}} may be removed ({accounts} with an account).',
		'mandates.mail.invited.by':
			'{inviter} ({inviterEmail}) invites you to act for {organisation} in YOU-P.',
		'confirm.deactivate.title': 'Deactivate the employer {name}?',
		'confirm.deactivate.what':
			'The contact persons of {name} can then no longer act for this employer: no submitting lists and no viewing results. All data is kept; you can activate the employer again later.',
		'confirm.deactivate.yes': 'Yes, deactivate',
		'confirm.remove-contact.title': 'Remove {name} as a contact person of {organisation}?',
		'confirm.remove-contact.what':
			'{name} ({email}) can then no longer act for {organisation}. The login itself stays, also for other organisations.',
		'confirm.remove-contact.yes': 'Yes, remove',
		'partners.staff.retrying': 'Still being retried',
		'partners.staff.retrying-help':
			'An attempt failed; YOU-P tries again by itself, waiting longer each time.',
		'partners.staff.retrying-none': 'Nothing is waiting for another attempt.',
		'partners.staff.next-try': 'Next try',
		'partners.staff.attempts-of': '{attempts} of {max}',
		'staff.account.search-title': 'Search within an employer',
		'staff.account.search-email': 'Search by e-mail address',
		'staff.account.search-term': 'Part of the name or e-mail address',
		'staff.account.search-name': 'Name',
		'staff.account.search-invalid': 'Choose an employer and enter at least 2 characters.',
		'staff.account.search-none': 'No accounts found at this employer.',
		'staff.account.search-results':
			'{count, plural, one {# account found} other {# accounts found}}',
		'staff.account.search-more':
			'There are more than {count, plural, one {# result} other {# results}}: make the search more precise.',
		'confirm.cancel': 'Cancel',
		'confirm.disable.title': 'Disable the account of {name}?',
		'confirm.disable.what':
			'{email} will no longer be able to log in, all open sessions end at once and the accounts at the partner platforms are deleted. The data is kept.',
		'confirm.disable.yes': 'Yes, disable',
		'confirm.revoke-mandate.title': 'Revoke the mandate of {name} for {organisation}?',
		'confirm.revoke-mandate.what':
			'{name} ({email}) will no longer be able to act for {organisation}: no more sending lists, no more access to results or the user list. The API keys {name} created for {organisation} will stop working. The owners are told by e-mail. You can invite {name} again later.',
		'confirm.revoke-mandate.yes': 'Yes, revoke the mandate',
		'audit.actor.system': 'YOU-P (automatic)',
		'audit.actor.unknown': 'a deleted account',
		'audit.actor.token': 'API key “{label}” of {organisation}',
		'audit.actor.token-collectief': 'API key “{label}” of COLLECTIEF',
		'audit.no-organisation': 'COLLECTIEF',
		'audit.filter.kind': 'Kind of event',
		'audit.filter.actor': 'By',
		'audit.filter.employer': 'Employer',
		'audit.event': 'Event',
		'audit.page': 'Page {page}',
		'audit.previous': 'Previous page',
		'audit.next': 'Next page',
		'audit.paging': 'Pages of the audit log',
		'audit.kind.account.disable': 'Account disabled',
		'audit.kind.account.start-password-resent': 'Start password sent again',
		'audit.kind.batch.completed': 'List processed',
		'audit.kind.batch.retry': 'Stuck list restarted',
		'audit.kind.batch.submitted': 'List submitted',
		'audit.kind.employer.create': 'Employer created',
		'audit.kind.employer.update': 'Employer changed',
		'audit.kind.employer.activate': 'Employer activated',
		'audit.kind.employer.deactivate': 'Employer deactivated',
		'audit.kind.mandate.add': 'Contact person added',
		'audit.kind.mandate.remove': 'Contact person removed',
		'audit.kind.mandate.invited': 'Mandate invitation',
		'audit.kind.mandate.invitation-accepted': 'Invitation accepted',
		'audit.kind.mandate.invitation-canceled': 'Invitation cancelled',
		'audit.kind.mandate.role-changed': 'Role changed',
		'audit.kind.mandate.revoked': 'Mandate revoked',
		'audit.kind.organisation-request.filed': 'Request filed',
		'audit.kind.organisation-request.approved': 'Request approved',
		'audit.kind.organisation-request.rejected': 'Request rejected',
		'audit.kind.organisation.federated-login-required': 'eID/itsme login set',
		'audit.kind.roster.add': 'Person added to the user list',
		'audit.kind.roster.import': 'User list imported',
		'audit.kind.roster.remove': 'Person removed from the user list',
		'audit.kind.staff.totp-enrolled': 'Two-step login set up',
		'audit.kind.token.create': 'API key created',
		'audit.kind.token.revoke': 'API key revoked',
		'audit.kind.other': 'Other event',
		'audit.say.account.disable': '{actor} disabled an account of {organisation}.',
		'audit.say.account.start-password-resent':
			'{actor} sent a start password again for an account of {organisation}.',
		'audit.say.batch.completed':
			'List {number} of {organisation} was processed: {rows, plural, one {# line} other {# lines}} (code 1: {c1}, code 2: {c2}, code 3: {c3}, code 4: {c4}).',
		'audit.say.batch.retry':
			'{actor} restarted {lines, plural, one {# stuck line} other {# stuck lines}} of list {number} of {organisation}.',
		'audit.say.batch.submitted':
			'{actor} submitted list {number} of {organisation} ({rows, plural, one {# line} other {# lines}}).',
		'audit.say.batch.submitted-correction':
			'{actor} submitted list {number} of {organisation} as a correction list ({rows, plural, one {# line} other {# lines}}).',
		'audit.say.employer.create': '{actor} created the employer {organisation}.',
		'audit.say.employer.update': '{actor} changed the details of {organisation}.',
		'audit.say.employer.activate': '{actor} activated the employer {organisation}.',
		'audit.say.employer.deactivate': '{actor} deactivated the employer {organisation}.',
		'audit.say.mandate.add':
			'{actor} added a contact person to {organisation} with the role {role}.',
		'audit.say.mandate.remove': '{actor} removed a contact person from {organisation}.',
		'audit.say.mandate.invited': '{actor} invited someone to {organisation} with the role {role}.',
		'audit.say.mandate.invitation-accepted': '{actor} accepted an invitation to {organisation}.',
		'audit.say.mandate.invitation-canceled': '{actor} cancelled an invitation to {organisation}.',
		'audit.say.mandate.role-changed':
			'{actor} changed a role at {organisation} from {from} to {to}.',
		'audit.say.mandate.revoked': '{actor} revoked a mandate ({role}) at {organisation}.',
		'audit.say.organisation-request.filed': '{actor} filed a request for {organisation}.',
		'audit.say.organisation-request.approved': '{actor} approved a request for {organisation}.',
		'audit.say.organisation-request.rejected': '{actor} rejected a request for {organisation}.',
		'audit.say.organisation.federated-login-required':
			'{actor} required the eID/itsme login for {organisation}.',
		'audit.say.organisation.federated-login-optional':
			'{actor} allowed {organisation} to log in without eID/itsme too.',
		'audit.say.roster.add': '{actor} added a person to the user list of {organisation}.',
		'audit.say.roster.import':
			'{actor} imported the user list of {organisation}: {added} new, {changed} changed, {removed} removed.',
		'audit.say.roster.remove': '{actor} removed a person from the user list of {organisation}.',
		'audit.say.staff.totp-enrolled': '{actor} set up the two-step login.',
		'audit.say.token.create': '{actor} created an API key for {organisation}.',
		'audit.say.token.revoke': '{actor} revoked an API key of {organisation}.',
		'audit.say.other': '{actor}: {kind} ({organisation}).'
	}
});
