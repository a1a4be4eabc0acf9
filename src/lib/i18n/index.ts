/**
 * Languages and the translator. Messages live in messages/{nl,fr,en}.json (inlang message format)
 * and are compiled by Paraglide JS into src/lib/paraglide (`npm run i18n:compile`, or any vite
 * build/dev): `m['area.key']` is one message, a function of its (typed) parameters and a locale.
 * Call it through a translator, which brings the locale: `t(m['grid.paste.done'], { lines })`.
 * In a component `t` comes from `$lib/i18n/page` (the page's language); on the server it is
 * `locals.t` (the request's language) or `translator(locale)` for a mail or an export in a
 * given language. No global or async-local locale is involved, so workerd needs nothing special.
 */
import { baseLocale, locales as compiledLocales } from '../paraglide/runtime.js';

export const locales = compiledLocales;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = baseLocale;

export type MessageParams = Record<string, string | number>;
/** A compiled message: its inputs and, in options, the locale to render in. */
export type Message<I> = (inputs: I, options?: { locale?: Locale }) => string;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type ParamsOf<I> = {} extends I ? [params?: I] : [params: I];
export type Translate = <I extends object>(message: Message<I>, ...params: ParamsOf<I>) => string;
/**
 * A message chosen where an outcome is decided and rendered later in the caller's language:
 * `(t) => t(m['login.throttled'], { minutes })`.
 */
export type Text = (t: Translate) => string;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function translator(locale: Locale): Translate {
	return (message, ...params) => message((params[0] ?? {}) as never, { locale });
}
