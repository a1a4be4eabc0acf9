import { APIError } from 'better-auth/api';
import { decodeJwt } from 'jose';
import type { GenericOAuthConfig } from 'better-auth/plugins';
import { createPrivateKeyJwtClientAssertionGetter } from '@better-auth/core/oauth2';
import { sha256Hex } from '../security/hash';

/** The provider id of the federated login (account.provider_id of linked accounts). */
export const OIDC_PROVIDER_ID = 'oidc';
/** Where the provider sends the browser back (a SvelteKit route that hands over to better-auth). */
const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
export const ACR_TOO_LOW = 'acr_too_low';

export type LinkingMode = 'password' | 'verified-email';

interface OidcSettings {
	issuer: string;
	clientId: string;
	clientSecret?: string;
	/** The client's private key for private_key_jwt (parsed and checked once, here). */
	privateKeyJwk?: JsonWebKey & { kid?: string };
	scopes: string[];
	requiredAcr: string[];
	linking: LinkingMode;
}

/** Broken keys already reported by this isolate (once each, not on every request). */
const reportedBrokenKey = new Set<string>();

/** The federated login's settings from the environment, or null when it is not configured. */
export function oidcSettings(env: Env): OidcSettings | null {
	// Every OIDC_* may be unset in a deployment (and secrets are optional): read them as such.
	const vars: Partial<Env> = env;
	const issuer = vars.OIDC_ISSUER?.trim();
	const clientId = vars.OIDC_CLIENT_ID?.trim();
	if (!issuer || !clientId) return null;
	const clientSecret = vars.OIDC_CLIENT_SECRET || undefined;
	const rawKey = vars.OIDC_PRIVATE_KEY_JWK || undefined;
	const privateKeyJwk = rawKey ? (privateJwk(rawKey) ?? undefined) : undefined;
	if (rawKey && !privateKeyJwk) {
		// A broken key would fail every federated request; the federated login is off instead.
		if (!reportedBrokenKey.has(rawKey))
			console.error('OIDC_PRIVATE_KEY_JWK is not a private JWK (JSON): federated login is off');
		reportedBrokenKey.add(rawKey);
		return null;
	}
	if (!clientSecret && !privateKeyJwk) return null;
	return {
		issuer: issuer.replace(/\/+$/, ''),
		clientId,
		// With a private key the client authenticates with private_key_jwt; better-auth refuses a
		// secret next to it (the federated login would fail to start), so a leftover one is dropped.
		clientSecret: privateKeyJwk ? undefined : clientSecret,
		privateKeyJwk,
		scopes: (vars.OIDC_SCOPES || 'openid profile email').split(/[\s,]+/).filter(Boolean),
		requiredAcr: (vars.OIDC_REQUIRED_ACR || '').split(/[\s,]+/).filter(Boolean),
		linking: vars.OIDC_LINKING === 'verified-email' ? 'verified-email' : 'password'
	};
}

/** The JWK in `text` when it is a private key (JSON object with `kty` and `d`), else null. */
function privateJwk(text: string): (JsonWebKey & { kid?: string }) | null {
	try {
		const key: unknown = JSON.parse(text);
		if (typeof key !== 'object' || key === null) return null;
		const jwk = key as JsonWebKey & { kid?: string };
		return typeof jwk.kty === 'string' && typeof jwk.d === 'string' ? jwk : null;
	} catch {
		return null;
	}
}

/** Whether the ID token's `acr` is one of the accepted levels (any when none is configured). */
function acrAccepted(acr: unknown, required: string[]): boolean {
	return required.length === 0 || (typeof acr === 'string' && required.includes(acr));
}

/**
 * better-auth's generic OAuth provider configured for OpenID Connect: issuer discovery, PKCE,
 * state, nonce bound to the ID token, and the ID token's signature, issuer and audience verified
 * against the discovery JWKS (`requireIdTokenVerification` makes a missing JWKS fail closed).
 * better-auth has no `acr` check, so `getUserInfo` (which it calls only after verifying the ID
 * token) refuses a token whose `acr` is not one of the required levels.
 */
export function genericOAuthConfig(settings: OidcSettings, baseUrl: string): GenericOAuthConfig {
	const acrParams: Record<string, string> =
		settings.requiredAcr.length > 0
			? {
					acr_values: settings.requiredAcr.join(' '),
					claims: JSON.stringify({
						id_token: { acr: { essential: true, values: settings.requiredAcr } }
					})
				}
			: {};
	return {
		providerId: OIDC_PROVIDER_ID,
		name: 'eID / itsme',
		discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
		requireIdTokenVerification: true,
		clientId: settings.clientId,
		clientSecret: settings.clientSecret,
		tokenEndpointAuth: settings.privateKeyJwk
			? {
					method: 'private_key_jwt',
					getClientAssertion: createPrivateKeyJwtClientAssertionGetter({
						privateKeyJwk: settings.privateKeyJwk,
						kid: settings.privateKeyJwk.kid
					})
				}
			: undefined,
		scopes: settings.scopes,
		pkce: true,
		redirectURI: `${baseUrl}${OIDC_CALLBACK_PATH}`,
		authorizationUrlParams: acrParams,
		disableImplicitSignUp: true,
		disableSignUp: true,
		async getUserInfo(tokens) {
			if (!tokens.idToken) return null;
			const claims = decodeJwt(tokens.idToken);
			if (!acrAccepted(claims.acr, settings.requiredAcr))
				throw new APIError('FORBIDDEN', { code: ACR_TOO_LOW, message: 'acr too low' });
			const sub = String(claims.sub);
			const email =
				typeof claims.email === 'string' && claims.email
					? claims.email.toLowerCase()
					: // eID providers may give no e-mail; linking then goes through the password proof.
						`${(await sha256Hex(`${settings.issuer}|${sub}`)).slice(0, 32)}@federated.invalid`;
			const name =
				typeof claims.name === 'string'
					? claims.name
					: [claims.given_name, claims.family_name].filter(Boolean).join(' ');
			return {
				id: sub,
				sub,
				email,
				emailVerified: claims.email_verified === true,
				name
			};
		}
	};
}
