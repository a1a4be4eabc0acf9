import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DEMO, seedDemo } from '$lib/server/dev/seed';
import { loginThrottle } from '$lib/server/db/schema';
import { throttleKey } from '$lib/server/auth/throttle';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { totpAt } from '../fixtures/backoffice/totp';
import { seedWithTotp, unusedStep } from './backoffice-helpers';
import { cookieValue, TWO_FACTOR_COOKIE } from './http';
import { appNow, setAppClock } from './clock';
import {
	db,
	demoEmployerId,
	get,
	login,
	post,
	sessionCookie,
	startPasswordUser,
	unique
} from './employee-helpers';

/**
 * Every throttle under a burst of simultaneous requests: an attempt is reserved in one statement
 * before the work it guards (a password or code check, a mail), so no more than the limit get
 * through, however many arrive at once.
 */
const BURST = 20;
const PASSWORD = 'throttle-test-password-1';

let ipCounter = 0;
const freshIp = () => `203.0.113.${(ipCounter++ % 250) + 1}`;
const freshIps = (n: number) => Array.from({ length: n }, freshIp);

async function attempts(prefix: string, value: string) {
	const key = await throttleKey(env.AUTH_SECRET, prefix, value);
	const row = await db().select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
	return row?.failures ?? 0;
}

async function account(email = unique('throttle')) {
	await insertCredentialUser(
		db(),
		{
			name: 'Throttle Person',
			email,
			kind: 'employee',
			origin: 'seed',
			emailVerified: true,
			employerId: await demoEmployerId()
		},
		await hashSecret(PASSWORD)
	);
	return email;
}

const statuses = (responses: Response[]) => responses.map((r) => r.status);
const count = (list: number[], value: number) => list.filter((s) => s === value).length;

/**
 * Mails to these addresses. Mails go out after the answer (waitUntil): the bursts are sent
 * `settled`, so when they have returned, every mail they will ever send is here.
 */
async function mailCount(addresses: string[]) {
	const placeholders = addresses.map(() => '?').join(',');
	const row = await env.DB.prepare(
		`select count(*) as n from dev_mail where "to" in (${placeholders})`
	)
		.bind(...addresses)
		.first<{ n: number }>();
	return row!.n;
}

