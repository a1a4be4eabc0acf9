import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/dev/seed';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import {
	db,
	get,
	login,
	post,
	sessionCookie,
	startPasswordUser,
	unique,
	userRow
} from './employee-helpers';
import { at, must } from '../must';

async function activeUser(password: string) {
	const email = unique('active');
	await insertCredentialUser(
		db(),
		{ name: 'Actief', email, kind: 'employee', status: 'active' },
		await hashSecret(password)
	);
	return email;
}

async function throttleRows() {
	return (
		await env.DB.prepare('select key, failures, locked_until from login_throttle').all<{
			key: string;
			failures: number;
			locked_until: number | null;
		}>()
	).results;
}

describe('login throttle', () => {
	beforeAll(async () => {
		await seedDemo(db());
	});

	it('locks an account after 5 failures, with a delay that grows', async () => {
		const password = 'a long and fine password';
		const email = await activeUser(password);
		for (let i = 1; i <= 5; i++) {
			const response = await login(email, 'wrong-password', `203.0.113.${i}`);
			expect(response.status).toBe(400);
		}
		// Locked now: even the right password is refused, from another IP too.
		const locked = await login(email, password, '203.0.113.99');
		expect(locked.status).toBe(429);
		expect(await locked.text()).toContain('Te veel pogingen');
		expect(sessionCookie(locked)).toBeUndefined();

		const lockedRows = (await throttleRows()).filter((r) => r.failures === 5);
		expect(lockedRows.length).toBeGreaterThan(0);
		const first = must(at(lockedRows, 0).locked_until, 'a lock end') - Date.now();
		expect(first).toBeGreaterThan(20_000);
		expect(first).toBeLessThanOrEqual(30_000);

		// Let the lock run out, fail once more: the next lock is twice as long.
		await env.DB.prepare('update login_throttle set locked_until = ? where failures = 5')
			.bind(Date.now() - 1)
			.run();
		expect((await login(email, 'wrong-again', '203.0.113.6')).status).toBe(400);
		const six = (await throttleRows()).find((r) => r.failures === 6)!;
		expect(six.locked_until! - Date.now()).toBeGreaterThan(50_000);
		expect(six.locked_until! - Date.now()).toBeLessThanOrEqual(60_000);
	});

	it('locks an IP after 20 failures across accounts, and only that IP', async () => {
		const password = 'another fine password';
		const email = await activeUser(password);
		for (let i = 0; i < 20; i++)
			expect((await login(unique('nobody'), 'wrong-password', '192.0.2.77')).status).toBe(400);
		expect((await login(email, password, '192.0.2.77')).status).toBe(429);
		const elsewhere = await login(email, password, '192.0.2.78');
		expect(elsewhere.status).toBe(303);
	});

	it('forgets an account’s failures after a successful login', async () => {
		const password = 'yet another fine password';
		const email = await activeUser(password);
		for (let i = 0; i < 4; i++) await login(email, 'wrong-password', '198.51.100.20');
		expect((await login(email, password, '198.51.100.20')).status).toBe(303);
		// Without the reset, the 5th failure overall would lock; it must not.
		for (let i = 0; i < 4; i++) await login(email, 'wrong-password', '198.51.100.21');
		expect((await login(email, password, '198.51.100.22')).status).toBe(303);
	});

	it('keeps no e-mail address or IP in clear in the throttle table', async () => {
		const rows = await throttleRows();
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.key).toMatch(/^[a-z-]+:[0-9a-f]{64}$/);
			expect(row.key).not.toMatch(/@|\d+\.\d+\.\d+/);
		}
	});

	it('answers an unknown address and a wrong password with the same words', async () => {
		const start = await startPasswordUser('Start-Pass-1234-abcd');
		const cases = [
			['unknown', unique('unknown')],
			['start password, wrong', start.email],
			['active, wrong', await activeUser('some fine password')]
		] as const;
		const times: Record<string, number[]> = {};
		for (let round = 0; round < 3; round++) {
			for (const [label, email] of cases) {
				const t0 = performance.now();
				const response = await login(email, `not-the-password-${round}`, `198.51.100.3${round}`);
				(times[label] ??= []).push(Math.round(performance.now() - t0));
				expect(response.status).toBe(400);
				expect(await response.text()).toContain('Het e-mailadres of het wachtwoord is niet juist.');
			}
		}
		// Informational (never asserted): every failure costs one full-strength hash.
		const median = (list: number[]) => [...list].sort((a, b) => a - b)[1];
		console.log(
			'login failure timings, median of 3 (ms)',
			Object.fromEntries(Object.entries(times).map(([label, list]) => [label, median(list)]))
		);
	});
});

