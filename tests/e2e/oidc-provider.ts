// A real OpenID Provider (the `oidc-provider` package) for the federated-login e2e tests, on
// 127.0.0.1. One confidential client (or the clients given); PKCE required; the login screen
// accepts any user name and gives the session a high `acr`, except names starting with "laag-",
// which get a low one. A user name's e-mail is `<name>@eid.example`, unverified, unless `accounts`
// says otherwise.
import { createServer, type Server } from 'node:http';
import Provider, { type OidcContext } from 'oidc-provider';

export const OIDC_CLIENT = { id: 'youp-e2e', secret: 'e2e-client-secret-not-for-production' };
export const ACR_HIGH = 'urn:e2e:loa:high';
export const ACR_LOW = 'urn:e2e:loa:low';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string) {
	return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

async function readForm(req: import('node:http').IncomingMessage) {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export interface AccountClaims {
	email: string;
	email_verified: boolean;
	name?: string;
}

/** A client assertion (private_key_jwt) the token endpoint accepted: its signature was verified. */
export interface VerifiedAssertion {
	clientId: string;
	alg: string;
	kid?: string;
	aud: string | string[];
}

export interface ProviderOptions {
	/** Client registrations replacing the default confidential client (OIDC_CLIENT). */
	clients?: Record<string, unknown>[];
	/** Claims per user name (read at login, so entries may be added later). */
	accounts?: Map<string, AccountClaims>;
}

export async function startOidcProvider(
	port: number,
	appBaseUrl: string,
	options: ProviderOptions = {}
): Promise<{ issuer: string; close: () => Promise<void>; assertions: VerifiedAssertion[] }> {
	const issuer = `http://127.0.0.1:${port}`;
	const assertions: VerifiedAssertion[] = [];
	const provider = new Provider(issuer, {
		clients: options.clients ?? [
			{
				client_id: OIDC_CLIENT.id,
				client_secret: OIDC_CLIENT.secret,
				redirect_uris: [`${appBaseUrl}/auth/oidc/callback`],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_basic'
			}
		],
		// Called only after the assertion's signature was verified against the client's JWKS.
		async assertJwtClientAuthClaimsAndHeader(
			_ctx: unknown,
			claims: { aud: string | string[] },
			header: { alg: string; kid?: string },
			client: { clientId: string }
		) {
			assertions.push({
				clientId: client.clientId,
				alg: header.alg,
				kid: header.kid,
				aud: claims.aud
			});
		},
		pkce: { required: () => true },
		acrValues: [ACR_LOW, ACR_HIGH],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		conformIdTokenClaims: false,
		features: { devInteractions: { enabled: false } },
		cookies: { keys: ['e2e-oidc-cookie-key-0123456789'] },
		interactions: {
			url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`
		},
		async findAccount(_ctx: unknown, id: string) {
			return {
				accountId: id,
				async claims() {
					const known = options.accounts?.get(id);
					return known
						? { sub: id, name: `Test ${id}`, ...known }
						: { sub: id, email: `${id}@eid.example`, email_verified: false, name: `Test ${id}` };
				}
			};
		},
		async loadExistingGrant(ctx: OidcContext) {
			// a first-party test client: consent is implied
			const grant = new ctx.oidc.provider.Grant({
				clientId: ctx.oidc.client!.clientId,
				accountId: ctx.oidc.session!.accountId!
			});
			grant.addOIDCScope('openid email profile');
			await grant.save();
			return grant;
		}
	});
	const callback = provider.callback();
	const server: Server = createServer(async (req, res) => {
		const match = req.url?.match(/^\/interaction\/([\w-]+)(\/login)?$/);
		if (!match) return callback(req, res);
		try {
			const details = await provider.interactionDetails(req, res);
			if (req.method === 'POST' && match[2]) {
				const login = ((await readForm(req)).get('login') ?? '').trim();
				await provider.interactionFinished(
					req,
					res,
					{
						login: {
							accountId: login,
							acr: login.startsWith('laag-') ? ACR_LOW : ACR_HIGH
						}
					},
					{ mergeWithLastSubmission: false }
				);
				return;
			}
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(
				page(
					'Test-eID',
					`<form method="post" action="/interaction/${escape(details.uid)}/login">
					<label for="login">Gebruikersnaam test-eID</label>
					<input id="login" name="login" required>
					<button type="submit">Inloggen bij test-eID</button></form>`
				)
			);
		} catch (error) {
			res.statusCode = 400;
			res.end(String(error));
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		issuer,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
		assertions
	};
}