describe('throttles under 20 simultaneous requests', () => {
	beforeAll(async () => {
		await seedWithTotp();
		await seedDemo(db());
		// Load each route once before its burst: in the test pool a route module is fetched on its
		// first request, and twenty first requests at once would share that request-bound load
		// ("Cannot perform I/O on behalf of a different request"). The built worker has no such load.
		for (const path of ['/login', '/login/tweestaps', '/wachtwoord-vergeten', '/registreer'])
			await get(path);
	});

	it('login per account: at most 5 passwords are checked, then even the right one waits', async () => {
		const email = await account();
		const ips = freshIps(BURST);
		const burst = await Promise.all(ips.map((ip) => login(email, 'a wrong guess 123', ip)));
		const seen = statuses(burst);
		expect(count(seen, 400)).toBe(5);
		expect(count(seen, 429)).toBe(BURST - 5);
		expect(await attempts('account', email)).toBe(5);
		// a refused attempt checked nothing, so it costs its IP nothing either
		const perIp = await Promise.all(ips.map((ip) => attempts('ip', ip)));
		expect(perIp.reduce((a, b) => a + b, 0)).toBe(5);
		const right = await login(email, PASSWORD, freshIp());
		expect(right.status).toBe(429);
		expect(sessionCookie(right)).toBeUndefined();
	});

	it('login per IP: at most 20 passwords are checked from one address', async () => {
		const ip = freshIp();
		const emails = Array.from({ length: BURST + 10 }, () => unique('ip-guess'));
		const seen = statuses(await Promise.all(emails.map((e) => login(e, 'a wrong guess 123', ip))));
		expect(count(seen, 400)).toBe(20);
		expect(count(seen, 429)).toBe(10);
		expect(await attempts('ip', ip)).toBe(20);
	});

	it('a successful login clears the account count and gives the IP its attempt back', async () => {
		const email = await account();
		const ip = freshIp();
		for (let i = 0; i < 4; i++)
			expect((await login(email, 'wrong guess 123', ip)).status).toBe(400);
		expect(await attempts('account', email)).toBe(4);
		expect((await login(email, PASSWORD, ip)).status).toBe(303);
		expect(await attempts('account', email)).toBe(0);
		expect(await attempts('ip', ip)).toBe(4);
		// an office behind one address logs in all day long
		for (let i = 0; i < 25; i++) expect((await login(email, PASSWORD, ip)).status).toBe(303);
	});

	it('second factor per user: at most 5 codes are checked, then even the right one waits', async () => {
		const staffId = await seedWithTotp();
		const first = await login(DEMO.staff.email, DEMO.staff.password, freshIp());
		const challenge = cookieValue(first, TWO_FACTOR_COOKIE);
		expect(challenge).toBeTruthy();
		const step = await unusedStep();
		const right = totpAt(DEMO.staff.totpSecret, step);
		const wrongCodes = Array.from({ length: BURST }, (_, i) =>
			String((Number(right) + 1 + i * 7919) % 1_000_000).padStart(6, '0')
		);
		const burst = await Promise.all(
			wrongCodes.map((code) => post('/login/tweestaps', { code }, { cookie: challenge }))
		);
		const texts = await Promise.all(burst.map((r) => r.text()));
		const checked = texts.filter((t) => t.includes('Deze code is niet juist')).length;
		expect(checked).toBeLessThanOrEqual(5);
		expect(await attempts('totp', staffId)).toBeLessThanOrEqual(5);

		// the right code on a fresh challenge is refused while the user is locked
		const again = await login(DEMO.staff.email, DEMO.staff.password, freshIp());
		const locked = await post(
			'/login/tweestaps',
			{ code: right },
			{ cookie: cookieValue(again, TWO_FACTOR_COOKIE) }
		);
		expect(cookieValue(locked)).toBeUndefined();

		// after the pause (the clock moves, nobody waits) the right code works and clears the count
		setAppClock(new Date(appNow().getTime() + 16 * 60_000));
		const later = await login(DEMO.staff.email, DEMO.staff.password, freshIp());
		const code = totpAt(DEMO.staff.totpSecret, await unusedStep());
		const ok = await post(
			'/login/tweestaps',
			{ code },
			{ cookie: cookieValue(later, TWO_FACTOR_COOKIE) }
		);
		expect(ok.status).toBe(303);
		expect(await attempts('totp', staffId)).toBe(0);
	});

	it('reset mails per address: at most 3 go out', async () => {
		const person = await startPasswordUser('Start-Pass-Throttle-1');
		const burst = await Promise.all(
			freshIps(BURST).map((ip) =>
				post('/wachtwoord-vergeten', { email: person.email }, { ip, settled: true })
			)
		);
		expect(new Set(statuses(burst))).toEqual(new Set([303]));
		expect(await mailCount([person.email])).toBe(3);
	});

	it('reset mails per IP: at most 20 go out from one address', async () => {
		const people = await Promise.all(
			Array.from({ length: BURST + 5 }, () => startPasswordUser('Start-Pass-Throttle-2'))
		);
		const ip = freshIp();
		const burst = await Promise.all(
			people.map((p) => post('/wachtwoord-vergeten', { email: p.email }, { ip, settled: true }))
		);
		expect(new Set(statuses(burst))).toEqual(new Set([303]));
		expect(await mailCount(people.map((p) => p.email))).toBe(20);
	});

	const registration = (email: string, employerId: string) => ({
		lastName: 'Onbekend',
		firstName: 'Niemand',
		birthDate: '01/01/1980',
		postcode: '9000',
		email,
		employerId
	});

	it('self-registrations per address: at most 3 go through', async () => {
		const employerId = await demoEmployerId();
		const email = unique('register-burst');
		const burst = await Promise.all(
			freshIps(BURST).map((ip) =>
				post('/registreer', registration(email, employerId), { ip, settled: true })
			)
		);
		expect(new Set(statuses(burst))).toEqual(new Set([303]));
		expect(await mailCount([email])).toBe(3);
	});

	it('self-registrations per IP: at most 20 go through from one address', async () => {
		const employerId = await demoEmployerId();
		const ip = freshIp();
		const emails = Array.from({ length: BURST + 5 }, () => unique('register-ip'));
		const burst = await Promise.all(
			emails.map((email) =>
				post('/registreer', registration(email, employerId), { ip, settled: true })
			)
		);
		expect(new Set(statuses(burst))).toEqual(new Set([303]));
		expect(await mailCount(emails)).toBe(20);
	});
});
