/**
 * The worker bundle as `wrangler deploy` would upload it (dry run, nothing is sent): total size,
 * gzipped size, and its largest parts by package. Run `npm run build` first.
 *
 *   node bench/run-ts.mjs bench/bundle.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Metafile {
	outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

const outdir = mkdtempSync(join(tmpdir(), 'you-p-bundle-'));
execFileSync(
	'npx',
	['wrangler', 'deploy', '--dry-run', '--outdir', outdir, '--metafile', join(outdir, 'meta.json')],
	{ stdio: ['ignore', 'ignore', 'inherit'] }
);
const worker = readFileSync(join(outdir, 'worker.js'));
const meta = JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as Metafile;
const output = Object.entries(meta.outputs).find(([file]) => file.endsWith('worker.js'))?.[1];
if (!output) throw new Error('no worker.js in the metafile');

/** A package name for a bundled file, or the part of our tree it comes from. */
function partOf(file: string): string {
	const inModules = file.split('node_modules/');
	if (inModules.length > 1) {
		const [scope, name] = inModules.at(-1)!.split('/');
		return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
	}
	return file.includes('.svelte-kit/') ? 'SvelteKit app (.svelte-kit/output)' : file;
}

const parts = new Map<string, number>();
for (const [file, { bytesInOutput }] of Object.entries(output.inputs))
	parts.set(partOf(file), (parts.get(partOf(file)) ?? 0) + bytesInOutput);

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`worker.js: ${kib(worker.length)}, gzipped ${kib(gzipSync(worker).length)}`);
for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 12))
	console.log(`${kib(bytes).padStart(9)}  ${part}`);
