#!/usr/bin/env node
/**
 * Moves the hand-written catalogue (src/lib/i18n/messages/*.ts, `t('key', params)`) to Paraglide JS 2.
 * Rerunnable on any tree that still has the old catalogue: it reads what is there, so keys and call
 * sites added by others are converted too.
 *
 *   node scripts/i18n-migrate.mjs            # convert, then: npx paraglide-js compile … (see README)
 *   node scripts/i18n-migrate.mjs --check    # only report what it would do and what it cannot convert
 *
 * What it does:
 *  1. reads every area file of src/lib/i18n/messages (nl, fr, en), checks that the locales carry
 *     the same keys, and writes messages/{nl,fr,en}.json in the inlang message format; an ICU plural
 *     `{n, plural, =0 {…} one {# x} other {# xs}}` becomes declarations (`input n`,
 *     `local nPlural = n: plural`, `local nNumber = n: number`), selectors and match variants
 *     (several plurals in one message: one variant per combination; `other` is the `*` fallback, so
 *     CLDR categories the source does not name — fr "many" — still find a text);
 *  2. rewrites every call with a literal key in src and tests — `t('a.b', p)`, `locals.t('a.b')`,
 *     `translator(locale)('a.b', p)` — to pass the compiled message: `t(m['a.b'], p)`; `t` stays
 *     the function that knows the locale (page data in components, the request's or a given locale
 *     on the server), so every message gets an explicit locale and nothing depends on a global;
 *     adds `import { m } from '$lib/paraglide/messages'` where needed;
 *  3. replaces src/lib/i18n/index.ts and page.ts by the Paraglide versions (locales, isLocale,
 *     negotiation stay), deletes the old catalogue, define.ts and the old catalogue test.
 * It exits 1, and changes nothing, when a locale lacks a key, a call names an unknown key or a
 * call's key is not a literal; it lists them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');
const LOCALES = ['nl', 'fr', 'en'];
const catalogueDir = join(root, 'src/lib/i18n/messages');
const problems = [];

// ---------------------------------------------------------------------------------------------
// 1. The catalogue
// ---------------------------------------------------------------------------------------------
if (!existsSync(catalogueDir)) {
	console.error('No src/lib/i18n/messages: the catalogue is migrated already.');
	process.exit(1);
}
const jiti = createJiti(import.meta.url);
/** @type {Record<string, Record<string, string>>} */
const catalogue = Object.fromEntries(LOCALES.map((l) => [l, {}]));
for (const file of readdirSync(catalogueDir).sort()) {
	if (!/\.ts$/.test(file)) continue;
	const mod = await jiti.import(pathToFileURL(join(catalogueDir, file)).href);
	for (const area of Object.values(mod)) {
		if (!area || typeof area !== 'object' || !('nl' in area)) continue;
		for (const locale of LOCALES) {
			for (const [key, text] of Object.entries(area[locale] ?? {})) {
				if (key in catalogue[locale]) problems.push(`${file}: key ${key} (${locale}) twice`);
				catalogue[locale][key] = text;
			}
		}
	}
}
const keys = Object.keys(catalogue.nl);
for (const locale of LOCALES) {
	for (const key of keys) if (!(key in catalogue[locale])) problems.push(`${locale} lacks ${key}`);
	for (const key of Object.keys(catalogue[locale]))
		if (!(key in catalogue.nl)) problems.push(`${locale} has ${key}, nl has not`);
}

/** Parses our message syntax: text, `{name}`, `{name, plural, =0 {…} one {…} other {…}}`, `#`. */
function parse(text, inPlural = false) {
	const nodes = [];
	let buffer = '';
	const flush = () => {
		if (buffer) nodes.push({ type: 'text', value: buffer });
		buffer = '';
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '#' && inPlural) {
			flush();
			nodes.push({ type: 'hash' });
			continue;
		}
		if (ch !== '{') {
			buffer += ch;
			continue;
		}
		const end = closing(text, i);
		if (end < 0) throw new Error(`unbalanced { in ${JSON.stringify(text)}`);
		const body = text.slice(i + 1, end);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
		if (plural) {
			flush();
			const branches = {};
			let spec = body.slice(plural[0].length);
			for (let m; (m = /^\s*(=\d+|\w+)\s*\{/.exec(spec));) {
				const open = m[0].length - 1;
				const close = closing(spec, open);
				branches[m[1]] = parse(spec.slice(open + 1, close), true);
				spec = spec.slice(close + 1);
			}
			if (spec.trim()) throw new Error(`cannot read plural ${JSON.stringify(body)}`);
			if (!branches.other) throw new Error(`plural without other: ${JSON.stringify(body)}`);
			nodes.push({ type: 'plural', name: plural[1], branches });
		} else if (/^\s*\w+\s*$/.test(body)) {
			flush();
			nodes.push({ type: 'var', name: body.trim() });
		} else {
			buffer += `{${body}}`;
		}
		i = end;
	}
	flush();
	return nodes;
}

