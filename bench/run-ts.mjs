/**
 * Runs a TypeScript entry file under plain Node (20 has no type stripping, and tsx is not a
 * dependency): bundles it with esbuild — already installed as a Vite dependency — resolving the
 * `$lib` alias, into a temporary .mjs under bench/out/ (git-ignored), then imports it.
 *
 *   node bench/run-ts.mjs bench/validate.ts [args…]
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = process.argv[2];
if (!entry) {
	console.error('usage: node bench/run-ts.mjs <file.ts> [args…]');
	process.exit(2);
}
mkdirSync(resolve(here, 'out'), { recursive: true });
const outfile = resolve(here, 'out', `run-${process.pid}.mjs`);
try {
	await build({
		entryPoints: [resolve(entry)],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		// Keep npm packages external so Node resolves them (date-holidays ships CJS and ESM).
		packages: 'external',
		alias: { $lib: resolve(here, '../src/lib') },
		logLevel: 'warning'
	});
	process.argv.splice(2, 1);
	await import(pathToFileURL(outfile).href);
} finally {
	rmSync(outfile, { force: true });
}
