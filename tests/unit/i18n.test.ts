import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, locales, translator, type Locale, type MessageKey } from '$lib/i18n';

// Intl writes no-break spaces (U+00A0, U+202F); compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const areas = import.meta.glob<Record<string, Record<Locale, Record<string, string>>>>(
	'../../src/lib/i18n/messages/*.ts',
	{ eager: true }
);
const catalogue = Object.fromEntries(
	locales.map((locale) => [
		locale,
		Object.assign(
			{},
			...Object.values(areas).flatMap((m) => Object.values(m).map((area) => area[locale]))
		) as Record<string, string>
	])
) as Record<Locale, Record<string, string>>;
const keys = Object.keys(catalogue.nl) as MessageKey[];

/** The parameter names of a message: placeholders and plural selectors, inside branches too. */
function paramNames(text: string): string[] {
	const names = new Set<string>();
	const walk = (part: string) => {
		for (let i = 0; i < part.length; i++) {
			if (part[i] !== '{') continue;
			let depth = 0;
			let end = i;
			for (; end < part.length; end++) {
				if (part[end] === '{') depth++;
				else if (part[end] === '}' && --depth === 0) break;
			}
			const body = part.slice(i + 1, end);
			const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
			if (plural) {
				names.add(plural[1]!);
				// The branches: `one {…} other {…}`; walk each body.
				let rest = body.slice(plural[0].length);
				for (let m; (m = /^\s*(=\d+|\w+)\s*\{/.exec(rest));) {
					let d = 0;
					let j = m[0].length - 1;
					for (; j < rest.length; j++) {
						if (rest[j] === '{') d++;
						else if (rest[j] === '}' && --d === 0) break;
					}
					walk(rest.slice(m[0].length, j));
					rest = rest.slice(j + 1);
				}
			} else if (/^\w+$/.test(body.trim())) names.add(body.trim());
			i = end;
		}
	};
	walk(text);
	return [...names].sort();
}

/** Parameters that hold a count or a number (the others get a dummy text). */
const numeric =
	/^(count|n|lines|rows|max|total|done|ready|problems|minutes|days|added|changed|removed|unchanged|accounts|c\d|attempts|from|to|page|number|line|id)$/;

/** The plural nouns of the glossary, per locale ("regel → regels" gives "regels"). */
function pluralNouns(): Record<Locale, string[]> {
	const glossary = readFileSync('messages/GLOSSARY.md', 'utf8');
	const nouns = {} as Record<Locale, string[]>;
	for (const locale of locales) {
		const row = glossary.split('\n').find((l) => l.startsWith(`| ${locale} `) && l.includes('→'));
		if (!row) throw new Error(`GLOSSARY.md has no plural row for ${locale}`);
		nouns[locale] = [...row.matchAll(/→\s*([^;|]+)/g)].map((m) => m[1]!.trim());
	}
	return nouns;
}

describe('format', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('Lijst {number} van {org}', { number: 7 })).toBe('Lijst 7 van {org}');
		expect(format('Geen parameters')).toBe('Geen parameters');
	});

	it('chooses the plural branch by the locale rule, =n first', () => {
		const text = '{count, plural, =0 {geen regels} one {# regel} other {# regels}} geplakt';
		expect(format(text, { count: 0 }, 'nl')).toBe('geen regels geplakt');
		expect(format(text, { count: 1 }, 'nl')).toBe('1 regel geplakt');
		expect(format(text, { count: 2 }, 'nl')).toBe('2 regels geplakt');
		const fr = '{count, plural, one {# ligne collée} other {# lignes collées}}';
		expect(format(fr, { count: 0 }, 'fr')).toBe('0 ligne collée');
		expect(format(fr, { count: 1 }, 'fr')).toBe('1 ligne collée');
		expect(format(fr, { count: 2 }, 'fr')).toBe('2 lignes collées');
		const en = '{n, plural, one {# line} other {# lines}}';
		expect(format(en, { n: 0 }, 'en')).toBe('0 lines');
		expect(format(en, { n: 1 }, 'en')).toBe('1 line');
	});

	it('writes # with the locale separators and fills placeholders inside branches', () => {
		const text = '{count, plural, one {# regel uit {name}} other {# regels uit {name}}}.';
		expect(plain(format(text, { count: 1234, name: 'a.xlsx' }, 'nl'))).toBe(
			'1.234 regels uit a.xlsx.'
		);
		expect(plain(format(text, { count: 1234, name: 'a.xlsx' }, 'fr'))).toBe(
			'1 234 regels uit a.xlsx.'
		);
		expect(format(text, { count: 1, name: 'b.csv' }, 'nl')).toBe('1 regel uit b.csv.');
		expect(
			format(
				'{a, plural, one {# x} other {# {b, plural, one {# y} other {# ys}}}}',
				{ a: 2, b: 1 },
				'en'
			)
		).toBe('2 1 y');
	});

	it('keeps a plural whose count is missing visible', () => {
		expect(format('{count, plural, one {# a} other {# b}}', {}, 'nl')).toBe(
			'{count, plural, one {# a} other {# b}}'
		);
	});
});

