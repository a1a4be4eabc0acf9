/**
 * SvelteKit refuses form-type POSTs (multipart, text/plain…) whose Origin is not the site's own —
 * right for cookie-authenticated forms, but /api/v1 authenticates with a bearer token only, which
 * a cross-site form cannot send (a custom Authorization header needs a CORS preflight). So a
 * bearer request to /api/v1 is marked same-origin before SvelteKit sees it; nothing else is.
 */
export function allowBearerApiUploads(request: Request): Request {
	const url = new URL(request.url);
	if (!url.pathname.startsWith('/api/v1/')) return request;
	if (!/^Bearer\s/i.test(request.headers.get('authorization') ?? '')) return request;
	if (request.headers.get('origin') === url.origin) return request;
	const headers = new Headers(request.headers);
	headers.set('origin', url.origin);
	return new Request(request, { headers });
}
