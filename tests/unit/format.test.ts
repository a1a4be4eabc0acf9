import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date, dateTime, day, exportAmount, isoDate, money, month, number } from '$lib/format';
import { brusselsDate } from '$lib/registration/deadline';
import { readFileSync } from 'node:fs';
import { locales, translator } from '$lib/i18n';
import { tariffParams } from '$lib/format';
import { openApiDocument } from '$lib/server/api/openapi';
import * as m_ from '$lib/paraglide/messages';

// Intl writes no-break spaces (U+00A0, U+202F); compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money per locale', () => {
	it('writes each locale its own way', () => {
		expect(plain(money(15_000, 'nl'))).toBe('€ 150,00');
		expect(plain(money(15_000, 'fr'))).toBe('150,00 €');
		expect(plain(money(15_000, 'en'))).toBe('€150.00');
		expect(plain(money(123_450, 'nl'))).toBe('€ 1.234,50');
		expect(plain(money(123_450, 'fr'))).toBe('1 234,50 €');
		expect(plain(money(123_450, 'en'))).toBe('€1,234.50');
		expect(plain(money(50, 'nl'))).toBe('€ 0,50');
	});

	it('drops ",00" of whole amounts only when asked (tariffs in prose)', () => {
		expect(plain(money(15_000, 'nl', { compact: true }))).toBe('€ 150');
		expect(plain(money(30_000, 'fr', { compact: true }))).toBe('300 €');
		expect(plain(money(15_000, 'en', { compact: true }))).toBe('€150');
		expect(plain(money(50, 'en', { compact: true }))).toBe('€0.50');
		expect(plain(money(50, 'fr', { compact: true }))).toBe('0,50 €');
	});

	it('never loses a cent', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
				const digits = plain(money(cents, 'en')).replace(/[^0-9]/g, '');
				expect(Number(digits)).toBe(cents);
				expect(exportAmount(cents).replace(',', '')).toBe(String(cents).padStart(3, '0'));
			})
		);
	});
});

describe('numbers per locale', () => {
	it('uses the locale separators', () => {
		expect(plain(number(1234, 'nl'))).toBe('1.234');
		expect(plain(number(1234, 'fr'))).toBe('1 234');
		expect(plain(number(1234, 'en'))).toBe('1,234');
	});
});

describe('dates in Brussels', () => {
	it('a UTC instant late in the evening is already the next day in Brussels', () => {
		const lateUtc = '2026-12-31T23:30:00Z'; // 00:30 on 1 January in Brussels (UTC+1)
		expect(isoDate(lateUtc)).toBe('2027-01-01');
		expect(brusselsDate(new Date(lateUtc))).toBe('2027-01-01');
		expect(plain(date(lateUtc, 'nl', 'short'))).toBe('01/01/2027');
		expect(plain(date(lateUtc, 'en'))).toBe('1 Jan 2027');
		expect(plain(dateTime(lateUtc, 'nl'))).toBe('1 jan 2027, 00:30');
		// Summer: UTC+2, so 22:30 UTC is past midnight too.
		expect(isoDate('2026-07-14T22:30:00Z')).toBe('2026-07-15');
		expect(isoDate('2026-07-14T21:59:00Z')).toBe('2026-07-14');
	});

	it('spring forward, last Sunday of March: 01:59 UTC+1, then 03:00 UTC+2', () => {
		// 29 March 2026, 02:00 local does not exist.
		expect(plain(dateTime('2026-03-29T00:59:00Z', 'nl'))).toBe('29 mrt 2026, 01:59');
		expect(plain(dateTime('2026-03-29T01:00:00Z', 'nl'))).toBe('29 mrt 2026, 03:00');
		expect(plain(dateTime('2026-03-28T23:00:00Z', 'fr'))).toBe('29 mars 2026, 00:00');
		expect(isoDate('2026-03-28T22:59:00Z')).toBe('2026-03-28');
		expect(isoDate('2026-03-28T23:00:00Z')).toBe('2026-03-29');
		// The day after the switch starts at 22:00 UTC.
		expect(isoDate('2026-03-29T21:59:00Z')).toBe('2026-03-29');
		expect(isoDate('2026-03-29T22:00:00Z')).toBe('2026-03-30');
	});

	it('fall back, last Sunday of October: 02:59 UTC+2 comes twice', () => {
		// 25 October 2026: 03:00 UTC+2 becomes 02:00 UTC+1.
		expect(plain(dateTime('2026-10-25T00:30:00Z', 'en'))).toBe('25 Oct 2026, 02:30');
		expect(plain(dateTime('2026-10-25T01:30:00Z', 'en'))).toBe('25 Oct 2026, 02:30');
		expect(plain(dateTime('2026-10-25T02:00:00Z', 'en'))).toBe('25 Oct 2026, 03:00');
		expect(isoDate('2026-10-24T21:59:00Z')).toBe('2026-10-24');
		expect(isoDate('2026-10-24T22:00:00Z')).toBe('2026-10-25');
		// After the switch the day starts at 23:00 UTC.
		expect(isoDate('2026-10-25T22:59:00Z')).toBe('2026-10-25');
		expect(isoDate('2026-10-25T23:00:00Z')).toBe('2026-10-26');
	});

	it('a calendar date is the same day in every locale and season', () => {
		expect(plain(day('2026-03-29', 'nl', 'short'))).toBe('29/03/2026');
		expect(plain(day('2026-10-25', 'fr', 'long'))).toBe('25 octobre 2026');
		expect(plain(day('2027-01-01', 'en', 'long'))).toBe('1 January 2027');
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(d) => {
					const iso = d.toISOString().slice(0, 10);
					const [y, m, dd] = iso.split('-');
					expect(plain(day(iso, 'nl', 'short'))).toBe(`${dd}/${m}/${y}`);
				}
			)
		);
	});

	it('writes a month in words', () => {
		expect(month('2026-12', 'nl')).toBe('december 2026');
		expect(month('2026-12', 'fr')).toBe('décembre 2026');
		expect(month('2027-01', 'en')).toBe('January 2027');
	});

	it('uses a 24-hour clock in every locale', () => {
		for (const locale of ['nl', 'fr', 'en'] as const) {
			expect(plain(dateTime('2026-06-01T13:05:00Z', locale))).toContain('15:05');
		}
	});
});

