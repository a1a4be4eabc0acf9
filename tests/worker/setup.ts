import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { now } from '../../src/lib/server/clock';

// The app's clock first (TEST_NOW moves it, for runs on another date): everything after this,
// tests and the app alike, reads the same time.
now(env);

// Setup files run before each test file. In the `isolated` project every file has a fresh D1 and
// this applies the migrations (~50 ms); in `shared` the D1 outlives the file, and the first file's
// run is the only one that applies anything (later ones find every migration recorded: ~4 ms).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// Load the whole worker (the built app) before any test runs. Otherwise a file that never calls
// the app finishes while the module runner is still loading it lazily, and Vitest reports the
// late import as an unhandled error after the environment was torn down. In `shared` the module
// cache outlives the file, so only the first file pays for this import.
await import('../../src/worker');
await loadEveryPage();

/**
 * Loads every page's modules (server code and component) once, one after another. A deployed
 * worker has them all in its bundle; here SvelteKit imports a page on its first request, through
 * the module runner, and 20 simultaneous first requests to one page share one import promise
 * across requests, which workerd cannot resolve for the others: they hang
 * (cloudflare/workers-sdk#12731). Every burst test would otherwise need its own warm-up request.
 */
async function loadEveryPage() {
	const { manifest } = await import('sveltekit-manifest');
	for (const load of manifest._.nodes) await (await load()).component?.();
}
