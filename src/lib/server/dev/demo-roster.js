// The demo roster, in plain JavaScript so that seed.ts, the e2e tests and the fixture script
// (tests/fixtures/backoffice/make-fixtures.mjs, run by plain node) all read the same people.

/**
 * 44 realistic Belgian staff: particles, diacritics, double first names, all three regions.
 * @type {ReadonlyArray<readonly [lastName: string, firstName: string, birthDate: string, postcode: string]>}
 */
export const DEMO_ROSTER = [
	['Van den Bossche', 'Marie', '1986-04-12', '9000'],
	['Peeters', 'Jan', '1979-11-03', '2000'],
	['Janssens', 'Els', '1990-02-28', '3000'],
	['Maes', 'Luc', '1968-07-19', '8000'],
	['Jacobs', 'Sofie', '1995-09-30', '3500'],
	['Mertens', 'Bart', '1983-01-15', '2800'],
	['Willems', 'An', '1972-06-06', '9300'],
	['Claes', 'Tom', '1999-12-24', '2300'],
	['Goossens', 'Nathalie', '1988-03-09', '9100'],
	['Wouters', 'Pieter-Jan', '1993-08-17', '3000'],
	['De Smet', 'Karel', '1965-05-01', '9000'],
	['Dubois', 'François', '1977-10-22', '1000'],
	['Lambert', 'Hélène', '1984-12-02', '4000'],
	['Dupont', 'Jean-Marc', '1970-04-04', '5000'],
	["D'Hondt", 'Lies', '1991-07-07', '8500'],
	['Van Damme', 'Joke', '1987-02-14', '9200'],
	['Vandenberghe', 'Dirk', '1962-09-09', '8800'],
	['De Clercq', 'Griet', '1980-11-30', '9800'],
	['Verstraete', 'Ilse', '1975-03-21', '8400'],
	['El Amrani', 'Youssef', '1992-06-18', '1080'],
	['Yılmaz', 'Ayşe', '1989-01-26', '3600'],
	['Nowak', 'Małgorzata', '1985-05-05', '1030'],
	['Van de Velde', 'Marie-Louise', '1966-08-08', '9000'],
	['Desmet', 'Kristof', '1994-10-10', '8500'],
	['Lemaire', 'Céline', '1982-04-27', '7000'],
	['Renard', 'Gaëlle', '1996-12-12', '6000'],
	['Martin', 'Noël', '1971-12-25', '1300'],
	['Simon', 'Zoë', '2000-01-01', '3001'],
	['Leclercq', 'Thérèse', '1963-02-02', '7500'],
	['Van Acker', 'Jef', '1978-09-14', '9000'],
	['Vermeulen', 'Sarah', '1997-03-03', '2000'],
	['Pauwels', 'Ann-Sophie', '1990-05-20', '2200'],
	['Cools', 'Wim', '1981-06-11', '2400'],
	['Michiels', 'Eline', '1998-07-29', '3200'],
	['Hermans', 'Koen', '1974-08-31', '3500'],
	['De Backer', 'Inge', '1969-10-05', '9300'],
	['Diallo', 'Mamadou', '1987-11-11', '1070'],
	['Ferreira', 'João', '1983-04-16', '1060'],
	['Müller', 'Jürgen', '1967-01-09', '4700'],
	['Van der Linden', 'Anne-Marie', '1976-03-13', '1800'],
	['Baert', 'Ruben', '2001-09-19', '8000'],
	['Segers', 'Lotte', '1993-02-22', '2500'],
	['Verhoeven', 'Jonas', '1985-12-08', '2000'],
	['Çelik', 'Emre', '1991-04-01', '1210']
];

/**
 * The e-mail address the seed gives a roster person: first.last, folded to a-z, at demo.test.
 * @param {string} first
 * @param {string} last
 * @returns {string}
 */
export function demoEmail(first, last) {
	const plain = `${first}.${last}`
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.replace(/ł/g, 'l')
		.toLowerCase()
		.replace(/[^a-z.]+/g, '');
	return `${plain}@demo.test`;
}