describe('one formatting module', () => {
	// Every page, mail and export formats through $lib/format; a second Intl formatter, a
	// toLocaleString or a sliced ISO string somewhere else is how UTC days and nl amounts in fr
	// crept in.
	const allowed = new Set(['src/lib/format.ts']);
	const forbidden =
		/new Intl\.(NumberFormat|DateTimeFormat)|\.toLocale(String|DateString|TimeString)\(|toISOString\(\)\.slice|\.toFixed\(2\)/;

	it('no other file in src formats money, numbers or dates itself', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/\.(ts|svelte)$/.test(entry.name) && !allowed.has(path)) {
					readFileSync(path, 'utf8')
						.split('\n')
						.forEach((line, i) => {
							if (forbidden.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
						});
				}
			}
		};
		walk('src');
		expect(offenders).toEqual([]);
	});
});

describe('the tariff is data', () => {
	it('message parameters come from the tariff, so a price change is one edit', () => {
		const t = translator('nl');
		const now = plain(t(m_['results.correct.cost-tariff'], tariffParams('nl')));
		expect(now).toContain('€ 150 plus € 0,50 per regel, met een maximum van € 300');
		const dearer = { baseCents: 17_500, perLineCents: 75, capCents: 35_000 };
		const fr = plain(
			translator('fr')(m_['results.correct.cost-tariff'], tariffParams('fr', dearer))
		);
		expect(fr).toContain('175 € plus 0,75 € par ligne, avec un maximum de 350 €');
		const en = plain(translator('en')(m_['results.correct.cost-tariff'], tariffParams('en')));
		expect(en).toContain('€150 plus €0.50 per line, at most €300');
		const doc = openApiDocument('https://example.test');
		expect(doc.info.description).toContain('€150 per list + €0.50 per line, at most €300');
	});

	it('no message in use and no API text writes an amount itself', () => {
		const amount = /€\s?\d|\d\s?€/;
		let checked = 0;
		for (const locale of locales) {
			const stored = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
				string,
				unknown
			>;
			for (const [key, message] of Object.entries(stored)) {
				if (key === '$schema') continue;
				checked++;
				const text = JSON.stringify(message);
				expect(amount.test(text), `${locale} ${key}: ${text}`).toBe(false);
			}
		}
		expect(checked).toBeGreaterThan(1000);
		const source = readFileSync('src/lib/server/api/openapi.ts', 'utf8');
		expect(amount.test(source)).toBe(false);
	});
});
