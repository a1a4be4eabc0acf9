import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { readdirSync } from 'node:fs';
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

// Worker tests run inside workerd with the real bindings of wrangler.toml (local D1, KV, queues),
// migrations applied from drizzle/. `main` is src/worker.ts, so SELF.fetch reaches the built
// SvelteKit app (run `npm run build` first; `npm test` does).
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
				}
			]
		},
		test: {
			include: ['tests/worker/**/*.test.ts'],
			setupFiles: ['tests/worker/setup.ts'],
			testTimeout: 30_000,
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
