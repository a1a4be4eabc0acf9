const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Development-only routes (seed, clock, cron, dev mailbox, partner stand-in) answer only when the
 * deployment says it is local AND the request came to a loopback host AND no other site sent it:
 * a request whose `Origin` header is present and differs from its own origin (a web page the
 * developer happens to visit, posting to 127.0.0.1) is refused. Without an Origin (curl, tests,
 * navigations) or from the app itself it passes. In production they are 404.
 */
export function isLocalRequest(env: Env | undefined, request: Request): boolean {
	if (env?.APP_ENV !== 'local') return false;
	const url = new URL(request.url);
	if (!loopback.has(url.hostname)) return false;
	const origin = request.headers.get('origin');
	return origin === null || origin === url.origin;
}
