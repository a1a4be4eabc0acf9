import { defineMessages } from '../define';

/** The check before paying, in the list editor (issue 17, section 5). */
export const check = defineMessages({
	nl: {
		'check.button': 'Controleer tegen uw gebruikerslijst',
		'check.help':
			'Gratis en vóór u betaalt: u ziet per regel welke code hij zou krijgen. Er wordt niets aangemaakt, gemaild of bewaard.',
		'check.busy': 'De lijst wordt gecontroleerd…',
		'check.column': 'Controle',
		'check.code.1': 'Wordt geregistreerd (code 1)',
		'check.code.2': 'Heeft al een account (code 2)',
		'check.code.2-line': 'Al geregistreerd door regel {line} (code 2)',
		'check.code.3': 'Niet in uw gebruikerslijst (code 3)',
		'check.code.4': 'Gegevens niet correct (code 4)',
		'check.line': 'Controle: {result}',
		'check.done':
			'{count, plural, one {# regel gecontroleerd} other {# regels gecontroleerd}}: {results}.',
		'check.count.1': '{count, plural, one {# wordt geregistreerd} other {# worden geregistreerd}}',
		'check.count.2':
			'{count, plural, one {# heeft al een account} other {# hebben al een account}}',
		'check.count.3':
			'{count, plural, one {# staat niet in uw gebruikerslijst} other {# staan niet in uw gebruikerslijst}}',
		'check.count.4':
			'{count, plural, one {# heeft gegevens die niet kloppen} other {# hebben gegevens die niet kloppen}}',
		'check.totals.already':
			'{count, plural, one {waarvan # persoon al geregistreerd} other {waarvan # personen al geregistreerd}}',
		'check.cost.already':
			'{count, plural, one {# regel heeft al een account: verwijdert u die regel, dan betaalt u er niet voor.} other {# regels hebben al een account: verwijdert u die regels, dan betaalt u er niet voor.}}',
		'check.cost.without': 'Zonder die regels: {total}.',
		'check.stale':
			'{count, plural, one {# regel is gewijzigd sinds de controle. Controleer opnieuw om het resultaat te zien.} other {# regels zijn gewijzigd sinds de controle. Controleer opnieuw om het resultaat te zien.}}',
		'check.empty': 'Er zijn nog geen regels om te controleren.',
		'check.error.invalid': 'We konden de lijst niet lezen. Probeer opnieuw.',
		'check.error.failed': 'De controle lukte niet. Probeer het opnieuw.',
		'check.error.throttled':
			'U hebt de lijst net al een paar keer gecontroleerd. Probeer het opnieuw over {seconds, plural, one {# seconde} other {# seconden}}.'
	},
	fr: {
		'check.button': 'Vérifier dans votre liste des utilisateurs',
		'check.help':
			'Gratuit et avant de payer : vous voyez pour chaque ligne le code qu’elle recevrait. Rien n’est créé, envoyé ni conservé.',
		'check.busy': 'Vérification de la liste…',
		'check.column': 'Vérification',
		'check.code.1': 'Sera inscrite (code 1)',
		'check.code.2': 'A déjà un compte (code 2)',
		'check.code.2-line': 'Déjà inscrite par la ligne {line} (code 2)',
		'check.code.3': 'Absente de votre liste des utilisateurs (code 3)',
		'check.code.4': 'Données incorrectes (code 4)',
		'check.line': 'Vérification : {result}',
		'check.done': '{count, plural, one {# ligne vérifiée} other {# lignes vérifiées}} : {results}.',
		'check.count.1': '{count, plural, one {# sera inscrite} other {# seront inscrites}}',
		'check.count.2': '{count, plural, one {# a déjà un compte} other {# ont déjà un compte}}',
		'check.count.3':
			'{count, plural, one {# absente de votre liste des utilisateurs} other {# absentes de votre liste des utilisateurs}}',
		'check.count.4':
			'{count, plural, one {# avec des données incorrectes} other {# avec des données incorrectes}}',
		'check.totals.already':
			'{count, plural, one {dont # personne déjà inscrite} other {dont # personnes déjà inscrites}}',
		'check.cost.already':
			'{count, plural, one {# ligne a déjà un compte : si vous la supprimez, vous ne la payez pas.} other {# lignes ont déjà un compte : si vous les supprimez, vous ne les payez pas.}}',
		'check.cost.without': 'Sans ces lignes : {total}.',
		'check.stale':
			'{count, plural, one {# ligne a changé depuis la vérification. Vérifiez à nouveau pour voir le résultat.} other {# lignes ont changé depuis la vérification. Vérifiez à nouveau pour voir le résultat.}}',
		'check.empty': 'Il n’y a pas encore de lignes à vérifier.',
		'check.error.invalid': 'Nous n’avons pas pu lire la liste. Réessayez.',
		'check.error.failed': 'La vérification n’a pas abouti. Réessayez.',
		'check.error.throttled':
			'Vous venez de vérifier la liste plusieurs fois. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.'
	},
	en: {
		'check.button': 'Check against your user list',
		'check.help':
			'Free, before you pay: you see for each line which code it would get. Nothing is created, mailed or kept.',
		'check.busy': 'Checking the list…',
		'check.column': 'Check',
		'check.code.1': 'Will be registered (code 1)',
		'check.code.2': 'Already has an account (code 2)',
		'check.code.2-line': 'Already registered by line {line} (code 2)',
		'check.code.3': 'Not in your user list (code 3)',
		'check.code.4': 'Data not correct (code 4)',
		'check.line': 'Check: {result}',
		'check.done': '{count, plural, one {# line checked} other {# lines checked}}: {results}.',
		'check.count.1': '{count, plural, one {# will be registered} other {# will be registered}}',
		'check.count.2':
			'{count, plural, one {# already has an account} other {# already have an account}}',
		'check.count.3':
			'{count, plural, one {# is not in your user list} other {# are not in your user list}}',
		'check.count.4':
			'{count, plural, one {# has data that is not correct} other {# have data that is not correct}}',
		'check.totals.already':
			'{count, plural, one {of which # person already registered} other {of which # people already registered}}',
		'check.cost.already':
			'{count, plural, one {# line already has an account: if you remove it, you do not pay for it.} other {# lines already have an account: if you remove them, you do not pay for them.}}',
		'check.cost.without': 'Without those lines: {total}.',
		'check.stale':
			'{count, plural, one {# line changed since the check. Check again to see its result.} other {# lines changed since the check. Check again to see their result.}}',
		'check.empty': 'There are no lines to check yet.',
		'check.error.invalid': 'We could not read the list. Please try again.',
		'check.error.failed': 'The check did not work. Please try again.',
		'check.error.throttled':
			'You have just checked the list several times. Try again in {seconds, plural, one {# second} other {# seconds}}.'
	}
});
