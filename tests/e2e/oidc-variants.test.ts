// The two federated-login settings the shared e2e server does not use: OIDC_LINKING=verified-email
// and client authentication with private_key_jwt (OIDC_PRIVATE_KEY_JWK). This file starts its own
// OpenID provider (one client registered for private_key_jwt only, with its public JWKS) and its
// own `wrangler dev` (fresh D1, demo data seeded) and stops both afterwards.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, startServer } from '../../scripts/local-server.js';
import { expectAccessible, launchBrowser, newPage as openPage } from './browser';
import { freePort, stopServer } from './global-setup';
import { startOidcProvider, type AccountClaims } from './oidc-provider';

const CLIENT_ID = 'youp-e2e-private-key-jwt';
const OWNER = {
	email: 'werkgever@demo.test',
	password: 'demo-werkgever-2026',
	organisation: 'Demo Maatwerk vzw'
};

const unique = () => Math.random().toString(36).slice(2, 10);

/** An ES256 key pair as JWKs: the private one for the app, the public one for the provider. */
function clientKeys() {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const meta = { kid: `e2e-${unique()}`, alg: 'ES256', use: 'sig' };
	return {
		privateJwk: { ...privateKey.export({ format: 'jwk' }), ...meta },
		publicJwk: { ...publicKey.export({ format: 'jwk' }), ...meta }
	};
}

async function providerLogin(page: Page, name: string) {
	await page.getByLabel('Gebruikersnaam test-eID').fill(name);
	await page.getByRole('button', { name: 'Inloggen bij test-eID' }).click();
}

