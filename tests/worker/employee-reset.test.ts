import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/dev/seed';
import {
	db,
	get,
	linkIn,
	login,
	mailTo,
	mailsTo,
	post,
	startPasswordUser,
	unique,
	userRow
} from './employee-helpers';

describe('forgot password', () => {
	beforeAll(async () => {
		await seedDemo(db());
	});

	it('mails a single-use link whose token is stored only hashed', async () => {
		const person = await startPasswordUser('Old-Start-Pass-55');
		const asked = await post(
			'/wachtwoord-vergeten',
			{ email: person.email },
			{ ip: '203.0.113.60' }
		);
		expect(asked.status).toBe(303);
		expect(asked.headers.get('location')).toBe('/wachtwoord-vergeten?verstuurd');

		const [mail] = await mailTo(person.email);
		expect(mail.subject).toContain('nieuw wachtwoord');
		const link = linkIn(mail.text, '/wachtwoord-herstellen');
		const token = new URL(link, 'http://x').searchParams.get('token')!;
		const stored = await env.DB.prepare('select identifier, value from verification').all<{
			identifier: string;
			value: string;
		}>();
		expect(stored.results.length).toBeGreaterThan(0);
		for (const row of stored.results) {
			expect(row.identifier).not.toContain(token);
			expect(row.identifier).toMatch(/^[0-9a-f]{64}$/);
		}

		const form = await get(link);
		expect(form.status).toBe(200);
		expect(await form.text()).toContain('Nieuw wachtwoord');

		const chosen = 'een nieuw en lang wachtwoord';
		const done = await post(link, { token, password: chosen });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/login?hersteld');
		// The reset replaces the pending start password too.
		expect(await userRow(person.id)).toMatchObject({ mustChangePassword: false, status: 'active' });

		const again = await post(link, { token, password: 'nog een ander wachtwoord' });
		expect(again.status).toBe(400);
		expect(await again.text()).toContain('Deze link werkt niet meer');
		expect((await login(person.email, chosen, '203.0.113.61')).status).toBe(303);
		expect((await login(person.email, 'Old-Start-Pass-55', '203.0.113.61')).status).toBe(400);
	});

	it('answers the same for an unknown address, and sends nothing', async () => {
		const nobody = unique('nobody');
		const response = await post(
			'/wachtwoord-vergeten',
			{ email: nobody },
			{ ip: '203.0.113.62', settled: true }
		);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/wachtwoord-vergeten?verstuurd');
		expect(await mailsTo(nobody)).toEqual([]);
	});

	it('refuses a made-up token', async () => {
		const page = await get('/wachtwoord-herstellen?token=AAAAAAAAAAAAAAAAAAAAAAAA');
		expect(await page.text()).toContain('Deze link werkt niet meer');
	});
});
