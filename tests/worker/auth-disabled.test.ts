import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { seedDemo } from '$lib/server/dev/seed';
import { member, organization, session, user } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { createApiToken } from '$lib/server/api/tokens';
import { disableAccount } from '$lib/server/backoffice/accounts';
import { newId } from '$lib/server/db/ids';
import {
	db,
	demoEmployerId,
	get,
	linkIn,
	login,
	mailTo,
	mailsTo,
	post,
	sessionCookie
} from './employee-helpers';
import { cookieValue, TWO_FACTOR_COOKIE } from './http';

/**
 * A disabled account (user.status = 'disabled') is shut out of every kind of access, whatever its
 * kind: no new session, no existing session, no reset, no API token, no partner hand-off.
 */
const PASSWORD = 'disabled-test-password-1';
type Kind = 'employee' | 'employer' | 'staff';
const KINDS: Kind[] = ['employee', 'employer', 'staff'];
const HOME: Record<Kind, string> = { employee: '/mijn', employer: '/werkgever', staff: '/beheer' };

let ipCounter = 0;
/** Each login from its own address, so the per-IP throttle plays no part here. */
const nextIp = () => `198.51.100.${(ipCounter++ % 200) + 20}`;

async function makeAccount(kind: Kind) {
	const email = `disabled-${kind}-${newId().slice(0, 10).toLowerCase()}@test.example`;
	let orgId: string | null = null;
	if (kind === 'employer') {
		orgId = newId();
		await db()
			.insert(organization)
			.values({ id: orgId, name: `Org ${orgId}`, slug: `d-${orgId.toLowerCase()}` });
	}
	const id = await insertCredentialUser(
		db(),
		{
			name: `${kind} person`,
			email,
			kind,
			origin: 'seed',
			emailVerified: true,
			...(kind === 'employee' ? { employerId: await demoEmployerId() } : {})
		},
		await hashSecret(PASSWORD)
	);
	if (orgId) await db().insert(member).values({ organizationId: orgId, userId: id, role: 'owner' });
	const token =
		kind === 'employee'
			? null
			: (
					await createApiToken(db(), {
						kind: kind === 'staff' ? 'staff' : 'employer',
						organisationId: orgId,
						label: 'disabled test',
						createdBy: id
					})
				).token;
	return { id, email, kind, token };
}

/** The status the API answers for this account's token (401: the token does not work). */
async function apiStatus(account: { kind: Kind; token: string | null }) {
	const headers = { authorization: `Bearer ${account.token}`, 'content-type': 'application/json' };
	const { exports } = await import('cloudflare:workers');
	const response =
		account.kind === 'staff'
			? await exports.default.fetch('http://127.0.0.1/api/v1/employers', {
					method: 'POST',
					headers,
					body: '{}'
				})
			: await exports.default.fetch('http://127.0.0.1/api/v1/batches/unknown-batch', { headers });
	return response.status;
}

/** Disables the way any staff action does at its core: the status only (sessions untouched). */
const setDisabled = (id: string) =>
	db().update(user).set({ status: 'disabled' }).where(eq(user.id, id));