// wrangler dev start-up and the password hashing (scrypt) under it are slow on a small machine.
describe(
	'federated login with verified-email linking and private_key_jwt',
	{ timeout: 180_000 },
	() => {
		const accounts = new Map<string, AccountClaims>();
		const keys = clientKeys();
		let persistTo: string;
		let server: ChildProcess | undefined;
		let baseUrl: string;
		let oidc: Awaited<ReturnType<typeof startOidcProvider>> | undefined;
		let browser: Browser;

		/** A page on THIS file's server; waits fail after 30 s instead of hanging. */
		async function newPage() {
			const page = await openPage(browser, { baseURL: baseUrl });
			page.setDefaultTimeout(30_000);
			return page;
		}

		/** From the app's federated page through the provider's login screen as `name`. */
		async function federatedLogin(page: Page, name: string) {
			await page.goto('/login/federated');
			await page.getByRole('link', { name: 'Verder naar eID / itsme', exact: true }).click();
			await page.waitForURL(/\/interaction\//);
			await providerLogin(page, name);
		}

		beforeAll(async () => {
			persistTo = mkdtempSync(join(tmpdir(), 'youp-e2e-oidc-'));
			migrate(persistTo);
			const port = await freePort();
			baseUrl = `http://127.0.0.1:${port}`;
			oidc = await startOidcProvider(await freePort(), baseUrl, {
				accounts,
				clients: [
					{
						client_id: CLIENT_ID,
						redirect_uris: [`${baseUrl}/auth/oidc/callback`],
						grant_types: ['authorization_code'],
						response_types: ['code'],
						token_endpoint_auth_method: 'private_key_jwt',
						token_endpoint_auth_signing_alg: 'ES256',
						jwks: { keys: [keys.publicJwk] }
					}
				]
			});
			const started = await startServer({
				port,
				persistTo,
				vars: {
					AUTH_SECRET: randomBytes(32).toString('hex'),
					OIDC_ISSUER: oidc.issuer,
					OIDC_CLIENT_ID: CLIENT_ID,
					OIDC_PRIVATE_KEY_JWK: JSON.stringify(keys.privateJwk),
					OIDC_LINKING: 'verified-email'
				},
				stdio: ['ignore', 'inherit', 'inherit']
			});
			server = started.child;
			browser = await launchBrowser();
		});

		afterAll(async () => {
			await browser?.close();
			await Promise.all([stopServer(server), oidc?.close()]);
			if (persistTo) rmSync(persistTo, { recursive: true, force: true });
		});

		it('registers the client for private_key_jwt only: a client secret is refused', async () => {
			const response = await fetch(`${oidc!.issuer}/token`, {
				method: 'POST',
				headers: {
					authorization: `Basic ${Buffer.from(`${CLIENT_ID}:some-secret`).toString('base64')}`,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x' })
			});
			expect(response.status).toBe(401);
			expect(((await response.json()) as { error: string }).error).toBe('invalid_client');
		});

		it('links an existing account at once when the provider vouches for its e-mail', async () => {
			const name = `geverifieerd-${unique()}`;
			accounts.set(name, { email: OWNER.email.toUpperCase(), email_verified: true });
			const page = await newPage();
			const visited: string[] = [];
			page.on('framenavigated', (frame) => {
				if (frame === page.mainFrame()) visited.push(frame.url());
			});
			const before = oidc!.assertions.length;
			await federatedLogin(page, name);
			await page.waitForURL(`${baseUrl}/werkgever`);
			// no password step on the way: straight from the provider to the employer's home
			const appPages = new Set(
				visited
					.filter((url) => url.startsWith(`${baseUrl}/login`))
					.map((url) => url.slice(baseUrl.length))
			);
			expect([...appPages]).toEqual(['/login/federated']);
			expect(await page.getByText(`U beheert ${OWNER.organisation}`).count()).toBe(1);
			expect(await page.getByText('Wendy Werkgever', { exact: false }).count()).toBeGreaterThan(0);
			await expectAccessible(page);
			// the token request carried a client assertion signed with the registered key
			expect(oidc!.assertions.slice(before)).toEqual([
				{ clientId: CLIENT_ID, alg: 'ES256', kid: keys.publicJwk.kid, aud: expect.any(String) }
			]);
			await page.context().close();

			// linked: the same provider identity logs in again without any question
			const again = await newPage();
			await federatedLogin(again, name);
			await again.waitForURL(`${baseUrl}/werkgever`);
			expect(await again.getByText(`U beheert ${OWNER.organisation}`).count()).toBe(1);
			await again.context().close();
		});

		it('does not link on an e-mail the provider has not verified, and offers no password step that could not link', async () => {
			const name = `niet-geverifieerd-${unique()}`;
			accounts.set(name, { email: OWNER.email, email_verified: false });
			const page = await newPage();
			await federatedLogin(page, name);
			// better-auth refuses the implicit link ("account not linked"). In this mode a password
			// proof could not link either, so the page explains and sends the person to the password login.
			await page.waitForURL(`${baseUrl}/login/federated?error=account_not_linked`);
			expect(await page.getByRole('alert').textContent()).toContain(
				'We koppelen ze alleen als eID of itsme ons een bevestigd e-mailadres doorgeeft'
			);
			expect(await page.getByRole('button', { name: 'Aanmelden en koppelen' }).count()).toBe(0);
			await expectAccessible(page);
			await page.goto('/werkgever');
			expect(new URL(page.url()).pathname).toBe('/login');

			// The link form's action is closed in this mode, also when posted to directly.
			const posted = await page.request.post(`${baseUrl}/login/federated?/link`, {
				form: { email: OWNER.email, password: OWNER.password },
				headers: { origin: baseUrl, accept: 'text/html' }
			});
			expect(posted.status()).toBe(404);

			// The way offered works: the password login.
			await page.goto('/login/federated?error=account_not_linked');
			await page.getByRole('link', { name: 'Aanmelden met e-mailadres en wachtwoord' }).click();
			await page.waitForURL(`${baseUrl}/login`);
			await page.context().close();

			// not linked: the same provider identity in a fresh browser still gets no session
			const again = await newPage();
			await federatedLogin(again, name);
			await again.waitForURL(`${baseUrl}/login/federated?error=account_not_linked`);
			await again.goto('/werkgever');
			expect(new URL(again.url()).pathname).toBe('/login');
			await again.context().close();
		});

		it('opens no account for a verified e-mail that YOU-P does not know', async () => {
			const name = `onbekend-${unique()}`;
			accounts.set(name, { email: `${name}@e2e.example`, email_verified: true });
			const page = await newPage();
			await federatedLogin(page, name);
			await page.waitForURL(`${baseUrl}/login/federated?error=signup_disabled`);
			await page.getByRole('link', { name: 'Aanmelden met e-mailadres en wachtwoord' }).waitFor();
			await page.goto('/werkgever');
			expect(new URL(page.url()).pathname).toBe('/login');
			await page.context().close();
		});
	}
);