function closing(text, open) {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

/** Plural variables (in order of appearance) with their `=n` and category keys; every input. */
function collect(nodes, plurals = new Map(), inputs = new Set(), hashes = new Set(), current) {
	for (const node of nodes) {
		if (node.type === 'var') inputs.add(node.name);
		else if (node.type === 'hash') hashes.add(current);
		else if (node.type === 'plural') {
			inputs.add(node.name);
			const keysOf = plurals.get(node.name) ?? new Set();
			for (const k of Object.keys(node.branches)) keysOf.add(k);
			plurals.set(node.name, keysOf);
			for (const branch of Object.values(node.branches))
				collect(branch, plurals, inputs, hashes, node.name);
		}
	}
	return { plurals, inputs, hashes };
}

const escape = (s) => s.replace(/[\\{}]/g, (c) => `\\${c}`);

function render(nodes, choice, locale, current) {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += escape(node.value);
		else if (node.type === 'var') out += `{${node.name}}`;
		else if (node.type === 'hash') out += `{${current}Number}`;
		else {
			const chosen = choice[node.name];
			let branch = node.branches[chosen];
			if (!branch && chosen.startsWith('='))
				branch =
					node.branches[new Intl.PluralRules(locale).select(Number(chosen.slice(1)))] ??
					node.branches.other;
			branch ??= node.branches.other;
			out += render(branch, choice, locale, node.name);
		}
	}
	return out;
}

/** One message in the inlang message format: a string, or `[{ declarations, selectors, match }]`. */
function convert(text, locale) {
	const nodes = parse(text);
	const { plurals, inputs, hashes } = collect(nodes);
	if (plurals.size === 0) return render(nodes, {}, locale);
	const declarations = [...inputs].map((name) => `input ${name}`);
	const selectors = [];
	/** Per plural variable: its options, each `{ choice, match: ['n=0', 'nPlural=*'] }`. */
	const options = [];
	for (const [name, branchKeys] of plurals) {
		declarations.push(`local ${name}Plural = ${name}: plural`);
		if (hashes.has(name)) declarations.push(`local ${name}Number = ${name}: number`);
		const exact = [...branchKeys].filter((k) => k.startsWith('='));
		const categories = [...branchKeys].filter((k) => !k.startsWith('=') && k !== 'other');
		if (exact.length) selectors.push(name);
		selectors.push(`${name}Plural`);
		const own = [];
		for (const e of exact)
			own.push({ choice: e, match: [`${name}=${e.slice(1)}`, `${name}Plural=*`] });
		for (const c of [...categories, 'other'])
			own.push({
				choice: c,
				match: [...(exact.length ? [`${name}=*`] : []), `${name}Plural=${c === 'other' ? '*' : c}`]
			});
		options.push({ name, own });
	}
	const match = {};
	const walk = (i, choice, parts) => {
		if (i === options.length) {
			match[parts.join(', ')] = render(nodes, choice, locale);
			return;
		}
		for (const o of options[i].own)
			walk(i + 1, { ...choice, [options[i].name]: o.choice }, [...parts, ...o.match]);
	};
	walk(0, {}, []);
	return [{ declarations, selectors, match }];
}

