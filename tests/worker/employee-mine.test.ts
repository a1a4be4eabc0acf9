import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, seedDemo } from '$lib/server/dev/seed';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import {
	db,
	demoEmployerId,
	get,
	login,
	post,
	sessionCookie,
	unique,
	userRow
} from './employee-helpers';

describe('/mijn', () => {
	let id: string;
	let email: string;
	const password = 'een rustige zondag in mei';
	beforeAll(async () => {
		await seedDemo(db());
		email = unique('mijn');
		id = await insertCredentialUser(
			db(),
			{
				name: 'Lotte Segers',
				firstName: 'Lotte',
				lastName: 'Segers',
				email,
				kind: 'employee',
				status: 'active',
				employerId: await demoEmployerId()
			},
			await hashSecret(password)
		);
	});

	it('shows the person’s own data and is closed to anonymous visitors and other kinds', async () => {
		const cookie = sessionCookie(await login(email, password, '198.51.100.70'))!;
		const page = await (await get('/mijn', cookie)).text();
		for (const words of ['U hebt toegang tot YOU-P.', 'Lotte Segers', email, 'Demo Maatwerk vzw'])
			expect(page).toContain(words);
		expect(page).toContain('Naar Benefits@Work');
		expect(page).toContain('Naar Xtra Present');

		const anonymous = await get('/mijn');
		expect(anonymous.headers.get('location')).toBe('/login?next=%2Fmijn');
		const employer = sessionCookie(
			await login(DEMO.employer.email, DEMO.employer.password, '198.51.100.71')
		)!;
		expect((await get('/mijn', employer)).headers.get('location')).toBe('/werkgever');
	});

	it('saves the chosen language on the account and uses it at the next login', async () => {
		const cookie = sessionCookie(await login(email, password, '198.51.100.72'))!;
		const saved = await post('/mijn?/language', { lang: 'fr' }, { cookie });
		expect(saved.status).toBe(303);
		expect(saved.headers.getSetCookie().some((c) => c.startsWith('lang=fr'))).toBe(true);
		expect((await userRow(id))!.locale).toBe('fr');
		// A fresh browser (no language cookie) gets the account's language after logging in.
		const again = await login(email, password, '198.51.100.72');
		expect(again.headers.getSetCookie().some((c) => c.startsWith('lang=fr'))).toBe(true);
		await post('/mijn?/language', { lang: 'nl' }, { cookie });
	});

	it('"log out everywhere" ends every session of the person', async () => {
		const first = sessionCookie(await login(email, password, '198.51.100.73'))!;
		const second = sessionCookie(await login(email, password, '198.51.100.74'))!;
		const out = await post('/mijn?/everywhere', {}, { cookie: first });
		expect(out.status).toBe(303);
		expect(out.headers.get('location')).toBe('/login');
		const left = await env.DB.prepare('select count(*) as n from session where user_id = ?')
			.bind(id)
			.first<{ n: number }>();
		expect(left!.n).toBe(0);
		expect((await get('/mijn', second)).headers.get('location')).toBe('/login?next=%2Fmijn');
	});
});
