import type { RequestEvent } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { createAuth } from './index';
import { ACR_TOO_LOW, OIDC_PROVIDER_ID, oidcSettings } from './oidc-config';
import { appEnv } from '../env';

export { oidcSettings };

/** Whether the federated login is configured (for the button on /login). */
export function federatedLoginConfigured(env: Env | undefined): boolean {
	return !!env && oidcSettings(env) !== null;
}

/** better-auth with the OpenID Connect provider (only the federated routes need it). */
function federatedAuth(event: RequestEvent, withCookies = true) {
	return createAuth({
		db: event.locals.db,
		env: appEnv(event),
		getRequestEvent: withCookies ? getRequestEvent : undefined,
		federated: true
	});
}

const ERROR_PATH = '/login/federated';
const DONE_PATH = '/login/federated/klaar';

/**
 * Starts the authorization code flow (state, nonce and PKCE verifier kept by better-auth): the
 * provider's URL to send the person to, or our error page when better-auth gave none.
 */
export async function startFederatedLogin(event: RequestEvent): Promise<string> {
	const result = await federatedAuth(event).api.signInSocial({
		body: { provider: OIDC_PROVIDER_ID, callbackURL: DONE_PATH, errorCallbackURL: ERROR_PATH },
		headers: event.request.headers
	});
	return result.url ?? `${ERROR_PATH}?error=failed`;
}

/**
 * After the password was proved (the person now has a password session), sends the person through the provider once more with better-auth's explicit link flow, which attaches the
 * federated identity to this account. Answers the provider's URL to send the person to.
 */
export async function startLinking(event: RequestEvent): Promise<string> {
	const headers = event.request.headers;
	const result = await federatedAuth(event).api.linkSocialAccount({
		body: {
			provider: OIDC_PROVIDER_ID,
			callbackURL: `${DONE_PATH}?gekoppeld=1`,
			errorCallbackURL: ERROR_PATH
		},
		headers
	});
	return result.url;
}

/**
 * The provider's redirect back: better-auth checks state, exchanges the code with the PKCE
 * verifier, verifies the ID token (signature against the discovery JWKS, issuer, audience, nonce)
 * and our `acr` rule, then opens a session (or links the account). Errors go to the federated page.
 */
export async function handleCallback(event: RequestEvent): Promise<Response> {
	const base = appEnv(event).PUBLIC_BASE_URL;
	const inner = new Request(`${base}/api/auth/callback/${OIDC_PROVIDER_ID}${event.url.search}`, {
		method: 'GET',
		headers: event.request.headers
	});
	const response = await federatedAuth(event, false).handler(inner);
	if (response.status >= 300 && response.status < 400) return response;
	let code = 'failed';
	try {
		const body = (await response.clone().json()) as { code?: string };
		if (body.code?.toLowerCase() === ACR_TOO_LOW) code = ACR_TOO_LOW;
	} catch {
		// not JSON: a generic failure
	}
	return new Response(null, { status: 303, headers: { location: `${ERROR_PATH}?error=${code}` } });
}
