import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { genericOAuth, organization, twoFactor } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db';
import { schema } from '../db';
import { newId } from '../db/ids';
import { now } from '../clock';
import { hashSecret, verifySecret } from '../security/scrypt';
import { withHashedTokens } from './hashed-adapter';
import { isDisabled } from './disabled';
import { passwordResetOptions } from './password-reset';
import { totpReplayGuard } from './totp-replay';
import { actionsFor, employerActions } from '../permissions';
import { genericOAuthConfig, OIDC_PROVIDER_ID, oidcSettings } from './oidc-config';

const DAY = 60 * 60 * 24;

/** Cookie names carry the `__Host-` prefix: Secure, path=/, no Domain, so no subdomain can set them. */
export const SESSION_COOKIE = '__Host-youp.session';
const hostCookie = (name: string) => ({
	name: `__Host-youp.${name}`,
	attributes: { secure: true, httpOnly: true, sameSite: 'lax' as const, path: '/' }
});

interface AuthDeps {
	db: Db;
	env: Env;
	/** SvelteKit's getRequestEvent, so better-auth can set cookies from form actions. */
	getRequestEvent?: () => RequestEvent;
	/**
	 * Adds the federated (OpenID Connect) login. Only the federated routes ask for it: the plugin
	 * fetches the provider's discovery document when the instance starts, which ordinary requests
	 * do not need.
	 */
	federated?: boolean;
}

// The organization plugin's roles follow THE role matrix (server/permissions.ts).
const ac = createAccessControl({ employer: employerActions });
const orgRoles = {
	owner: ac.newRole({ employer: actionsFor('owner') }),
	beheerder: ac.newRole({ employer: actionsFor('beheerder') }),
	lijsten: ac.newRole({ employer: actionsFor('lijsten') }),
	inzage: ac.newRole({ employer: actionsFor('inzage') })
};

/** better-auth for one request (the D1 binding is per request, so is the instance). */
export function createAuth({ db, env, getRequestEvent, federated }: AuthDeps) {
	const secret = env.AUTH_SECRET;
	if (!secret || secret.length < 32)
		throw new Error('AUTH_SECRET is missing or shorter than 32 characters (see README)');
	const oidc = federated ? oidcSettings(env) : null;
	return betterAuth({
		appName: 'YOU-P',
		baseURL: env.PUBLIC_BASE_URL,
		secret,
		telemetry: { enabled: false },
		database: withHashedTokens(drizzleAdapter(db, { provider: 'sqlite', schema })),
		emailAndPassword: {
			enabled: true,
			minPasswordLength: 8,
			maxPasswordLength: 128,
			password: {
				hash: (password) => hashSecret(password),
				verify: ({ hash, password }) => verifySecret(password, hash)
			},
			// Forgot password: single-use link by mail, one hour (server/auth/password-reset.ts).
			...passwordResetOptions(db, env, getRequestEvent)
		},
		session: {
			// "aangemeld blijven": 30 days, sliding (renewed once a day of use). Without it the cookie
			// is a browser-session cookie and the server side ends after a day.
			expiresIn: 30 * DAY,
			updateAge: DAY,
			additionalFields: {
				authMethod: { type: 'string', required: false, input: false }
			}
		},
		databaseHooks: {
			session: {
				create: {
					// Phase 2 (organisations that require federated login) needs to know how a session
					// was opened: through the OpenID Connect callback or with a password.
					// A disabled account gets no session, whichever way it signs in (password, second
					// factor, federated callback): better-auth then refuses the sign-in.
					before: async (session, context) => {
						if (await isDisabled(db, session.userId)) return false;
						return {
							data: {
								...session,
								authMethod: context?.path?.startsWith('/callback/') ? 'federated' : 'password'
							}
						};
					}
				}
			}
		},
		account: {
			accountLinking: {
				enabled: true,
				// 'password' (default): an existing account is linked only by the explicit link flow,
				// after the person proved their password; 'verified-email': linked at once when the
				// provider vouches for the same e-mail address as a verified local one.
				disableImplicitLinking: oidc?.linking !== 'verified-email',
				trustedProviders: oidc?.linking === 'password' ? [OIDC_PROVIDER_ID] : [],
				allowDifferentEmails: oidc?.linking === 'password',
				requireLocalEmailVerified: true
			}
		},
		user: {
			additionalFields: {
				kind: { type: 'string', required: false, defaultValue: 'employee', input: false },
				locale: { type: 'string', required: false, defaultValue: 'nl', input: false },
				status: { type: 'string', required: false, defaultValue: 'active', input: false },
				mustChangePassword: {
					type: 'boolean',
					required: false,
					defaultValue: false,
					input: false
				},
				employerId: { type: 'string', required: false, input: false }
			}
		},
		// Our own throttle (server/auth/throttle.ts) works per account and per IP on D1; better-auth's
		// in-memory limiter would not survive between isolates.
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: false,
			cookies: {
				session_token: hostCookie('session'),
				session_data: hostCookie('session_data'),
				dont_remember: hostCookie('dont_remember'),
				two_factor: hostCookie('two_factor'),
				trust_device: hostCookie('trust_device')
			},
			database: { generateId: () => newId() }
		},
		plugins: [
			// TOTP for staff: password sign-in answers twoFactorRedirect, /login/tweestaps finishes it.
			twoFactor({ issuer: 'YOU-P', twoFactorCookieMaxAge: 600 }),
			totpReplayGuard(db, () => now(env).getTime(), getRequestEvent),
			organization({
				allowUserToCreateOrganization: false,
				ac,
				roles: orgRoles,
				creatorRole: 'owner'
			}),
			...(oidc ? [genericOAuth({ config: [genericOAuthConfig(oidc, env.PUBLIC_BASE_URL)] })] : []),
			...(getRequestEvent ? [sveltekitCookies(getRequestEvent)] : [])
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
