import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/dev/seed';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { loginCookie, makeOrganisation } from './mandates-helpers';
import { db, demoEmployerId, origin, unique } from './employee-helpers';
import { postForm } from './http';

/**
 * Every place that follows a `next` value (grep safeNext: the login form, the language switch,
 * the organisation switch) with values a browser would read as another site, or that cannot be a
 * header: the answer is always a redirect to this site, never another host and never a 500.
 */
const HOSTILE = [
	'/\t/evil.example/',
	'/\n/evil.example/',
	'/\r\n/evil.example/',
	'/\r\nSet-Cookie: x=1',
	'/%0d%0aSet-Cookie:%20x=1',
	'/%09/evil.example/',
	'//evil.example',
	'//evil.example/%2F..',
	'///evil.example',
	'/\\evil.example',
	'/\\\\evil.example',
	'\\\\evil.example',
	'\\/evil.example',
	'/.//evil.example',
	'/./\\evil.example',
	'/%2F%2Fevil.example',
	'/%5Cevil.example',
	'https://evil.example/',
	'https:evil.example',
	'HTTPS://evil.example',
	'javascript:alert(1)',
	'/javascript:alert(1)',
	' //evil.example',
	'/\u0000/evil.example',
	'/\u3000/evil.example',
	'／／evil.example',
	'/\uff0f\uff0fevil.example',
	'/ゆ/päd?q=ü#frag',
	'/@evil.example',
	'/mijn@evil.example',
	'http://127.0.0.1@evil.example/',
	`/${'a'.repeat(3000)}`
];

function expectSameSite(response: Response, value: string) {
	expect(response.status, `status for ${JSON.stringify(value)}`).toBe(303);
	const location = response.headers.get('location') ?? '';
	const target = new URL(location, origin);
	expect(target.origin, `origin for ${JSON.stringify(value)}`).toBe(origin);
	expect(location.startsWith('/') && !location.startsWith('//')).toBe(true);
	// no control character, space or backslash survives into the header
	expect([...location].some((c) => c <= ' ' || c === '\x7f' || c === '\\')).toBe(false);
}

const form = (path: string, fields: Record<string, string>, cookie?: string) =>
	postForm(path, fields, { cookie });

describe('next= only ever leads to this site', () => {
	const password = 'next-test-password-1';
	let email = '';
	beforeAll(async () => {
		await seedDemo(db());
		email = unique('next');
		await insertCredentialUser(
			db(),
			{
				name: 'Next Person',
				email,
				kind: 'employee',
				origin: 'seed',
				emailVerified: true,
				employerId: await demoEmployerId()
			},
			// the lighter hash keeps 30-odd logins quick; the login path is the same
			await hashSecret(password, START_PASSWORD_PARAMS)
		);
	});

	it('the login form', async () => {
		for (const [i, value] of HOSTILE.entries()) {
			const response = await postForm(
				`/login?next=${encodeURIComponent(value)}`,
				{ email, password },
				{ ip: `192.0.2.${100 + (i % 100)}` }
			);
			expectSameSite(response, value);
		}
	}, 120_000);

	it('keeps a plain path, its query and its fragment', async () => {
		const response = await postForm(
			`/login?next=${encodeURIComponent('/mijn/partner/x?a=1&b=2#top')}`,
			{ email, password }
		);
		expect(response.headers.get('location')).toBe('/mijn/partner/x?a=1&b=2#top');
	});

	it('the language switch', async () => {
		for (const value of HOSTILE)
			expectSameSite(await form('/taal', { lang: 'en', next: value }), value);
	});

	it('the organisation switch', async () => {
		const org = await makeOrganisation();
		const cookie = await loginCookie(org.people.owner!.email);
		for (const value of HOSTILE)
			expectSameSite(
				await form(
					'/werkgever/organisaties?/switch',
					{ organisationId: org.orgId, next: value },
					cookie
				),
				value
			);
	});
});
