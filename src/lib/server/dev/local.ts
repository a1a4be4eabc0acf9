const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Development-only routes (seed, dev mailbox, partner stand-in) answer only when the deployment
 * says it is local AND the request came to a loopback host; in production they are 404.
 */
export function isLocalRequest(env: Env | undefined, url: URL): boolean {
	return env?.APP_ENV === 'local' && loopback.has(url.hostname);
}
