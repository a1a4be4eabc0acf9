import type { Fetcher } from './connector';

/**
 * Locally the partners are the stand-in inside this very app: requests to our own origin go to
 * the app's fetch handler in-process (the real routes, the real request path, no network loop);
 * everything else — and everything outside local mode — goes out with the global fetch.
 */
export function localPartnerFetcher(env: Env, self: Fetcher): Fetcher {
	const own = URL.canParse(env.PUBLIC_BASE_URL) ? new URL(env.PUBLIC_BASE_URL).origin : null;
	return (request) =>
		env.APP_ENV === 'local' && own !== null && new URL(request.url).origin === own
			? self(request)
			: fetch(request);
}
