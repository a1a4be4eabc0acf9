import { defineMessages } from '../define';

/** The list editor reading real exports (header row, two e-mail columns) and in-list copies. */
export const gridImport = defineMessages({
	nl: {
		'grid.header.label': 'Rij met de kolomnamen',
		'grid.header.row': 'Rij {row}: {cells}',
		'grid.header.none': 'Geen rij met kolomnamen: elke rij is een regel',
		'grid.header.found':
			'Wij lezen rij {row} als de rij met de kolomnamen. Wat erboven staat (titel, datum) zijn geen regels; lege rijen slaan wij over.',
		'grid.header.not-found':
			'Wij vonden geen rij met kolomnamen. De kolommen worden gelezen in de volgorde naam, voornaam, postcode, geboortedatum, e-mail.',
		'grid.header.changed':
			'Nu {lines, plural, one {# regel} other {# regels}} (eerst {before, plural, one {# regel} other {# regels}}).',
		'grid.email.label': 'Welk e-mailadres gebruiken?',
		'grid.email.order': 'Het eerste dat ingevuld is: {columns}',
		'grid.email.then': 'anders',
		'grid.email.column': '“{column}”',
		'grid.email.only': 'Alleen “{column}”',
		'grid.email.used':
			'E-mailadres uit “{column}”: {count, plural, one {regel} other {regels}} {lines}.',
		'grid.dup.later-copy':
			'Deze persoon staat al op regel {line}. Deze regel komt terug met code 2: al geregistreerd door regel {line}. Verwijdert u hem, dan betaalt u hem niet.',
		'grid.status.copy': 'Dubbel (regel {line})',
		'grid.cell.warning': 'Regel {line}: {warning}',
		'grid.summary.copies':
			'{count, plural, one {# regel staat} other {# regels staan}} dubbel en {count, plural, one {komt} other {komen}} terug met code 2.',
		'grid.cost.without-copies':
			'Zonder {count, plural, one {de dubbele regel} other {de # dubbele regels}}: {total}.'
	},
	fr: {
		'grid.header.label': 'Ligne des noms de colonnes',
		'grid.header.row': 'Ligne {row} : {cells}',
		'grid.header.none': 'Pas de ligne de noms de colonnes : chaque ligne est une personne',
		'grid.header.found':
			'Nous lisons la ligne {row} comme la ligne des noms de colonnes. Ce qui se trouve au-dessus (titre, date) n’est pas lu ; les lignes vides sont ignorées.',
		'grid.header.not-found':
			'Nous n’avons pas trouvé de ligne de noms de colonnes. Les colonnes sont lues dans l’ordre nom, prénom, code postal, date de naissance, e-mail.',
		'grid.header.changed':
			'Maintenant {lines, plural, one {# ligne} other {# lignes}} (avant : {before, plural, one {# ligne} other {# lignes}}).',
		'grid.email.label': 'Quelle adresse e-mail utiliser ?',
		'grid.email.order': 'La première qui est remplie : {columns}',
		'grid.email.then': 'sinon',
		'grid.email.column': '« {column} »',
		'grid.email.only': 'Seulement « {column} »',
		'grid.email.used':
			'Adresse e-mail de « {column} » : {count, plural, one {ligne} other {lignes}} {lines}.',
		'grid.dup.later-copy':
			'Cette personne figure déjà à la ligne {line}. Cette ligne reviendra avec le code 2 : déjà enregistrée par la ligne {line}. Si vous la supprimez, elle ne vous est pas facturée.',
		'grid.status.copy': 'Doublon (ligne {line})',
		'grid.cell.warning': 'Ligne {line} : {warning}',
		'grid.summary.copies':
			'{count, plural, one {# ligne est un doublon et reviendra} other {# lignes sont des doublons et reviendront}} avec le code 2.',
		'grid.cost.without-copies':
			'Sans {count, plural, one {le doublon} other {les # doublons}} : {total}.'
	},
	en: {
		'grid.header.label': 'Row with the column names',
		'grid.header.row': 'Row {row}: {cells}',
		'grid.header.none': 'No row with column names: every row is a line',
		'grid.header.found':
			'We read row {row} as the row with the column names. What is above it (title, date) is not read; blank rows are skipped.',
		'grid.header.not-found':
			'We found no row with column names. The columns are read in the order last name, first name, postcode, birth date, e-mail.',
		'grid.header.changed':
			'Now {lines, plural, one {# line} other {# lines}} (before: {before, plural, one {# line} other {# lines}}).',
		'grid.email.label': 'Which e-mail address should be used?',
		'grid.email.order': 'The first one that is filled in: {columns}',
		'grid.email.then': 'otherwise',
		'grid.email.column': '“{column}”',
		'grid.email.only': 'Only “{column}”',
		'grid.email.used':
			'E-mail address from “{column}”: {count, plural, one {line} other {lines}} {lines}.',
		'grid.dup.later-copy':
			'This person is already on line {line}. This line will come back with code 2: already registered by line {line}. If you remove it, you do not pay for it.',
		'grid.status.copy': 'Duplicate (line {line})',
		'grid.cell.warning': 'Line {line}: {warning}',
		'grid.summary.copies':
			'{count, plural, one {# line is a duplicate and comes} other {# lines are duplicates and come}} back with code 2.',
		'grid.cost.without-copies':
			'Without {count, plural, one {the duplicate} other {the # duplicates}}: {total}.'
	}
});
