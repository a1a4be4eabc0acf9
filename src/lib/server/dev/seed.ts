import { eq } from 'drizzle-orm';
import { symmetricEncrypt } from 'better-auth/crypto';
import { matchingKey } from '$lib/registration';
import type { Db } from '../db';
import { member, organization, rosterEntry, twoFactor, user } from '../db/schema';
import { insertCredentialUser } from '../auth/credential-user';
import { createApiToken } from '../api/tokens';
import { hashSecret } from '../security/scrypt';
import { newId } from '../db/ids';
import { DEMO_ROSTER, demoEmail } from './demo-roster.js';

export { DEMO_ROSTER };

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
		token: 'demo-employer-token',
		/** KBO/BCE number, ten digits: 0123.456.749. */
		enterpriseNumber: '0123456749'
	}
} as const;

/** The first three roster people already registered themselves: a list naming them gets code 2. */
const ALREADY_ACTIVE = 3;

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
		.values({
			name: DEMO.employer.name,
			slug: 'demo-maatwerk',
			kind: 'employer',
			// a made-up number whose check digits are right (97 − 01234567 mod 97 = 49)
			enterpriseNumber: DEMO.employer.enterpriseNumber
		})
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
		email: demoEmail(firstName, lastName),
		matchKey: matchingKey({ lastName, firstName, birthDate, postcode })
	}));
	const [first, ...rest] = roster.map((entry) => db.insert(rosterEntry).values(entry));
	if (!first) throw new Error('The demo roster is empty');
	await db.batch([first, ...rest]);

	for (const [index, entry] of roster.slice(0, ALREADY_ACTIVE).entries()) {
		const { lastName, firstName, birthDate, postcode } = entry;
		await insertCredentialUser(
			db,
			{
				name: `${firstName} ${lastName}`,
				email: demoEmail(firstName, lastName),
				emailVerified: true,
				kind: 'employee',
				status: 'active',
				origin: 'self',
				employerId: employer.id,
				rosterEntryId: entry.id,
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