const json = {};
for (const locale of LOCALES) {
	json[locale] = { $schema: 'https://inlang.com/schema/inlang-message-format' };
	for (const key of keys) {
		try {
			json[locale][key] = convert(catalogue[locale][key] ?? '', locale);
		} catch (error) {
			problems.push(`${locale} ${key}: ${error.message}`);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// 2. Call sites
// ---------------------------------------------------------------------------------------------
const known = new Set(keys);
/** `t('key'`, `locals.t('key'`, `translator(x)('key'` (the key a plain single-quoted literal). */
const LITERAL_CALL = /(\bt|\btranslator\([^()]*\))\(\s*'([^'\\]+)'/g;
/** What the guard test forbids: a translator call whose first argument is not a literal. */
const DYNAMIC_CALL = /\bt\(\s*[^'\s)]/;

function walkFiles(dir, out = []) {
	if (!existsSync(dir)) return out;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (['node_modules', 'paraglide', 'messages'].includes(entry.name) && path.includes('src'))
				continue;
			walkFiles(path, out);
		} else if (/\.(ts|js|svelte)$/.test(entry.name)) out.push(path);
	}
	return out;
}

const skip = new Set(
	[
		'src/lib/i18n/index.ts',
		'src/lib/i18n/page.ts',
		'src/lib/i18n/define.ts',
		'tests/unit/i18n.test.ts'
	].map((p) => join(root, p))
);
const rewrites = new Map();
for (const file of [...walkFiles(join(root, 'src')), ...walkFiles(join(root, 'tests'))]) {
	if (skip.has(file)) continue;
	const source = readFileSync(file, 'utf8');
	let changed = false;
	const name = importName(source);
	const next = source.replace(LITERAL_CALL, (whole, callee, key) => {
		if (!known.has(key)) {
			// Not a message key (e.g. a test's own `t('…')` helper): left alone, but told.
			if (/\bt$/.test(callee) && /^[a-z0-9-]+(\.[\w-]+)+$/i.test(key))
				problems.push(`${relative(root, file)}: unknown key '${key}'`);
			return whole;
		}
		changed = true;
		return `${callee}(${name}['${key}']`;
	});
	next.split('\n').forEach((line, i) => {
		const rest = line.replace(new RegExp(`\\bt\\(\\s*${name}\\[`, 'g'), '');
		if (file.startsWith(join(root, 'src')) && DYNAMIC_CALL.test(rest))
			problems.push(`${relative(root, file)}:${i + 1}: key is not a literal: ${line.trim()}`);
	});
	if (changed) rewrites.set(file, addImport(file, next, name));
}

/** `m`, unless the file already uses that name for something else (then `m_`, `m__` …). */
function importName(source) {
	let name = 'm';
	while (new RegExp(`(?<![.'"\\w$])${name}(?![\\w$'"])`).test(source)) name += '_';
	return name;
}

function addImport(file, source, name) {
	const fromTests = file.startsWith(join(root, 'tests'));
	const target = join(root, 'src/lib/paraglide/messages.js');
	let spec = '$lib/paraglide/messages';
	if (fromTests && !/from '\$lib\//.test(source)) {
		spec = relative(dirname(file), target).replace(/\\/g, '/');
		if (!spec.startsWith('.')) spec = `./${spec}`;
	}
	const line = `import { m${name === 'm' ? '' : ` as ${name}`} } from '${spec}';`;
	if (file.endsWith('.svelte')) {
		const script = /<script(?![^>]*context=)(?![^>]*\bmodule\b)[^>]*>\n?/.exec(source);
		if (!script) return `<script lang="ts">\n\t${line}\n</script>\n\n${source}`;
		const at = script.index + script[0].length;
		return `${source.slice(0, at)}\t${line}\n${source.slice(at)}`;
	}
	const imports = [...source.matchAll(/^import[\s\S]*?from\s+['"][^'"]+['"];?\s*$/gm)];
	if (imports.length === 0) return `${line}\n${source}`;
	const last = imports[imports.length - 1];
	const at = last.index + last[0].length;
	return `${source.slice(0, at)}\n${line}${source.slice(at)}`;
}

// ---------------------------------------------------------------------------------------------
// 3. Report, then write
// ---------------------------------------------------------------------------------------------
const plural = keys.filter((k) => Array.isArray(json.nl[k]) || Array.isArray(json.fr[k]));
console.log(
	`${keys.length} keys (${plural.length} with plurals), ${rewrites.size} files with calls to rewrite`
);
if (problems.length) {
	console.error(`\nCannot convert (${problems.length}); nothing was written:`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
if (checkOnly) process.exit(0);

mkdirSync(join(root, 'messages'), { recursive: true });
for (const locale of LOCALES)
	writeFileSync(
		join(root, `messages/${locale}.json`),
		`${JSON.stringify(json[locale], null, '\t')}\n`
	);
for (const [file, text] of rewrites) writeFileSync(file, text);

writeFileSync(
	join(root, 'src/lib/i18n/index.ts'),
	`/**
 * Languages and the translator. Messages live in messages/{nl,fr,en}.json (inlang message format)
 * and are compiled by Paraglide JS into src/lib/paraglide (\`npm run i18n:compile\`, or any vite
 * build/dev): \`m['area.key']\` is one message, a function of its (typed) parameters and a locale.
 * Call it through a translator, which brings the locale: \`t(m['grid.paste.done'], { lines })\`.
 * In a component \`t\` comes from \`$lib/i18n/page\` (the page's language); on the server it is
 * \`locals.t\` (the request's language) or \`translator(locale)\` for a mail or an export in a
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
 * \`(t) => t(m['login.throttled'], { minutes })\`.
 */
export type Text = (t: Translate) => string;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function translator(locale: Locale): Translate {
	return (message, ...params) => message((params[0] ?? {}) as never, { locale });
}
`
);
writeFileSync(
	join(root, 'src/lib/i18n/page.ts'),
	`import { page } from '$app/state';
import { defaultLocale, translator, type Translate } from './index';

/** Translate in a component, in the language of the current page (reactive through page.data). */
export const t: Translate = (message, ...params) =>
	translator(page.data.locale ?? defaultLocale)(message, ...params);
`
);
rmSync(catalogueDir, { recursive: true, force: true });
rmSync(join(root, 'src/lib/i18n/define.ts'), { force: true });
rmSync(join(root, 'tests/unit/i18n.test.ts'), { force: true });
console.log(
	'Written: messages/{nl,fr,en}.json, rewritten call sites, new src/lib/i18n/index.ts and page.ts.'
);
console.log(
	'Next: npm run i18n:compile && npx prettier --write . && npm run check && npm run test:unit'
);
