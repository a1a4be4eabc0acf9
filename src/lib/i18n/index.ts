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
	backoffice
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

const catalogue = Object.fromEntries(
	locales.map((locale) => [
		locale,
		Object.assign({}, ...areas.map((area) => area[locale])) as Record<string, string>
	])
) as Record<Locale, Record<string, string>>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a gap shows in review. */
export function format(template: string, params?: MessageParams): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function translator(locale: Locale): Translate {
	const messages = catalogue[locale];
	return (key, params) => format(messages[key] ?? catalogue[defaultLocale][key] ?? key, params);
}

/** Whether a string is a known message key (used for reason identifiers coming from data). */
export function isMessageKey(key: string): key is MessageKey {
	return key in catalogue[defaultLocale];
}
