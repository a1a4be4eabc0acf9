import { redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getRequestEvent } from '$app/server';
import { getDb } from '$lib/server/db';
import { now } from '$lib/server/clock';
import { createAuth, SESSION_COOKIE, type Auth } from '$lib/server/auth';
import { translator } from '$lib/i18n';
import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/negotiate';
import { pathsOpenDuringPasswordChange } from '$lib/server/auth/landing';
import { endSessionsOf } from '$lib/server/auth/disabled';

const context: Handle = async ({ event, resolve }) => {
	const env = event.platform?.env;
	if (!env) throw new Error('Cloudflare bindings missing — start the app with npm start');
	const db = getDb(env.DB);
	event.locals.db = db;
	event.locals.now = now(env);
	// better-auth is built on first use: most requests (API calls, anonymous pages) never need it.
	let auth: Auth | undefined;
	Object.defineProperty(event.locals, 'auth', {
		get: () => (auth ??= createAuth({ db, env, getRequestEvent })),
		configurable: true,
		enumerable: true
	});
	event.locals.locale = negotiateLocale(
		event.cookies.get(LOCALE_COOKIE),
		event.request.headers.get('accept-language')
	);
	event.locals.t = translator(event.locals.locale);

	// Without a session cookie there is no session (API clients send bearer tokens, no cookies).
	const result =
		event.cookies.get(SESSION_COOKIE) !== undefined
			? await event.locals.auth.api.getSession({ headers: event.request.headers })
			: null;
	// A disabled account's session resolves to nobody, at once (disabling also deletes them).
	const disabled = result?.user.status === 'disabled';
	if (disabled) await endSessionsOf(db, result.user.id);
	event.locals.user = disabled ? null : (result?.user ?? null);
	event.locals.session = disabled ? null : (result?.session ?? null);

	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/** A start password must be replaced before anything else is reachable — every route, not a menu. */
const forcePasswordChange: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	if (user?.mustChangePassword && !pathsOpenDuringPasswordChange(event.url.pathname)) {
		if (event.url.pathname.startsWith('/api/')) {
			return new Response(JSON.stringify({ error: { code: 'password-change-required' } }), {
				status: 403,
				headers: { 'content-type': 'application/json' }
			});
		}
		redirect(303, '/wachtwoord-wijzigen');
	}
	return resolve(event);
};

const STATIC_PAGE_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	response.headers.set('cross-origin-opener-policy', 'same-origin');
	// SvelteKit sets the page CSP (svelte.config.js) but not on its static error page (an error
	// thrown by an endpoint for a browser): that page needs no script at all.
	if (
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		!response.headers.has('content-security-policy')
	)
		response.headers.set('content-security-policy', STATIC_PAGE_CSP);
	if (!response.headers.has('cache-control') && event.locals.user)
		response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handle = sequence(securityHeaders, context, forcePasswordChange);

/**
 * Every unexpected error of a request: one log line with what cannot identify anyone — the error's
 * class, the route id, the status and an error id — and the same id on the error page. Never the
 * message, stack or cause: drizzle's query errors carry the statement's parameters (names,
 * e-mail addresses), and SvelteKit's default would log the whole error.
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// SvelteKit's own 4xx (no such route, method not allowed): nothing went wrong on our side.
	if (status < 500) return { message };
	const errorId = crypto.randomUUID();
	const errorClass =
		error instanceof Error ? error.constructor?.name || error.name || 'Error' : typeof error;
	console.error(
		JSON.stringify({
			event: 'request.error',
			errorId,
			errorClass,
			status,
			route: event.route.id ?? null,
			method: event.request.method
		})
	);
	return { message: 'Internal Error', errorId };
};
