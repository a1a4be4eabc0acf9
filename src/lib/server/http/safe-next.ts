/** A same-site path to go to next; anything else (absolute URLs, `//host`, `\`) falls back to `/`. */
export function safeNext(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string') return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
	return value;
}
