import { defaultLocale, isLocale, locales, type Locale } from './index';

export const LOCALE_COOKIE = 'lang';

/** The user's language: an explicit choice (cookie) wins, then the browser's Accept-Language. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(cookie)) return cookie;
	const wanted = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { tag: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
		})
		.filter((entry) => entry.tag && !Number.isNaN(entry.q))
		.sort((a, b) => b.q - a.q);
	for (const { tag } of wanted)
		if ((locales as readonly string[]).includes(tag)) return tag as Locale;
	return defaultLocale;
}
