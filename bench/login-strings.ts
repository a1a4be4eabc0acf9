/**
 * What /login downloads: the JavaScript the page loads up front (SvelteKit's modulepreload list:
 * the client entry, the root layout and error nodes and the /login page node, each with its static
 * imports), its size, and how many back-office strings (keys staff.*, audit.*, confirm.*,
 * partners.staff.*, mandates.staff.*) those files carry. Run `npm run build` first.
 *
 *   node bench/run-ts.mjs bench/login-strings.ts [page=src/routes/login/+page]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const page = process.argv[2] ?? 'src/routes/login/+page';
const server = '.svelte-kit/output/server';
const client = '.svelte-kit/output/client';

const manifest = readFileSync(join(server, 'manifest.js'), 'utf8');
const entry = /client: \{start:"[^"]+",app:"[^"]+",imports:(\[[^\]]*\])/.exec(manifest);
if (!entry) throw new Error('no client entry in the server manifest (build first)');
const files = new Set<string>(JSON.parse(entry[1]!) as string[]);
for (const node of readdirSync(join(server, 'nodes'))) {
	const text = readFileSync(join(server, 'nodes', node), 'utf8');
	const index = /export const index = (\d+);/.exec(text)?.[1];
	const own = text.includes(`"${page}.server.ts"`) || text.includes(`${page}.svelte`);
	if (index === '0' || index === '1' || own)
		for (const f of JSON.parse(/export const imports = (\[[^\]]*\])/.exec(text)?.[1] ?? '[]'))
			files.add(f as string);
}
const js = [...files].filter((f) => f.endsWith('.js'));
const code = js.map((f) => readFileSync(join(client, f), 'utf8'));
const bytes = code.reduce((n, c) => n + Buffer.byteLength(c), 0);
const gzipped = code.reduce((n, c) => n + gzipSync(c).length, 0);

/** nl, fr and en texts per key: messages/*.json, or the old catalogue's `'key': 'text'` pairs. */
function texts(): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const add = (key: string, text: string) => out.set(key, [...(out.get(key) ?? []), text]);
	if (existsSync('messages/nl.json')) {
		for (const locale of ['nl', 'fr', 'en']) {
			const json = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
			for (const [key, value] of Object.entries(json)) {
				if (key === '$schema') continue;
				if (typeof value === 'string') add(key, value);
				else
					for (const v of value as { match: Record<string, string> }[])
						for (const t of Object.values(v.match)) add(key, t);
			}
		}
	} else {
		for (const file of readdirSync('src/lib/i18n/messages')) {
			const source = readFileSync(join('src/lib/i18n/messages', file), 'utf8');
			for (const m of source.matchAll(
				/'([\w.-]+)':\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g
			))
				add(m[1]!, (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
		}
	}
	return out;
}

const staff = /^(staff|audit|confirm|partners\.staff|mandates\.staff)\./;
const all = texts();
// A back-office text that another page says too ("E-mailadres") is not the back office's own.
const shared = new Set([...all].filter(([key]) => !staff.test(key)).flatMap(([, list]) => list));
const found: string[] = [];
let checked = 0;
for (const [key, list] of all) {
	if (!staff.test(key) || list.every((t) => shared.has(t))) continue;
	// The longest fixed part of each text (placeholders and plurals cut it), if long enough to be
	// this message's own; a message counts when any of its texts is in a /login file.
	const parts = list
		.map((t) => t.split(/\{[^{}]*\}/).sort((a, b) => b.length - a.length)[0] ?? '')
		.filter((p) => p.length >= 14);
	if (parts.length === 0) continue;
	checked++;
	if (parts.some((p) => code.some((c) => c.includes(p)))) found.push(key);
}
console.log(
	`${page}: ${js.length} JS files, ${(bytes / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB`
);
console.log(`back-office messages in them: ${found.length} of ${checked} checked`);
for (const key of found.slice(0, 20)) console.log(`  ${key}`);
