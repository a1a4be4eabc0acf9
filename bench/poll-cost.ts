/**
 * What one result poll costs the server: CPU milliseconds of the worker's workerd per request of
 * `GET /api/v1/batches/{id}` (a completed 200-line list: its first page of rows; the same with
 * `If-None-Match`, answered 304; `?rows=0`), beside two floors: the same route for an unknown id
 * (token check, no batch), a public page and a static file (what workerd costs a request before
 * any of our code runs). Local `wrangler dev` without the inspector
 * (scripts/serve-without-inspector.js), fresh temp state. CPU comes from /proc, so it depends
 * little on what else runs; wall times are printed too but depend on the machine.
 *
 *   npm run build && node bench/run-ts.mjs bench/poll-cost.ts [requests=400] [concurrency=20]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate, startServer } from '../scripts/local-server.js';
import { call, load, sleep, treeCpuSeconds } from './api';

const REQUESTS = Number(process.argv[2] ?? 400);
const CONCURRENCY = Number(process.argv[3] ?? 20);
const STAFF = 'demo-staff-token';

const person = (i: number) => ({
	lastName: `Poll${i}`,
	firstName: 'Els',
	postcode: '9000',
	birthDate: `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/19${60 + (i % 40)}`,
	email: `poll${i}@bench.test`
});

const persistTo = mkdtempSync(join(tmpdir(), 'youp-poll-'));
migrate(persistTo);
const { child, baseUrl } = await startServer({
	port: 8900 + Math.floor(Math.random() * 90),
	inspector: false,
	persistTo,
	vars: { AUTH_SECRET: randomBytes(32).toString('hex') },
	stdio: ['ignore', 'ignore', 'inherit']
});
const workerd = () => {
	const cpu = treeCpuSeconds(child.pid!);
	return Object.entries(cpu)
		.filter(([name]) => name.includes('worker,'))
		.reduce((sum, [, s]) => sum + s, 0);
};

try {
	const employer = await call(baseUrl, STAFF, 'POST', '/employers', { name: 'Poll employer' });
	const id = employer.id as string;
	const roster = Array.from({ length: 200 }, (_, i) => {
		const p = person(i);
		const [d, m, y] = p.birthDate.split('/');
		return { ...p, birthDate: `${y}-${m}-${d}` };
	});
	await call(baseUrl, STAFF, 'PUT', `/employers/${id}/roster`, { people: roster });
	const token = (await call(baseUrl, STAFF, 'POST', `/employers/${id}/tokens`, {})).token as string;
	const batch = await call(baseUrl, token, 'POST', '/batches', {
		consent: true,
		rows: Array.from({ length: 200 }, (_, i) => person(i))
	});
	const batchId = batch.id as string;
	let etag = '';
	for (;;) {
		const r = await fetch(`${baseUrl}/api/v1/batches/${batchId}`, {
			headers: { authorization: `Bearer ${token}` }
		});
		const body = (await r.json()) as { status: string };
		etag = r.headers.get('etag') ?? '';
		if (body.status === 'completed') break;
		await sleep(300);
	}
	// the partner queue's messages of those 150 accounts finish before anything is measured
	await sleep(8000);

	const auth = { authorization: `Bearer ${token}` };
	const cases: [string, string, Record<string, string>, number][] = [
		['static file /favicon.svg (served by workerd, none of our code)', '/favicon.svg', {}, 200],
		['public page /login', '/login', {}, 200],
		['unknown list (token checked, 404)', '/api/v1/batches/b_unknown000000000000000', auth, 404],
		['completed, ?rows=0', `/api/v1/batches/${batchId}?rows=0`, auth, 200],
		['completed, 200 rows', `/api/v1/batches/${batchId}`, auth, 200],
		[
			'completed, If-None-Match (304)',
			`/api/v1/batches/${batchId}`,
			{ ...auth, 'if-none-match': etag },
			304
		]
	];
	console.log(
		`${REQUESTS} requests per case, ${CONCURRENCY} at a time; inspector off; load ${load()} (${new Date().toISOString()})`
	);
	for (const [name, path, headers, status] of cases) {
		// warm the route; the answer's status is the one every request must get
		const warm = await fetch(`${baseUrl}${path}`, { headers });
		const size = (await warm.arrayBuffer()).byteLength;
		if (warm.status !== status) console.log(`  (${name}: answered ${warm.status}, not ${status})`);
		const cpu0 = workerd();
		const t0 = performance.now();
		let next = 0;
		let wrong = 0;
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (next++ < REQUESTS) {
					const r = await fetch(`${baseUrl}${path}`, { headers });
					await r.arrayBuffer();
					if (r.status !== status) wrong++;
				}
			})
		);
		const wall = performance.now() - t0;
		const cpuMs = ((workerd() - cpu0) * 1000) / REQUESTS;
		console.log(
			`  ${name}: ${cpuMs.toFixed(2)} ms workerd CPU a request, ${(wall / REQUESTS).toFixed(2)} ms wall a request ` +
				`(${((REQUESTS * 1000) / wall).toFixed(0)}/s), ${size} bytes a response` +
				(wrong ? `, ${wrong} with another status than ${status}` : '')
		);
	}
	console.log(`load ${load()} after`);
} finally {
	child.kill('SIGTERM');
	await sleep(500);
	rmSync(persistTo, { recursive: true, force: true });
}
