/**
 * The one place that turns money, numbers, dates and times into text, for pages, mails and
 * exports alike. Dates and times are always those of Brussels, whatever the time zone of the
 * machine (workerd runs in UTC; a browser may be anywhere): 23:30 UTC on 31 March is 1 April here.
 *
 * Locales: nl-BE and fr-BE; English is en-GB ("€150.00", 30/03/2026, 24-hour clock). en-BE would
 * give the same today, but its thin CLDR data has changed between ICU versions, and the same page
 * is rendered by workerd's ICU on the server and by the browser's after hydration: en-GB is the
 * European English both agree on.
 *
 * Exports (csv, xlsx) do not use the display formats: they carry ISO dates (yyyy-mm-dd) and plain
 * numbers, so a spreadsheet can compute with them ({@link exportAmount}).
 */
import type { Locale } from '$lib/i18n';
import type { MailLocale } from '$lib/i18n/mail';
import { DEFAULT_TARIFF, type Tariff } from './registration/cost';

const TIME_ZONE = 'Europe/Brussels';

// German is a mail language only (the start-password mail's expiry): de-BE.
const intlLocales: Record<MailLocale, string> = {
	nl: 'nl-BE',
	fr: 'fr-BE',
	en: 'en-GB',
	de: 'de-BE'
};

/** The BCP 47 locale the formats of `locale` follow. */
function intlLocale(locale: MailLocale): string {
	return intlLocales[locale] ?? intlLocales.nl;
}

// Intl formatters are costly to build and pure: one per locale and option set.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `n|${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key) as Intl.NumberFormat | undefined;
	if (!format) cache.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
	return format;
}
function dateFormat(locale: MailLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d|${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) {
		format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: TIME_ZONE });
		cache.set(key, format);
	}
	return format;
}

interface MoneyOptions {
	/** Leave out ",00" of a whole amount ("€ 150" rather than "€ 150,00"), for tariffs in prose. */
	compact?: boolean;
}

/** An amount in integer euro cents: nl "€ 150,00", fr "150,00 €", en "€150.00". */
export function money(cents: number, locale: Locale, options: MoneyOptions = {}): string {
	const whole = options.compact && cents % 100 === 0;
	return numberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: whole ? 0 : 2
	}).format(cents / 100);
}

/** A number with the locale's separators: nl "1.234", fr "1 234", en "1,234". */
export function number(value: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

type DateStyle = 'short' | 'medium' | 'long';

/** The Brussels calendar day of an instant: nl medium "30 mrt 2026", short "30/03/2026". */
export function date(instant: Date | string | number, locale: Locale, style: DateStyle = 'medium') {
	const options: Intl.DateTimeFormatOptions =
		style === 'short'
			? { day: '2-digit', month: '2-digit', year: 'numeric' }
			: { dateStyle: style };
	return dateFormat(locale, options).format(new Date(instant));
}

/** Date and time of an instant in Brussels: nl "30 mrt 2026, 00:30", en "30 Mar 2026, 00:30". */
export function dateTime(
	instant: Date | string | number,
	locale: MailLocale,
	style: DateStyle = 'medium'
) {
	const options: Intl.DateTimeFormatOptions =
		style === 'short'
			? { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }
			: { dateStyle: style, timeStyle: 'short' };
	return dateFormat(locale, { ...options, hourCycle: 'h23' }).format(new Date(instant));
}

/**
 * A calendar date given as `yyyy-mm-dd` (a promised day, a birth date): the same day in every
 * locale's notation, never shifted by a time zone.
 */
export function day(isoDate: string, locale: Locale, style: DateStyle = 'medium'): string {
	// Noon UTC is the same calendar day in Brussels in winter and in summer.
	return date(`${isoDate}T12:00:00Z`, locale, style);
}

/** A calendar month given as `yyyy-mm`: nl "december 2026", fr "décembre 2026". */
export function month(isoMonth: string, locale: Locale): string {
	return dateFormat(locale, { month: 'long', year: 'numeric' }).format(
		new Date(`${isoMonth}-15T12:00:00Z`)
	);
}

/** The Brussels calendar date of an instant, as `yyyy-mm-dd` (for comparisons and exports). */
export function isoDate(instant: Date | string | number): string {
	const parts = dateFormat('en', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(new Date(instant));
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * An amount for a semicolon-separated CSV: a plain number without thousands separator or
 * currency, with a decimal comma ("1234,50"), which is what a spreadsheet set to Belgian
 * (nl-BE, fr-BE) conventions reads as a number in a ';' file. xlsx cells hold `cents / 100`.
 */
export function exportAmount(cents: number): string {
	return (cents / 100).toFixed(2).replace('.', ',');
}

/**
 * The amounts of a tariff as message parameters ({base}, {line}, {cap}), so that no message
 * writes a price: a price change is an edit of the tariff data alone.
 */
export function tariffParams(locale: Locale, tariff: Readonly<Tariff> = DEFAULT_TARIFF) {
	return {
		base: money(tariff.baseCents, locale, { compact: true }),
		line: money(tariff.perLineCents, locale, { compact: true }),
		cap: money(tariff.capCents, locale, { compact: true })
	};
}

/** The formats bound to one locale, for a page: `const f = $derived(formatter(data.locale))`. */
export function formatter(locale: Locale) {
	return {
		locale,
		money: (cents: number, options?: MoneyOptions) => money(cents, locale, options),
		number: (value: number) => number(value, locale),
		date: (instant: Date | string | number, style?: DateStyle) => date(instant, locale, style),
		dateTime: (instant: Date | string | number, style?: DateStyle) =>
			dateTime(instant, locale, style),
		day: (iso: string, style?: DateStyle) => day(iso, locale, style),
		month: (isoMonth: string) => month(isoMonth, locale),
		tariff: (tariff?: Readonly<Tariff>) => tariffParams(locale, tariff)
	};
}
