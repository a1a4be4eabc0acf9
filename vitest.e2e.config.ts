import { defineConfig } from 'vitest/config';

// End-to-end: the built app under `wrangler dev` (started once by the global setup, on a free
// port with its own throw-away D1/KV/queue state) driven by Debian's Chromium via playwright-core.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
