/**
 * Load (issue 10): 50 employers each submit a 200-line list at the same moment through the API
 * on local `wrangler dev` (workerd + local D1, KV and queues), while 200 concurrent result polls
 * run every second until every list is completed. Prints errors, p50/p95 latencies and the time
 * until all lists are completed. Needs a build first (`npm run build`).
 *
 *   node bench/run-ts.mjs bench/load.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate, startServer } from '../scripts/local-server.js';

const PORT = 8500 + Math.floor(Math.random() * 200);
const STAFF = 'demo-staff-token';
const EMPLOYERS = Number(process.env.LOAD_EMPLOYERS ?? 50);
const LINES = 200;
const POLLERS = 200;

function person(e: number, i: number) {
	const year = 1960 + (i % 40);
	const month = String(1 + (i % 12)).padStart(2, '0');
	const day = String(1 + (i % 28)).padStart(2, '0');
	return {
		lastName: `Load${e}x${i}`,
		firstName: ['Marie', 'Jan', 'Els', 'Luc', 'Sofie'][i % 5]!,
		postcode: ['1000', '2000', '9000', '8000'][i % 4]!,
		birthDate: `${day}/${month}/${year}`,
		email: `load-${e}-${i}@bench.test`
	};
}

async function call(base: string, token: string, method: string, path: string, body?: unknown) {
	const response = await fetch(`${base}/api/v1${path}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (response.status >= 300)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return response.json() as Promise<Record<string, unknown>>;
}

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(0)} ms`;

const persistTo = mkdtempSync(join(tmpdir(), 'youp-load-'));
migrate(persistTo);
const { child, baseUrl } = await startServer({
	port: PORT,
	persistTo,
	vars: { AUTH_SECRET: randomBytes(32).toString('hex') },
	stdio: ['ignore', 'ignore', 'inherit']
});
try {
	// Set-up (untimed): employers, rosters of 150 (lines 0–149 → code 1), a token each.
	const tenants: { token: string; rows: object[] }[] = [];
	for (let e = 0; e < EMPLOYERS; e++) {
		const { id } = await call(baseUrl, STAFF, 'POST', '/employers', { name: `Load ${e}` });
		const roster = Array.from({ length: 150 }, (_, i) => {
			const p = person(e, i);
			const [d, m, y] = p.birthDate.split('/');
			return { ...p, birthDate: `${y}-${m}-${d}` };
		});
		await call(baseUrl, STAFF, 'PUT', `/employers/${id}/roster`, { people: roster });
		const { token } = await call(baseUrl, STAFF, 'POST', `/employers/${id}/tokens`, {});
		const rows = [
			...Array.from({ length: 150 }, (_, i) => person(e, i)),
			...Array.from({ length: 25 }, (_, i) => person(e, 1000 + i)), // code 3
			...Array.from({ length: 25 }, (_, i) => ({ ...person(e, 2000 + i), postcode: '12' })) // 4
		];
		tenants.push({ token: token as string, rows });
	}
	console.log(`set-up: ${EMPLOYERS} employers, rosters of 150, lists of ${LINES} lines`);

	const started = performance.now();
	const submitErrors: string[] = [];
	const submitMs: number[] = [];
	const accepted = await Promise.all(
		tenants.map(async (t) => {
			const t0 = performance.now();
			try {
				const r = await call(baseUrl, t.token, 'POST', '/batches', { consent: true, rows: t.rows });
				submitMs.push(performance.now() - t0);
				return { token: t.token, id: r.id as string, done: false };
			} catch (error) {
				submitErrors.push((error as Error).message.slice(0, 120));
				return null;
			}
		})
	);
	const lists = accepted.filter((a): a is NonNullable<typeof a> => a !== null);
	console.log(
		`submit: ${lists.length}/${EMPLOYERS} accepted, errors ${submitErrors.length}, ` +
			`p50 ${ms(quantile(submitMs, 0.5))}, p95 ${ms(quantile(submitMs, 0.95))}, ` +
			`max ${ms(Math.max(...submitMs))}`
	);
	for (const e of submitErrors.slice(0, 5)) console.log(`  ${e}`);

	const pollMs: number[] = [];
	let pollErrors = 0;
	let pollTimeouts = 0;
	let rounds = 0;
	while (lists.some((l) => !l.done)) {
		rounds++;
		const round = performance.now();
		await Promise.all(
			Array.from({ length: POLLERS }, async (_, i) => {
				const list = lists[i % lists.length]!;
				const t0 = performance.now();
				try {
					// A poll not answered in 15 s counts as an error (undici would wait 300 s).
					const response = await fetch(`${baseUrl}/api/v1/batches/${list.id}`, {
						headers: { authorization: `Bearer ${list.token}` },
						signal: AbortSignal.timeout(15_000)
					});
					const body = (await response.json()) as { status?: string };
					pollMs.push(performance.now() - t0);
					if (response.status !== 200) pollErrors++;
					else if (body.status === 'completed') list.done = true;
				} catch (error) {
					pollErrors++;
					if ((error as Error).name === 'TimeoutError') pollTimeouts++;
				}
			})
		);
		const wait = 1000 - (performance.now() - round);
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		if (performance.now() - started > 20 * 60_000) throw new Error('not done after 20 minutes');
	}
	const total = (performance.now() - started) / 1000;
	console.log(
		`polls: ${pollMs.length + pollErrors} in ${rounds} rounds of ${POLLERS} concurrent, ` +
			`errors ${pollErrors} (${pollTimeouts} unanswered after 15 s), p50 ${ms(quantile(pollMs, 0.5))}, p95 ${ms(quantile(pollMs, 0.95))}, ` +
			`max ${ms(Math.max(...pollMs))}`
	);
	const lines = lists.length * LINES;
	console.log(
		`all ${lists.length} lists completed after ${total.toFixed(1)} s ` +
			`(${lines} lines, ${Math.round(lines / total)} lines/s)`
	);
	// Spot check: counts of the first list.
	const first = await call(baseUrl, lists[0]!.token, 'GET', `/batches/${lists[0]!.id}`);
	console.log('first list counts', first.counts);
} finally {
	child.kill('SIGTERM');
	await new Promise((resolve) => setTimeout(resolve, 500));
	rmSync(persistTo, { recursive: true, force: true });
}
