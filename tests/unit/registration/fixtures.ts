import fc from 'fast-check';
import { BELGIAN_POSTCODES, formatBirthDateBelgian, type RegistrationRow } from '$lib/registration';

/** Submission date used throughout the tests. */
export const TODAY = '2026-11-23';

export const LAST_NAMES = [
	'Peeters',
	'Janssens',
	'Van den Bossche',
	"D'Hondt",
	'De Smet',
	'Vandenberghe',
	'Lefèvre',
	'Dubois',
	'Van de Velde',
	'Müller',
	'Çelik',
	'El Idrissi',
	'Nguyễn',
	'Dupont-Lejeune',
	'Verhaegen'
];

export const FIRST_NAMES = [
	'Jan',
	'Marie',
	'Anne-Marie',
	'Hélène',
	'Jean-François',
	'Lotte',
	'Zoë',
	'Noël',
	'Mohammed',
	'Ana Lúcia',
	'Bart',
	'Inès'
];

export const VALID_POSTCODES = [...BELGIAN_POSTCODES].filter((p) => p >= '1000');

/** A valid row (ages 15–100 at {@link TODAY}). */
export const validRowArb: fc.Arbitrary<RegistrationRow> = fc
	.record({
		lastName: fc.constantFrom(...LAST_NAMES),
		firstName: fc.constantFrom(...FIRST_NAMES),
		postcode: fc.constantFrom(...VALID_POSTCODES),
		// Born between 1926-11-24 (age 99) and 2011-11-23 (age exactly 15).
		birth: fc.date({
			min: new Date('1926-11-24T00:00:00Z'),
			max: new Date('2011-11-23T00:00:00Z'),
			noInvalidDate: true
		}),
		local: fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}[a-z0-9]$/).filter((s) => !s.includes('..')),
		domain: fc.constantFrom('example.be', 'telenet.be', 'skynet.be', 'mail.example.com')
	})
	.map(({ birth, local, domain, ...rest }) => ({
		...rest,
		birthDate: formatBirthDateBelgian(birth.toISOString().slice(0, 10)),
		email: `${local}@${domain}`
	}));

/** Perturbs a name without changing who it names: case, accents, spacing, invisible characters. */
export const perturbName = (name: string): fc.Arbitrary<string> =>
	fc
		.array(
			fc.record({
				upper: fc.boolean(),
				strip: fc.boolean(),
				accent: fc.boolean(),
				gap: fc.constantFrom('', '', '', ' ', '  ', '\u00A0', '\u200B', '\t')
			}),
			{ minLength: name.length, maxLength: name.length }
		)
		.map((choices) =>
			[...name]
				.map((ch, i) => {
					const c = choices[i];
					if (!c) return ch;
					let out = c.upper ? ch.toUpperCase() : ch.toLowerCase();
					if (c.strip) out = out.normalize('NFD').replace(/\p{M}/gu, '');
					if (c.accent && /\p{L}/u.test(out)) out += '\u0301';
					return c.gap + out;
				})
				.join('')
		)
		.map((s) => ` ${s}  `);