describe('a disabled account', () => {
	beforeAll(async () => {
		await seedDemo(db());
	});

	for (const kind of KINDS) {
		it(`${kind}: its open session stops resolving, and it signs in no more`, async () => {
			const account = await makeAccount(kind);
			const before = await login(account.email, PASSWORD, nextIp());
			expect(before.status).toBe(303);
			const cookie = sessionCookie(before)!;
			expect(cookie).toBeTruthy();
			const area = await get(HOME[kind], cookie);
			// staff without a second factor are sent to enrol first: still signed in
			expect(area.headers.get('location') ?? '').not.toMatch(/^\/login/);
			if (account.token) expect(await apiStatus(account)).not.toBe(401);

			await setDisabled(account.id);

			const after = await get(HOME[kind], cookie);
			expect(after.status).toBe(303);
			expect(after.headers.get('location')).toMatch(/^\/login/);
			// and the session is gone from the database too
			expect(await db().select().from(session).where(eq(session.userId, account.id)).all()).toEqual(
				[]
			);

			const refused = await login(account.email, PASSWORD, nextIp());
			const wrong = await login('nobody-here@test.example', 'not-the-password', nextIp());
			expect(refused.status).toBe(400);
			expect(sessionCookie(refused)).toBeUndefined();
			const message = (html: string) => /role="alert">\s*<p>([^<]*)</.exec(html)?.[1];
			const [a, b] = [await refused.text(), await wrong.text()];
			expect(a).toContain('niet juist');
			expect(message(a)).toBe(message(b));

			if (account.token) expect(await apiStatus(account)).toBe(401);
		});

		it(`${kind}: gets no reset mail, and a link sent before stops working`, async () => {
			const account = await makeAccount(kind);
			const ip = nextIp();
			expect((await post('/wachtwoord-vergeten', { email: account.email }, { ip })).status).toBe(
				303
			);
			const [mail] = await mailTo(account.email);
			const link = linkIn(mail!.text, '/wachtwoord-herstellen');
			const token = new URL(link, 'http://x').searchParams.get('token')!;

			await setDisabled(account.id);

			const asked = await post(
				'/wachtwoord-vergeten',
				{ email: account.email },
				{ ip, settled: true }
			);
			expect(asked.status).toBe(303);
			expect(await mailsTo(account.email)).toHaveLength(1);

			const form = await get(link);
			expect(await form.text()).toContain('Deze link werkt niet meer');
			const reset = await post(link, { token, password: 'een heel nieuw wachtwoord 9' });
			expect(reset.status).toBe(400);
			expect((await login(account.email, 'een heel nieuw wachtwoord 9', nextIp())).status).toBe(
				400
			);
		});
	}

	it('employee: no partner hand-off with a session opened before', async () => {
		const account = await makeAccount('employee');
		const cookie = sessionCookie(await login(account.email, PASSWORD, nextIp()))!;
		const before = await get('/mijn/partner/benefits-at-work', cookie);
		expect(before.headers.get('location') ?? '').not.toMatch(/^\/login/);
		await setDisabled(account.id);
		const after = await get('/mijn/partner/benefits-at-work', cookie);
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
	});

	it('staff: a second-factor challenge begun before does not become a session', async () => {
		const { seedWithTotp, unusedStep } = await import('./backoffice-helpers');
		const { totpAt } = await import('../fixtures/backoffice/totp');
		const { DEMO } = await import('$lib/server/dev/seed');
		const staffId = await seedWithTotp();
		const first = await login(DEMO.staff.email, DEMO.staff.password, nextIp());
		const challenge = cookieValue(first, TWO_FACTOR_COOKIE);
		expect(challenge).toBeTruthy();
		await setDisabled(staffId);
		try {
			const code = totpAt(DEMO.staff.totpSecret, await unusedStep());
			const second = await post('/login/tweestaps', { code }, { cookie: challenge });
			expect(sessionCookie(second)).toBeUndefined();
			expect(await db().select().from(session).where(eq(session.userId, staffId)).all()).toEqual(
				[]
			);
		} finally {
			await db().update(user).set({ status: 'active' }).where(eq(user.id, staffId));
		}
	});

	it('staff "disable" ends the sessions and pending reset links at once', async () => {
		const account = await makeAccount('employee');
		const cookie = sessionCookie(await login(account.email, PASSWORD, nextIp()))!;
		await post('/wachtwoord-vergeten', { email: account.email }, { ip: nextIp() });
		expect(await mailTo(account.email)).toHaveLength(1);
		const staff = await db().select().from(user).where(eq(user.kind, 'staff')).get();
		expect(await disableAccount({ db: db(), env }, account.id, staff!.id)).toBe(true);
		expect(await db().select().from(session).where(eq(session.userId, account.id)).all()).toEqual(
			[]
		);
		const pending = await env.DB.prepare('select count(*) as n from verification where value = ?')
			.bind(account.id)
			.first<{ n: number }>();
		expect(pending?.n).toBe(0);
		expect((await get('/mijn', cookie)).headers.get('location')).toMatch(/^\/login/);
	});
});
