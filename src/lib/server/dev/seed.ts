import { eq } from 'drizzle-orm';
import { symmetricEncrypt } from 'better-auth/crypto';
import { matchingKey } from '$lib/registration';
import type { Db } from '../db';
import { member, organization, rosterEntry, twoFactor, user } from '../db/schema';
import { insertCredentialUser } from '../accounts/credentials';
import { createApiToken } from '../api/tokens';
import { hashSecret } from '../security/scrypt';
import { newId } from '../db/ids';

/** The demo logins printed by `npm start` and listed in the README. Local only. */
export const DEMO = {
	staff: {
		email: 'staff@demo.test',
		password: 'demo-staff-2026',
		token: 'demo-staff-token',
		/** Base32 TOTP secret of the demo staff login (add it to an authenticator app, or `npm run demo:totp`). */
		totpSecret: 'YOUPDEMOSTAFFTOTPSECRET234567ABC'
	},
	employer: {
		name: 'Demo Maatwerk vzw',
		email: 'werkgever@demo.test',
		password: 'demo-werkgever-2026',
		token: 'demo-employer-token'
	}
} as const;

type Person = [lastName: string, firstName: string, birthDate: string, postcode: string];

/** 44 realistic Belgian staff: particles, diacritics, double first names, all three regions. */
export const DEMO_ROSTER: Person[] = [
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

/** The first three roster people already registered themselves: a list naming them gets code 2. */
const ALREADY_ACTIVE = 3;

function slugEmail(first: string, last: string): string {
	const plain = `${first}.${last}`
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.replace(/ł/g, 'l')
		.toLowerCase()
		.replace(/[^a-z.]+/g, '');
	return `${plain}@demo.test`;
}

/**
 * Creates the demo organisations, logins, tokens and roster. Idempotent: a second run changes
 * nothing. The caller must make sure this only ever runs against a local database.
 */
export async function seedDemo(
	db: Db,
	options: { authSecret?: string } = {}
): Promise<{ created: boolean }> {
	const existing = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, DEMO.staff.email))
		.get();
	if (existing) return { created: false };

	const collectief = await db
		.insert(organization)
		.values({ name: 'COLLECTIEF', slug: 'collectief', kind: 'collectief' })
		.returning({ id: organization.id })
		.get();
	const employer = await db
		.insert(organization)
		.values({ name: DEMO.employer.name, slug: 'demo-maatwerk', kind: 'employer' })
		.returning({ id: organization.id })
		.get();

	const staffId = await insertCredentialUser(
		db,
		{
			name: 'Sam Staff',
			email: DEMO.staff.email,
			emailVerified: true,
			kind: 'staff',
			origin: 'seed',
			twoFactorEnabled: !!options.authSecret
		},
		await hashSecret(DEMO.staff.password)
	);
	// Staff log in with a TOTP code. better-auth keeps the secret encrypted under AUTH_SECRET, so
	// without it (some tests) the demo staff user simply has to enrol on first login.
	if (options.authSecret) {
		const key = options.authSecret;
		await db.insert(twoFactor).values({
			userId: staffId,
			secret: await symmetricEncrypt({ key, data: `base32:${DEMO.staff.totpSecret}` }),
			backupCodes: await symmetricEncrypt({ key, data: '[]' }),
			verified: true
		});
	}
	const ownerId = await insertCredentialUser(
		db,
		{
			name: 'Wendy Werkgever',
			email: DEMO.employer.email,
			emailVerified: true,
			kind: 'employer',
			origin: 'seed'
		},
		await hashSecret(DEMO.employer.password)
	);
	await db.insert(member).values([
		{ organizationId: collectief.id, userId: staffId, role: 'staff' },
		{ organizationId: employer.id, userId: ownerId, role: 'owner' }
	]);

	// D1 binds at most 100 parameters per statement: one insert per person, sent as one batch.
	const roster = DEMO_ROSTER.map(([lastName, firstName, birthDate, postcode]) => ({
		id: newId(),
		employerId: employer.id,
		lastName,
		firstName,
		birthDate,
		postcode,
		email: slugEmail(firstName, lastName),
		matchKey: matchingKey({ lastName, firstName, birthDate, postcode })
	}));
	const [first, ...rest] = roster.map((entry) => db.insert(rosterEntry).values(entry));
	await db.batch([first, ...rest]);

	for (const [index, [lastName, firstName, birthDate, postcode]] of DEMO_ROSTER.slice(
		0,
		ALREADY_ACTIVE
	).entries()) {
		await insertCredentialUser(
			db,
			{
				name: `${firstName} ${lastName}`,
				email: slugEmail(firstName, lastName),
				emailVerified: true,
				kind: 'employee',
				status: 'active',
				origin: 'self',
				employerId: employer.id,
				rosterEntryId: roster[index].id,
				lastName,
				firstName,
				birthDate,
				postcode
			},
			await hashSecret(`demo-employee-${index + 1}-2026`)
		);
	}

	await createApiToken(
		db,
		{ kind: 'staff', organisationId: null, label: 'Demo staff token', createdBy: staffId },
		DEMO.staff.token
	);
	await createApiToken(
		db,
		{
			kind: 'employer',
			organisationId: employer.id,
			label: 'Demo payroll token',
			createdBy: ownerId
		},
		DEMO.employer.token
	);
	return { created: true };
}
