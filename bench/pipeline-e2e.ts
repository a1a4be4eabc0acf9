/**
 * A 2,000-line list end to end on local `wrangler dev` (workerd + local D1, KV and queues), from
 * POST /api/v1/batches to status "completed": 1,000 code 1, 400 code 2, 300 code 3, 300 code 4.
 * Needs a build first (`npm run build`). The roster and the 400 existing accounts are set up
 * through the staff API and an untimed first list.
 *
 *   node bench/run-ts.mjs bench/pipeline-e2e.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate, startServer } from '../scripts/local-server.js';
import { call } from './api';
import { numberedPerson } from './rows';

const PORT = 8700 + Math.floor(Math.random() * 200);
const STAFF = 'demo-staff-token';

const person = (i: number) => numberedPerson(i, 'Bench', 'bench-');

async function runList(base: string, token: string, rows: object[]) {
	const started = performance.now();
	const accepted = await call(base, token, 'POST', '/batches', { consent: true, rows });
	const acceptedMs = performance.now() - started;
	for (;;) {
		const batch = await call(base, token, 'GET', `/batches/${accepted.id}`);
		if (batch.status === 'completed') {
			return { ms: performance.now() - started, acceptedMs, counts: batch.counts };
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

const persistTo = mkdtempSync(join(tmpdir(), 'youp-bench-'));
migrate(persistTo);
const { child, baseUrl } = await startServer({
	port: PORT,
	persistTo,
	vars: { AUTH_SECRET: randomBytes(32).toString('hex') },
	stdio: ['ignore', 'ignore', 'inherit']
});
try {
	const employer = await call(baseUrl, STAFF, 'POST', '/employers', { name: 'Bench employer' });
	const id = employer.id as string;
	// Roster: 0–999 new (code 1), 1000–1399 registered by a first list (code 2).
	const roster = Array.from({ length: 1400 }, (_, i) => {
		const p = person(i);
		const [d, m, y] = p.birthDate.split('/');
		return { ...p, birthDate: `${y}-${m}-${d}` };
	});
	let t = performance.now();
	await call(baseUrl, STAFF, 'PUT', `/employers/${id}/roster`, { people: roster });
	console.log(`roster PUT 1,400 people: ${(performance.now() - t).toFixed(0)} ms`);
	const token = (await call(baseUrl, STAFF, 'POST', `/employers/${id}/tokens`, {})).token as string;

	const setup = await runList(
		baseUrl,
		token,
		Array.from({ length: 400 }, (_, i) => person(1000 + i))
	);
	console.log(`set-up list (400 × code 1): ${(setup.ms / 1000).toFixed(1)} s`, setup.counts);

	const rows = [
		...Array.from({ length: 1000 }, (_, i) => person(i)),
		...Array.from({ length: 400 }, (_, i) => person(1000 + i)),
		...Array.from({ length: 300 }, (_, i) => person(5000 + i)),
		...Array.from({ length: 300 }, (_, i) => ({ ...person(6000 + i), postcode: '12' }))
	];
	t = performance.now();
	const result = await runList(baseUrl, token, rows);
	console.log(
		`2,000-line list: accepted in ${result.acceptedMs.toFixed(0)} ms, completed in ${(result.ms / 1000).toFixed(1)} s ` +
			`(${Math.round(2000 / (result.ms / 1000))} lines/s)`,
		result.counts
	);
} finally {
	child.kill('SIGTERM');
	await new Promise((resolve) => setTimeout(resolve, 500));
	rmSync(persistTo, { recursive: true, force: true });
}
