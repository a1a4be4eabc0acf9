import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Every route pattern under src/routes (dirs with a page or endpoint), for the isolation matrix. */
function routePatterns(dir: string, path = ''): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const own = entries.some((e) => /^\+(page|server)\b/.test(e.name)) ? [path || '/'] : [];
	return own.concat(
		...entries
			.filter((e) => e.isDirectory())
			.map((e) => {
				const segment = /^\(.*\)$/.test(e.name) ? '' : `/${e.name}`;
				return routePatterns(`${dir}/${e.name}`, `${path}${segment}`);
			})
	);
}

/**
 * Every form action of the route tree, `{ route, action }`, for the form-action matrix: the keys of
 * each +page.server.ts's `export const actions = { … }` object (a small reader, not a parser: an
 * `actions` it cannot read fails the run instead of being left out).
 */
function formActions(dir: string): { route: string; action: string }[] {
	return routePatterns(dir).flatMap((route) => {
		const folder = route.split('/').filter(Boolean);
		const file = findPageServer(dir, folder);
		if (!file) return [];
		const source = readFileSync(file, 'utf8');
		const start = source.search(/export const actions\b/);
		if (start < 0) return [];
		const open = source.indexOf('{', source.indexOf('=', start));
		if (open < 0 || source.slice(source.indexOf('=', start) + 1, open).trim() !== '')
			throw new Error(`${file}: cannot read the actions object`);
		const keys: string[] = [];
		let depth = 0;
		let expectKey = true;
		for (let i = open; i < source.length; i++) {
			const c = source[i]!;
			if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i);
			else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 1;
			else if (c === "'" || c === '"' || c === '`') {
				const end = source.indexOf(c, i + 1);
				if (depth === 1 && expectKey) keys.push(source.slice(i + 1, end));
				expectKey = false;
				i = end;
			} else if (c === '{' || c === '(' || c === '[') depth++;
			else if (c === '}' || c === ')' || c === ']') {
				if (--depth === 0) break;
			} else if (depth === 1 && c === ',') expectKey = true;
			else if (depth === 1 && expectKey && /[A-Za-z_$]/.test(c)) {
				const word = /^(?:async\s+)?([A-Za-z_$][\w$]*)/.exec(source.slice(i))!;
				keys.push(word[1]!);
				expectKey = false;
				i += word[0].length - 1;
			}
		}
		if (keys.length === 0) throw new Error(`${file}: no actions found`);
		return keys.map((action) => ({ route, action }));
	});
}

/** The +page.server.ts of a route pattern (route groups `(x)` are not in the pattern). */
function findPageServer(dir: string, segments: string[]): string | null {
	const entries = readdirSync(dir, { withFileTypes: true });
	if (segments.length === 0) {
		const file = entries.find((e) => /^\+page\.server\.[jt]s$/.test(e.name));
		if (file) return `${dir}/${file.name}`;
	}
	for (const e of entries.filter((e) => e.isDirectory())) {
		if (/^\(.*\)$/.test(e.name)) {
			const found = findPageServer(`${dir}/${e.name}`, segments);
			if (found) return found;
		} else if (e.name === segments[0]) {
			const found = findPageServer(`${dir}/${e.name}`, segments.slice(1));
			if (found) return found;
		}
	}
	return null;
}

// Worker tests run inside workerd with the real bindings of wrangler.toml (local D1, KV, queues),
// migrations applied from drizzle/. `main` is src/worker.ts, so SELF.fetch reaches the built
// SvelteKit app (run `npm run build` first; `npm test` does).
//
// Two projects. `isolated`: each file gets a workerd of its own (fresh D1, KV, queues, clock and
// module state), which costs a runtime start, the migrations and loading the built app and the
// test's imports again for every file (BENCHMARKS.md "Test suite setup"). `shared`: the files below run one after
// another in one workerd and one D1 and pay that once. A file belongs there only when it makes its
// own organisations, people and lists and asserts on nothing else: no whole-table or whole-KV
// reads, no cron or retention run, no mocks or spies, no IP throttles, no clock moved back (the
// staff login's TOTP helper only moves it forward to an unused step), no delivery that races the
// real queue consumer (pipeline-idempotency timed out there). Any other file, and any new file,
// runs isolated.
const SHARED = [
	'backoffice-contacts',
	'backoffice-roster',
	'batch-polls',
	'blank-invisible',
	'hardening-csp',
	'hardening-exports',
	'mandates',
	'mandates-flood',
	'mandates-guard',
	'permissions',
	'pipeline',
	'pipeline-credentials',
	'pipeline-page',
	'pipeline-round-trips'
].map((name) => `tests/worker/${name}.test.ts`);

export default defineConfig(async () => {
	const migrations = await readD1Migrations(fileURLToPath(new URL('./drizzle', import.meta.url)));
	return {
		plugins: [
			cloudflareTest({
				wrangler: { configPath: './wrangler.toml' },
				miniflare: {
					bindings: {
						TEST_MIGRATIONS: migrations,
						TEST_ROUTES: routePatterns(fileURLToPath(new URL('./src/routes', import.meta.url))),
						TEST_ACTIONS: formActions(fileURLToPath(new URL('./src/routes', import.meta.url))),
						AUTH_SECRET: 'test-secret-test-secret-test-secret-0123456789',
						PUBLIC_BASE_URL: 'http://127.0.0.1',
						// Runs the suite on another date: TEST_NOW=2031-12-31T10:00:00Z (server/clock.ts).
						...(process.env.TEST_NOW ? { TEST_NOW: process.env.TEST_NOW } : {})
					}
				}
			})
		],
		resolve: {
			alias: [
				{ find: '$lib', replacement: fileURLToPath(new URL('./src/lib', import.meta.url)) },
				{
					find: /^sveltekit-worker$/,
					replacement: fileURLToPath(
						new URL('./.svelte-kit/cloudflare/_worker.js', import.meta.url)
					)
				},
				{
					find: /^sveltekit-manifest$/,
					replacement: fileURLToPath(
						new URL('./.svelte-kit/cloudflare-tmp/manifest.js', import.meta.url)
					)
				}
			]
		},
		test: {
			projects: [
				{ extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
				{
					extends: true,
					test: { name: 'isolated', include: ['tests/worker/**/*.test.ts'], exclude: SHARED }
				}
			],
			setupFiles: ['tests/worker/setup.ts'],
			testTimeout: 30_000,
			// A beforeAll that seeds (scrypt hashes) took over 10 s on 2 cores shared by six sessions.
			hookTimeout: 30_000,
			// The pool's module runner can still be loading the built app when a short test file ends;
			// Vitest then reports that late import (EnvironmentTeardownError). Only that is ignored:
			// every other unhandled error still fails the run.
			onUnhandledError: (error) =>
				!(
					error.name === 'EnvironmentTeardownError' ||
					/after the environment was torn down/.test(error.message)
				)
		}
	};
});