describe('the catalogue', () => {
	it('every locale has every key, with the same parameters', () => {
		for (const locale of locales) {
			expect(Object.keys(catalogue[locale]).sort(), locale).toEqual([...keys].sort());
			for (const key of keys) {
				expect(paramNames(catalogue[locale][key]!), `${locale} ${key}`).toEqual(
					paramNames(catalogue.nl[key]!)
				);
			}
		}
	});

	it('no message says "1 regels", "1 lignes", "0 lignes" or "1 lines" (rendered with 0, 1, 2)', () => {
		const nouns = pluralNouns();
		const problems: string[] = [];
		let counted = 0;
		for (const locale of locales) {
			const t = translator(locale);
			const singular = locale === 'fr' ? '[01]' : '1';
			const wrong = new RegExp(`(^|[^\\d.,])${singular} (${nouns[locale].join('|')})\\b`, 'u');
			for (const key of keys) {
				const names = paramNames(catalogue[locale][key]!);
				const numbers = names.filter((name) => numeric.test(name));
				if (numbers.length === 0) continue;
				counted++;
				for (const value of [0, 1, 2]) {
					for (const varied of numbers) {
						const params = Object.fromEntries(
							names.map((name) => [name, name === varied ? value : numeric.test(name) ? 5 : 'X'])
						);
						const text = plain(t(key, params));
						if (wrong.test(text)) problems.push(`${locale} ${key} (${varied}=${value}): ${text}`);
						if (/\{\s*\w+\s*[,}]/.test(text)) problems.push(`${locale} ${key}: unfilled ${text}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
		expect(counted).toBeGreaterThan(30);
	});

	it('every message that counts people, lines or days uses a plural', () => {
		// A count written straight before a noun ("{count} regels") is the bug plurals fix.
		const nouns = pluralNouns();
		const offenders: string[] = [];
		for (const locale of locales) {
			const bare = new RegExp(`\\{\\w+\\} (${nouns[locale].join('|')})\\b`, 'u');
			for (const key of keys)
				if (bare.test(catalogue[locale][key]!))
					offenders.push(`${locale} ${key}: ${catalogue[locale][key]}`);
		}
		expect(offenders).toEqual([]);
	});
});

/** Every .ts and .svelte file under src, but the catalogue itself. */
function sources(): { path: string; text: string }[] {
	const files: { path: string; text: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (path !== join('src', 'lib', 'i18n', 'messages') && entry.name !== 'paraglide')
					walk(path);
			} else if (/\.(ts|js|svelte)$/.test(entry.name))
				files.push({ path, text: readFileSync(path, 'utf8') });
		}
	};
	walk('src');
	return files;
}

describe('message keys are literal', () => {
	it('every call of a translator names its key literally (no variables, no template strings)', () => {
		// `t(key)`, `locals.t(x)`, `t(\`reason.${r}\`)` hide keys from the type checker and from the
		// Paraglide migration. Choose with a map of thunks instead:
		// `{ a: () => t('x.a'), b: () => t('x.b') } satisfies Record<Kind, () => string>`.
		const dynamic = /\bt\(\s*[^'\s)]/;
		const offenders: string[] = [];
		for (const { path, text } of sources()) {
			if (path === join('src', 'lib', 'i18n', 'page.ts')) continue;
			text.split('\n').forEach((line, i) => {
				if (dynamic.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
			});
		}
		expect(offenders).toEqual([]);
	});

	it('no key is unused: every key appears literally in src', () => {
		const text = sources()
			.map((f) => f.text)
			.join('\n');
		const unused = keys.filter((key) => !text.includes(`'${key}'`));
		expect(unused).toEqual([]);
	});
});
