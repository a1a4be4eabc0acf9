import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { seedDemo } from '$lib/server/dev/seed';
import { account } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { db, demoEmployerId, login, post, sessionCookie, unique } from './employee-helpers';

/**
 * Every check of a signed-in person's own password (changing it, starting two-step enrolment)
 * is throttled per account like sign-in: an attempt is reserved before the scrypt check, so a
 * session cannot buy unlimited guesses, even with 20 requests at once.
 */
const BURST = 20;
const PASSWORD = 'own-password-throttle-1';
const NEW_PASSWORD = 'a-brand-new-choice-77';

async function person(kind: 'employee' | 'staff') {
	const email = unique(`own-${kind}`);
	const id = await insertCredentialUser(
		db(),
		{
			name: 'Own Password',
			email,
			kind,
			origin: 'seed',
			emailVerified: true,
			...(kind === 'employee' ? { employerId: await demoEmployerId() } : {})
		},
		await hashSecret(PASSWORD)
	);
	const cookie = sessionCookie(await login(email, PASSWORD, '198.51.100.77'));
	if (!cookie) throw new Error('no session');
	return { id, email, cookie };
}

const hashOf = async (userId: string) =>
	(await db()
		.select({ password: account.password })
		.from(account)
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')))
		.get())!.password;

const statuses = (responses: Response[]) => responses.map((r) => r.status);
const count = (list: number[], value: number) => list.filter((s) => s === value).length;

describe('own-password checks are throttled per account', () => {
	beforeAll(async () => {
		await seedDemo(db());
	}, 60_000);

	it('changing the password: 20 simultaneous wrong guesses, at most 5 checked, then locked', async () => {
		const me = await person('employee');
		const before = await hashOf(me.id);
		// Warm-up without a password check (the new password is refused first): not an attempt.
		const warm = await post(
			'/wachtwoord-wijzigen',
			{ current: 'x', password: 'short' },
			{ cookie: me.cookie }
		);
		expect(warm.status).toBe(400);
		const guesses = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				post(
					'/wachtwoord-wijzigen',
					{ current: `wrong-guess-${i}`, password: NEW_PASSWORD },
					{ cookie: me.cookie }
				)
			)
		);
		const codes = statuses(guesses);
		expect(count(codes, 400)).toBeLessThanOrEqual(5);
		expect(count(codes, 400) + count(codes, 429)).toBe(BURST);
		const refused = guesses.find((r) => r.status === 429)!;
		expect(await refused.text()).toContain('Te veel pogingen');

		const right = await post(
			'/wachtwoord-wijzigen',
			{ current: PASSWORD, password: NEW_PASSWORD },
			{ cookie: me.cookie }
		);
		expect(right.status).toBe(429);
		expect(await hashOf(me.id)).toBe(before);
	});

	it('a right current password (under the limit) clears the attempts', async () => {
		const me = await person('employee');
		for (let i = 0; i < 3; i++)
			expect(
				(
					await post(
						'/wachtwoord-wijzigen',
						{ current: `wrong-${i}`, password: NEW_PASSWORD },
						{ cookie: me.cookie }
					)
				).status
			).toBe(400);
		const right = await post(
			'/wachtwoord-wijzigen',
			{ current: PASSWORD, password: NEW_PASSWORD },
			{ cookie: me.cookie }
		);
		expect(right.status).toBe(303);
		// Cleared: five fresh wrong guesses are checked again before the lock.
		const next = sessionCookie(await login(me.email, NEW_PASSWORD, '198.51.100.78'))!;
		const again = [];
		for (let i = 0; i < 5; i++)
			again.push(
				(
					await post(
						'/wachtwoord-wijzigen',
						{ current: `again-${i}`, password: PASSWORD },
						{ cookie: next }
					)
				).status
			);
		expect(again).toEqual([400, 400, 400, 400, 400]);
	});

	it('starting two-step enrolment: 20 simultaneous wrong passwords, at most 5 checked, then locked', async () => {
		const me = await person('staff');
		const guesses = await Promise.all(
			Array.from({ length: BURST }, (_, i) =>
				post(
					'/beheer/tweestaps-instellen?/start',
					{ password: `wrong-${i}` },
					{ cookie: me.cookie }
				)
			)
		);
		const codes = statuses(guesses);
		expect(count(codes, 400)).toBeLessThanOrEqual(5);
		expect(count(codes, 400) + count(codes, 429)).toBe(BURST);
		const right = await post(
			'/beheer/tweestaps-instellen?/start',
			{ password: PASSWORD },
			{ cookie: me.cookie }
		);
		expect(right.status).toBe(429);
		expect(await right.text()).not.toContain('otpauth://');
	});
});
