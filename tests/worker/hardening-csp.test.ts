/**
 * Content-Security-Policy (issue 10): every HTML page the app serves — for every route of the
 * route tree, to nobody, an employer, an employee and staff, error pages included — carries a
 * strict policy: scripts from 'self' plus a per-response nonce (never 'unsafe-inline'), no
 * framing, no MIME sniffing; and every inline script in the page carries that nonce.
 */
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { newId } from '$lib/server/db/ids';
import { db, makeEmployer, origin, person } from './pipeline-helpers';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import { loginAs } from './http';

const sessions: Record<string, string | undefined> = { anonymous: undefined };

const login = loginAs;

beforeAll(async () => {
	const { employerId, ownerEmail } = await makeEmployer([person(1, `csp${newId().slice(0, 6)}`)]);
	const employeeEmail = `csp-${newId().slice(0, 8)}@test.example`;
	await insertCredentialUser(
		db(),
		{
			name: 'Csp Persoon',
			email: employeeEmail,
			emailVerified: true,
			kind: 'employee',
			status: 'active',
			origin: 'seed',
			employerId
		},
		await hashSecret('employee-password-2026')
	);
	sessions.employer = await login(ownerEmail, 'owner-password-2026');
	sessions.employee = await login(employeeEmail, 'employee-password-2026');
	await seedWithTotp();
	sessions.staff = await staffSession();
}, 60_000);

function directives(header: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of header.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), values);
	}
	return out;
}

async function expectStrictPolicy(response: Response, where: string) {
	expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
	const header = response.headers.get('content-security-policy');
	expect(header, `${where}: no CSP`).toBeTruthy();
	const policy = directives(header!);
	const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
	expect(scripts, where).not.toContain("'unsafe-inline'");
	expect(scripts, where).not.toContain("'unsafe-eval'");
	expect(scripts, where).not.toContain('*');
	// an app page: 'self' + nonce; a static page (SvelteKit's endpoint error page): no script at all
	if (scripts[0] !== "'none'") {
		expect(scripts, where).toContain("'self'");
		expect(
			scripts.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-")),
			where
		).toBe(true);
	}
	expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
	expect(policy.get('object-src') ?? policy.get('default-src'), where).toEqual(["'none'"]);
	// every inline script of the page is allowed by this policy's nonce (or hash)
	const nonces = scripts
		.filter((s) => s.startsWith("'nonce-"))
		.map((s) => s.slice("'nonce-".length, -1));
	const body = await response.text();
	for (const tag of body.match(/<script\b[^>]*>/gi) ?? []) {
		if (/\bsrc=/.test(tag)) {
			expect(tag, where).not.toMatch(/src="(https?:)?\/\//);
			continue;
		}
		const nonce = /\bnonce="([^"]+)"/.exec(tag)?.[1];
		expect(nonce && nonces.includes(nonce), `${where}: inline script without nonce`).toBe(true);
	}
	return nonces;
}

describe('Content-Security-Policy on every HTML page', () => {
	it('every route, every kind of visitor', async () => {
		let pages = 0;
		for (const pattern of env.TEST_ROUTES) {
			const path = pattern.replace(/\[[^\]]+\]/g, () => newId());
			for (const [who, cookie] of Object.entries(sessions)) {
				const response = await exports.default.fetch(`${origin}${path}`, {
					headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
					redirect: 'manual'
				});
				if (!(response.headers.get('content-type') ?? '').includes('text/html')) {
					await response.body?.cancel();
					continue;
				}
				pages++;
				await expectStrictPolicy(response, `${who} ${path} (${response.status})`);
			}
		}
		expect(pages).toBeGreaterThan(40);
	}, 120_000);

	it('a page that does not exist (404) has the policy too', async () => {
		const response = await exports.default.fetch(`${origin}/bestaat-niet-${newId()}`, {
			headers: { accept: 'text/html' }
		});
		expect(response.status).toBe(404);
		await expectStrictPolicy(response, '404');
	});

	it('the nonce is fresh on every response', async () => {
		const nonce = async () =>
			expectStrictPolicy(
				await exports.default.fetch(`${origin}/login`, { headers: { accept: 'text/html' } }),
				'/login'
			);
		const [a, b] = [await nonce(), await nonce()];
		expect(a.length).toBe(1);
		expect(a[0]).not.toBe(b[0]);
	});
});
