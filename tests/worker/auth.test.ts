import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { seedDemo, DEMO } from '$lib/server/dev/seed';

import { SESSION_COOKIE } from '$lib/server/auth';
import { at, must } from '../must';
import { cookieValue, origin, postForm, setCookieLine } from './http';

function login(email: string, password: string, remember = false) {
	return postForm('/login', { email, password, ...(remember ? { remember: 'on' } : {}) });
}

/** The whole Set-Cookie line of the session cookie, attributes included. */
const sessionCookie = (response: Response) => setCookieLine(response);

describe('password login', () => {
	beforeAll(async () => {
		await seedDemo(getDb(env.DB));
	});

	it('logs the demo employer in and sends them to the employer area', async () => {
		const response = await login(DEMO.employer.email, DEMO.employer.password);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/werkgever');
		const cookie = sessionCookie(response);
		expect(cookie).toMatch(/^__Host-youp\.session=/);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/Secure/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(/Path=\//);
		expect(cookie).not.toMatch(/Domain=/i);
		// without "stay signed in" the cookie ends with the browser
		expect(cookie).not.toMatch(/Max-Age|Expires/i);

		const home = await exports.default.fetch(`${origin}/werkgever`, {
			headers: { cookie: must(cookieValue(response), 'a session cookie') }
		});
		expect(home.status).toBe(200);
		expect(await home.text()).toContain(DEMO.employer.name);
	});

	it('keeps a "stay signed in" session for 30 days', async () => {
		const response = await login(DEMO.staff.email, DEMO.staff.password, true);
		expect(response.headers.get('location')).toBe('/beheer');
		expect(sessionCookie(response)).toMatch(/Max-Age=2592000/);
	});

	it('answers a wrong password with the same words as an unknown e-mail', async () => {
		const wrong = await login(DEMO.employer.email, 'not-the-password');
		const unknown = await login('nobody@demo.test', 'not-the-password');
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		const [a, b] = [await wrong.text(), await unknown.text()];
		expect(a).toContain('niet juist');
		expect(b).toContain('niet juist');
		expect(sessionCookie(wrong)).toBeUndefined();
	});

	it('stores session tokens only as hashes', async () => {
		const response = await login(DEMO.employer.email, DEMO.employer.password);
		const value = must(cookieValue(response), 'a session cookie').slice(
			`${SESSION_COOKIE}=`.length
		);
		const raw = at(decodeURIComponent(value).split('.'), 0, 'the signed cookie value');
		const rows = await env.DB.prepare('select token from session').all<{ token: string }>();
		expect(rows.results.length).toBeGreaterThan(0);
		expect(rows.results.map((r) => r.token)).not.toContain(raw);
		expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.token))).toBe(true);
	});

	it('keeps each area to its own kind of user', async () => {
		const anonymous = await exports.default.fetch(`${origin}/beheer`, { redirect: 'manual' });
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe('/login?next=%2Fbeheer');

		const employer = must(
			cookieValue(await login(DEMO.employer.email, DEMO.employer.password)),
			'the employer session cookie'
		);
		const staffArea = await exports.default.fetch(`${origin}/beheer`, {
			headers: { cookie: employer },
			redirect: 'manual'
		});
		expect(staffArea.status).toBe(303);
		expect(staffArea.headers.get('location')).toBe('/werkgever');
	});
});
