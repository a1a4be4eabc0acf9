// Starts the built app under `wrangler dev` (workerd + local D1, KV and queues, the queue
// consumer and cron live), applies migrations and loads the demo data. Used by `npm start` and
// by the e2e and benchmark setups. Plain Node ESM: no build step needed to run it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

export const quietEnv = {
	...process.env,
	CLOUDFLARE_CF_FETCH_ENABLED: 'false',
	WRANGLER_SEND_METRICS: 'false',
	BETTER_AUTH_TELEMETRY: '0',
	CI: process.env.CI ?? 'true'
};

const wranglerBin = 'node_modules/.bin/wrangler';

/** Writes .dev.vars with a fresh random AUTH_SECRET the first time (never committed). */
export function ensureDevVars() {
	if (existsSync('.dev.vars') && readFileSync('.dev.vars', 'utf8').includes('AUTH_SECRET=')) return;
	writeFileSync('.dev.vars', `AUTH_SECRET=${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
}

export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: quietEnv, ...options });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

export function build() {
	run('npm', ['run', 'build']);
}

/** Applies the SQL migrations in drizzle/ to the local D1 (in `persistTo`, if given). */
/** @param {string} [persistTo] */
export function migrate(persistTo) {
	const args = ['d1', 'migrations', 'apply', 'DB', '--local'];
	if (persistTo) args.push('--persist-to', persistTo);
	run(wranglerBin, args);
}

async function waitFor(url, child, timeoutMs = 90_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode})`);
		try {
			const response = await fetch(url, { redirect: 'manual' });
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`wrangler dev did not answer on ${url}`);
}

/**
 * @param {{ port?: number, inspectorPort?: number, inspector?: boolean, persistTo?: string, vars?: Record<string, string>, stdio?: import('node:child_process').StdioOptions }} [options]
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, baseUrl: string }>}
 * Starts `wrangler dev` on 127.0.0.1:port and resolves once it answers and the demo data is in.
 * Returns the child process and the base URL. `inspectorPort` (else wrangler's 9229, when free)
 * lets several servers start side by side without racing for the same devtools port.
 * `inspector: false` runs the same wrangler dev session without the devtools inspector (and its
 * per-binding-call network events) through scripts/serve-without-inspector.js; the benchmarks
 * use it for their figures "without inspector" (BENCHMARKS.md).
 */
export async function startServer({
	port = 8787,
	inspectorPort,
	inspector = true,
	persistTo,
	vars = {},
	stdio = 'inherit'
} = {}) {
	const baseUrl = `http://127.0.0.1:${port}`;
	const args = inspector
		? ['dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn']
		: ['--port', String(port)];
	if (inspector && inspectorPort) args.push('--inspector-port', String(inspectorPort));
	args.push('--var', `PUBLIC_BASE_URL:${baseUrl}`);
	for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
	if (persistTo) args.push('--persist-to', persistTo);
	const child = inspector
		? spawn(wranglerBin, args, { stdio, env: quietEnv, detached: false })
		: spawn(process.execPath, ['scripts/serve-without-inspector.js', ...args], {
				stdio,
				env: quietEnv,
				detached: false
			});
	await waitFor(`${baseUrl}/`, child);
	const seeded = await fetch(`${baseUrl}/dev/seed`, { method: 'POST' });
	if (!seeded.ok) throw new Error(`seeding failed: ${seeded.status} ${await seeded.text()}`);
	return { child, baseUrl };
}

/**
 * Runs the cron once through POST /dev/cron (wrangler dev does not fire cron triggers; its
 * /cdn-cgi/handler/scheduled never reaches our handler with [assets]) and returns its summary
 * and the one line `npm start` prints for it (counts only).
 * @param {string} baseUrl
 * @returns {Promise<{ summary: { purged: { lines: number, keys: number } | null, redriven: { batches: number, messages: number } | null }, line: string }>}
 */
export async function runCron(baseUrl) {
	const response = await fetch(`${baseUrl}/dev/cron`, { method: 'POST' });
	if (!response.ok) throw new Error(`POST /dev/cron answered ${response.status}`);
	const summary = await response.json();
	const { purged, redriven } = summary;
	const line = [
		'cron:',
		purged ? `purged ${purged.lines} lines, ${purged.keys} keys;` : 'purge failed;',
		redriven
			? `re-drove ${redriven.batches} lists (${redriven.messages} messages)`
			: 're-drive failed'
	].join(' ');
	return { summary, line };
}
