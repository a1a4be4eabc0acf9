import { number } from '../format';
import { common } from './messages/common';
import { reasons } from './messages/reasons';
import { grid } from './messages/grid';
import { gridImport } from './messages/grid-import';
import { batches } from './messages/batches';
import { mail } from './messages/mail';
import { employee } from './messages/employee';
import { staff } from './messages/staff';
import { mandates } from './messages/mandates';
import { partners } from './messages/partners';
import { backoffice } from './messages/backoffice';
import { billing } from './messages/billing';
import { results } from './messages/results';
import { check } from './messages/check';
import { home } from './messages/home';

export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

// One file per area of the product, so work on one area never touches another's messages.
const areas = [
	common,
	reasons,
	grid,
	gridImport,
	batches,
	mail,
	employee,
	staff,
	mandates,
	partners,
	backoffice,
	billing,
	results,
	check,
	home
] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;
export type MessageKey = keyof UnionToIntersection<Area['nl']>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
/**
 * A message chosen where an outcome is decided and rendered later in the caller's language:
 * `(t) => t('login.throttled', { minutes })`. Services return these instead of message keys, so
 * every key is written literally where it is used (the type checker and the migration see it).
 */
export type Text = (t: Translate) => string;

const catalogue = Object.fromEntries(
	locales.map((locale) => [
		locale,
		Object.assign({}, ...areas.map((area) => area[locale])) as Record<string, string>
	])
) as Record<Locale, Record<string, string>>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Fills a message: `{name}` placeholders and ICU plurals
 * `{count, plural, =0 {geen regels} one {# regel} other {# regels}}`. The branch is chosen by
 * an exact `=n` match first, then by the locale's plural rule (fr: 0 and 1 are `one`); `#` in a
 * branch is the count, written with the locale's separators, and branches may hold placeholders
 * of their own. An unknown placeholder is left visible so a gap shows in review.
 */
export function format(template: string, params?: MessageParams, locale: Locale = defaultLocale) {
	if (!params) return template;
	return render(template, params, locale, undefined);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return rules.select(n);
}

/** The index of the `}` that closes the `{` at `open`. */
function closing(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

function render(text: string, params: MessageParams, locale: Locale, hash: string | undefined) {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const ch = text[i]!;
		if (ch === '#' && hash !== undefined) {
			out += hash;
			i++;
			continue;
		}
		if (ch !== '{') {
			out += ch;
			i++;
			continue;
		}
		const end = closing(text, i);
		if (end < 0) return out + text.slice(i);
		const body = text.slice(i + 1, end);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
		if (plural) {
			out += renderPlural(plural[1]!, body.slice(plural[0].length), text.slice(i, end + 1));
		} else {
			const name = body.trim();
			out += /^\w+$/.test(name) && name in params ? String(params[name]) : `{${body}}`;
		}
		i = end + 1;
	}
	return out;

	function renderPlural(name: string, spec: string, whole: string): string {
		if (!(name in params)) return whole;
		const raw = params[name];
		const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[\s.\u00a0\u202f]/g, ''));
		const branches = new Map<string, string>();
		let j = 0;
		while (j < spec.length) {
			const m = /^\s*(=\d+|\w+)\s*\{/.exec(spec.slice(j));
			if (!m) break;
			const open = j + m[0].length - 1;
			const end = closing(spec, open);
			if (end < 0) break;
			branches.set(m[1]!, spec.slice(open + 1, end));
			j = end + 1;
		}
		const branch =
			branches.get(`=${n}`) ?? branches.get(pluralCategory(locale, n)) ?? branches.get('other');
		if (branch === undefined) return whole;
		return render(
			branch,
			params,
			locale,
			typeof raw === 'number' ? number(raw, locale) : String(raw)
		);
	}
}

export function translator(locale: Locale): Translate {
	const messages = catalogue[locale];
	return (key, params) =>
		format(messages[key] ?? catalogue[defaultLocale][key] ?? key, params, locale);
}
