import type { Locale } from './index';

// Intl wants a region for Belgian conventions (dd/mm/yyyy, 24 h) in every language.
const tags: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-BE' };
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as Brussels wall-clock date and time in the reader's language ("02/12/2026 01:05:09"),
 * whatever the time zone of the server or the browser. THE one place for date-times in Brussels
 * time; the formatting work can take it over as it is.
 */
export function brusselsDateTime(instant: Date | number, locale: Locale): string {
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(tags[locale], {
			timeZone: 'Europe/Brussels',
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formats.set(locale, format);
	}
	return format.format(instant);
}
