/**
 * The messages (messages/{nl,fr,en}.json, compiled by Paraglide JS): every locale has every key
 * with the same parameters, no key is unused, every call names its message literally, and no
 * counted message says "1 regels", "0 lignes" or "1 lines" when rendered with 0, 1 and 2.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, translator, type Locale } from '$lib/i18n';
import { mailTranslator } from '$lib/i18n/mail';
import { mailDe } from '$lib/i18n/mail-de';
import * as m from '$lib/paraglide/messages';

// Intl writes no-break spaces (U+00A0, U+202F); compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

type Variants = { declarations: string[]; selectors: string[]; match: Record<string, string> };
type Stored = string | Variants[];

const messages = Object.fromEntries(
	locales.map((locale) => {
		const { $schema: _schema, ...rest } = JSON.parse(
			readFileSync(`messages/${locale}.json`, 'utf8')
		) as Record<string, Stored>;
		return [locale, rest];
	})
) as Record<Locale, Record<string, Stored>>;
const keys = Object.keys(messages.nl) as (keyof typeof m)[];

/** The texts of a message: one, or one per plural variant. */
const texts = (stored: Stored) =>
	typeof stored === 'string' ? [stored] : stored.flatMap((s) => Object.values(s.match));

/** A message's inputs: its `input` declarations, or the `{name}` placeholders of a plain text. */
function inputs(stored: Stored): string[] {
	if (typeof stored !== 'string')
		return stored
			.flatMap((s) => s.declarations)
			.filter((d) => d.startsWith('input '))
			.map((d) => d.slice('input '.length).trim())
			.sort();
	return [...new Set([...stored.matchAll(/(?<!\\)\{(\w+)\}/g)].map((x) => x[1]!))].sort();
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
		nouns[locale] = [...row.matchAll(/→\s*([^;|]+)/g)].map((x) => x[1]!.trim());
	}
	return nouns;
}

describe('the messages', () => {
	it('every locale has every key, with the same parameters', () => {
		for (const locale of locales) {
			expect(Object.keys(messages[locale]).sort(), locale).toEqual([...keys].sort());
			for (const key of keys)
				expect(inputs(messages[locale][key]!), `${locale} ${key}`).toEqual(
					inputs(messages.nl[key]!)
				);
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
				const names = inputs(messages[locale][key]!);
				const numbers = names.filter((name) => numeric.test(name));
				if (numbers.length === 0) continue;
				counted++;
				for (const value of [0, 1, 2]) {
					for (const varied of numbers) {
						const params = Object.fromEntries(
							names.map((name) => [name, name === varied ? value : numeric.test(name) ? 5 : 'X'])
						);
						const text = plain(t(m[key] as (i: object) => string, params));
						if (wrong.test(text)) problems.push(`${locale} ${key} (${varied}=${value}): ${text}`);
						if (/\{\s*\w+\s*[,}]|undefined/.test(text))
							problems.push(`${locale} ${key}: unfilled ${text}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
		expect(counted).toBeGreaterThan(30);
	});

	it('every message that counts people, lines or days uses a plural', () => {
		// A count written straight before a noun ("{count} regels") is the bug plurals fix; inside
		// a plural variant only the selector's own number ("{countNumber} regels") may stand there.
		const nouns = pluralNouns();
		const offenders: string[] = [];
		for (const locale of locales) {
			const bare = new RegExp(`\\{(\\w+)\\} (${nouns[locale].join('|')})\\b`, 'gu');
			for (const key of keys) {
				const stored = messages[locale][key]!;
				const selected = new Set(
					typeof stored === 'string'
						? []
						: stored.flatMap((s) =>
								s.selectors.map((name) => `${name.replace(/Plural$/, '')}Number`)
							)
				);
				for (const text of texts(stored))
					for (const hit of text.matchAll(bare))
						if (!selected.has(hit[1]!)) offenders.push(`${locale} ${key}: ${text}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('plurals follow CLDR: fr counts 0 as singular, nl and en do not', () => {
		const line = m['grid.paste.done'];
		expect(plain(line({ lines: 0 }, { locale: 'nl' }))).not.toMatch(/\b0 regel\b/);
		expect(plain(line({ lines: 1 }, { locale: 'nl' }))).toMatch(/\b1 regel\b/);
		expect(plain(line({ lines: 1 }, { locale: 'fr' }))).toMatch(/\b1 ligne\b/);
		expect(plain(line({ lines: 2 }, { locale: 'en' }))).toMatch(/\b2 lines\b/);
		expect(plain(line({ lines: 1234 }, { locale: 'nl' }))).toContain('1.234');
	});

	it('the start mail speaks German, with its plural, and German has no other message', () => {
		const de = mailTranslator('de');
		expect(de(m['mail.start.subject'])).toBe('Ihr Zugang zu YOU-P');
		expect(de(m['mail.start.valid'], { days: 1, until: 'morgen' })).toContain('1 Tag:');
		expect(de(m['mail.start.valid'], { days: 30, until: 'X' })).toContain('30 Tage:');
		expect(() => de(m['app.name'])).toThrow();
	});

	it('every message of the start mail, and only those, has its German text', () => {
		const startKeys = keys.filter((key) => key.startsWith('mail.start.'));
		const german = new Set(mailDe.map(([message]) => message));
		expect(startKeys.filter((key) => !german.has(m[key]))).toEqual([]);
		expect(german.size).toBe(startKeys.length);
	});
});

/** Every .ts, .js and .svelte file under src, but the compiled messages. */
function sources(): { path: string; text: string }[] {
	const files: { path: string; text: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'paraglide') walk(path);
			} else if (/\.(ts|js|svelte)$/.test(entry.name))
				files.push({ path, text: readFileSync(path, 'utf8') });
		}
	};
	walk('src');
	return files;
}

describe('message keys are literal', () => {
	it("every translator call passes a message named literally: t(m['key'], …)", () => {
		// `t(m[key])`, `t(m[\`reason.${r}\`])` hide keys from the type checker and from the unused
		// check below. Choose with a map of thunks instead (src/lib/i18n/labels.ts):
		// `{ a: () => t(m['x.a']), b: () => t(m['x.b']) } satisfies Record<Kind, () => string>`.
		const call = /\bt\((?!\s*(?:m_*\['[^']+'\]|message\b))/g;
		const offenders: string[] = [];
		for (const { path, text } of sources()) {
			for (const hit of text.matchAll(call)) {
				const line = text.slice(0, hit.index).split('\n').length;
				offenders.push(`${path}:${line}: ${text.split('\n')[line - 1]!.trim()}`);
			}
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
