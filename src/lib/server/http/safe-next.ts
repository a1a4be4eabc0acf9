/** Stands for "this site" while parsing; only a value that stays on it is followed. */
const HERE = 'http://here.invalid';

/**
 * A same-site path to go to next, or `fallback`. "Same site" is decided the way a browser reads
 * the value: parsed as a URL against this site (which drops tabs and line breaks, turns `\` into
 * `/` and resolves `//host`, `/./`), kept only when the origin is still this site, and returned as
 * the parsed path + query + fragment, percent-encoded, so the Location header can hold it. Never by
 * looking at the string's first characters alone.
 */
export function safeNext(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
	let url: URL;
	try {
		url = new URL(value, HERE);
	} catch {
		return fallback;
	}
	if (url.origin !== HERE) return fallback;
	const next = url.pathname + url.search + url.hash;
	// `/.//host` parses to the path `//host`, which a browser would read as another host.
	if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
	return next;
}
