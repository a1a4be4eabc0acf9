import type { D1Migration } from 'cloudflare:test';

declare global {
	namespace Cloudflare {
		interface Env {
			TEST_MIGRATIONS: D1Migration[];
			/** Route patterns of src/routes, read at config time (vitest.worker.config.ts). */
			TEST_ROUTES: string[];
			/** Every form action of src/routes (`default` included), read at config time. */
			TEST_ACTIONS: { route: string; action: string }[];
		}
	}
}
