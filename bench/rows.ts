/**
 * Row generators shared by the benchmarks: a deterministic PRNG, Belgian-looking names and
 * numbered people for the end-to-end runs. Deterministic, so runs are comparable.
 */

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Picks a random element of a list with the given PRNG. */
export const picker =
	(random: () => number) =>
	<T>(list: readonly T[]): T =>
		list[Math.floor(random() * list.length)] as T;

/** Two-digit day or month. */
export const pad2 = (value: number) => String(value).padStart(2, '0');

/** A random birth date in [fromYear, fromYear + years), days 1–28 so every month has them. */
export function randomBirth(random: () => number, fromYear: number, years: number) {
	const year = fromYear + Math.floor(random() * years);
	const month = 1 + Math.floor(random() * 12);
	const day = 1 + Math.floor(random() * 28);
	return { year, month, day, iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Last names: particles, apostrophes, diacritics, a double name, all three regions. */
export const LAST_NAMES = [
	'Peeters',
	'Janssens',
	'Maes',
	'Jacobs',
	'Mertens',
	'Willems',
	'Claes',
	'Goossens',
	'Wouters',
	'De Smet',
	'Van den Bossche',
	"D'Hondt",
	'Vandenberghe',
	'Van de Velde',
	'Van Damme',
	'Dubois',
	'Lambert',
	'Lefèvre',
	'Dupont',
	'Martin',
	'Leclercq',
	'El Amrani',
	'Yılmaz',
	'Nowak',
	'Nguyễn',
	'Müller',
	'De Coninck-Verhaegen'
];

export const FIRST_NAMES = [
	'Jan',
	'Marie',
	'Els',
	'Luc',
	'Sofie',
	'Bart',
	'An',
	'Tom',
	'Lotte',
	'Wout',
	'Noor',
	'Arthur',
	'Louise',
	'Nathalie',
	'Pieter-Jan',
	'Karel',
	'Hélène',
	'Jean-François',
	'Jean-Marc',
	'Zoë',
	'Noël',
	'Inès',
	'Mohammed',
	'Youssef',
	'Ayşe',
	'Anne-Sophie',
	'Léon',
	'Elif'
];

/**
 * Person number `i` as an API list row (Belgian date): unique by `lastName` + `i` and by
 * `email` + `i`, so a run can build a roster and lists that match it line for line.
 */
export function numberedPerson(i: number, lastName: string, email: string) {
	const year = 1960 + (i % 40);
	return {
		lastName: `${lastName}${i}`,
		firstName: ['Marie', 'Jan', 'Els', 'Luc', 'Sofie'][i % 5]!,
		postcode: ['1000', '2000', '9000', '8000'][i % 4]!,
		birthDate: `${pad2(1 + (i % 28))}/${pad2(1 + (i % 12))}/${year}`,
		email: `${email}${i}@bench.test`
	};
}