describe('start password', () => {
	beforeAll(async () => {
		await seedDemo(db());
	});

	it('forces a password change before anything else, then stops working', async () => {
		const startPassword = 'Qx7-start-Pw-2026';
		const person = await startPasswordUser(startPassword);
		const first = await login(person.email, startPassword, '198.51.100.40');
		expect(first.status).toBe(303);
		expect(first.headers.get('location')).toBe('/wachtwoord-wijzigen');
		const cookie = sessionCookie(first)!;

		for (const path of ['/mijn', '/werkgever', '/beheer', '/', '/registreer', '/dev/mailbox']) {
			const response = await get(path, cookie);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe('/wachtwoord-wijzigen');
		}
		const api = await get('/api/v1/anything', cookie, { accept: 'application/json' });
		expect(api.status).toBe(403);
		expect(await api.json()).toEqual({ error: { code: 'password-change-required' } });

		const page = await get('/wachtwoord-wijzigen', cookie);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('startwachtwoord');

		const common = await post('/wachtwoord-wijzigen', { password: 'password123' }, { cookie });
		expect(common.status).toBe(400);
		expect(await common.text()).toContain('Veel mensen gebruiken dit wachtwoord');
		const short = await post('/wachtwoord-wijzigen', { password: 'kort' }, { cookie });
		expect(await short.text()).toContain('te kort');

		const chosen = 'mijn fiets staat aan de zee';
		const changed = await post('/wachtwoord-wijzigen', { password: chosen }, { cookie });
		expect(changed.status).toBe(303);
		expect(changed.headers.get('location')).toBe('/mijn?gewijzigd');
		const row = await userRow(person.id);
		expect(row).toMatchObject({
			mustChangePassword: false,
			status: 'active',
			startPasswordExpiresAt: null
		});
		const hash = await env.DB.prepare(
			"select password from account where user_id = ? and provider_id = 'credential'"
		)
			.bind(person.id)
			.first<{ password: string }>();
		expect(hash!.password).toMatch(/^scrypt\$ln=14,r=8,p=5\$/);

		expect((await get('/mijn', cookie)).status).toBe(200);
		expect((await login(person.email, startPassword, '198.51.100.41')).status).toBe(400);
		const again = await login(person.email, chosen, '198.51.100.41');
		expect(again.status).toBe(303);
		expect(again.headers.get('location')).toBe('/mijn');
	});

	it('refuses an expired start password without a session, and says so', async () => {
		const startPassword = 'Expired-Start-9876';
		const person = await startPasswordUser(startPassword, new Date(Date.now() - 1000));
		const response = await login(person.email, startPassword, '198.51.100.50');
		expect(response.status).toBe(400);
		const body = await response.text();
		expect(body).toContain('startwachtwoord is niet meer geldig');
		expect(body).toContain('werkgever of aan COLLECTIEF');
		expect(sessionCookie(response)).toBeUndefined();
		const sessions = await env.DB.prepare('select count(*) as n from session where user_id = ?')
			.bind(person.id)
			.first<{ n: number }>();
		expect(sessions!.n).toBe(0);

		// A wrong password on that account learns nothing about the expiry.
		const wrong = await login(person.email, 'not-it-at-all', '198.51.100.50');
		expect(await wrong.text()).toContain('niet juist');
	});
});
