/**
 * 2,000 lines end to end on local `wrangler dev` (workerd + local D1, KV and queues), from
 * POST /api/v1/batches to status "completed": 1,000 code 1, 400 code 2, 300 code 3, 300 code 4.
 * Needs a build first (`npm run build`). The roster (1,400 people) and the 400 existing accounts
 * are set up through the staff API and an untimed first list of 400, on a fresh state per run.
 *
 * Two scenarios (issue 19), each run once per inspector mode:
 * - single: the 2,000 lines as one list, one client polling every 200 ms;
 * - split:  the same 2,000 lines as 10 lists of 200 (each with the same mix), submitted at once,
 *           while 50 pollers (5 per list) each ask `GET /api/v1/batches/{id}` once a second.
 * Inspector modes: "off" (scripts/serve-without-inspector.js: the same wrangler dev session with
 * `dev.inspector: false`) and "on" (stock `wrangler dev`, whose devtools inspector logs every
 * binding call as a network event).
 *
 *   node bench/run-ts.mjs bench/pipeline-e2e.ts                 (all four runs)
 *   E2E_SCENARIOS=single E2E_INSPECTOR=off node bench/run-ts.mjs bench/pipeline-e2e.ts
 *   E2E_PARTNERS=off …   (no partner provisioning)
 *
 * Every result line prints the time, the result codes' counts, the polls, the CPU seconds the
 * server processes used meanwhile (/proc: less sensitive to a busy machine than wall time) and
 * the load average.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate, startServer } from '../scripts/local-server.js';
import { Timeout, call, cpuText, load, quantile, request, sleep, treeCpuSeconds } from './api';
import { numberedPerson } from './rows';

const STAFF = 'demo-staff-token';
const list = (name: string, fallback: string) =>
	(process.env[name] ?? fallback).split(',').filter(Boolean);
const SCENARIOS = list('E2E_SCENARIOS', 'single,split');
const INSPECTOR = list('E2E_INSPECTOR', 'off,on');
// E2E_PARTNERS=off: no partner provisioning (its queue consumer shares the local isolate).
const PARTNERS = process.env.E2E_PARTNERS !== 'off';
const LISTS = 10;
const POLLERS = 50;
/** A poll not answered in this time counts as late; it is given up (and asked again) after ABANDON. */
const LATE_MS = 15_000;
const ABANDON_MS = 60_000;
/** The single poller gives up on a poll sooner and asks again (its wait is not what is measured). */
const SINGLE_ABANDON_MS = 5_000;

const person = (i: number) => numberedPerson(i, 'Bench', 'bench-');
const ROWS = [
	...Array.from({ length: 1000 }, (_, i) => person(i)),
	...Array.from({ length: 400 }, (_, i) => person(1000 + i)),
	...Array.from({ length: 300 }, (_, i) => person(5000 + i)),
	...Array.from({ length: 300 }, (_, i) => ({ ...person(6000 + i), postcode: '12' }))
];
const EXPECTED = '1000,400,300,300';

type Counts = Record<'1' | '2' | '3' | '4', number>;
const countsText = (c: Counts) => `codes 1/2/3/4 ${c['1']}/${c['2']}/${c['3']}/${c['4']}`;

/** Polls of one run: answered, late (> LATE_MS), abandoned (no answer in ABANDON_MS), latencies. */
function pollStats(abandonMs = ABANDON_MS) {
	const stats = { answered: 0, late: 0, abandoned: 0, failed: 0, ms: [] as number[] };
	async function poll(base: string, token: string, id: string) {
		const t0 = performance.now();
		try {
			const response = await request(
				`${base}/api/v1/batches/${id}`,
				{ headers: { authorization: `Bearer ${token}` } },
				abandonMs
			);
			const took = performance.now() - t0;
			stats.answered++;
			stats.ms.push(took);
			if (took > LATE_MS) stats.late++;
			if (response.status !== 200) {
				stats.failed++;
				return null;
			}
			return JSON.parse(response.text) as {
				status: string;
				counts: Counts;
				receivedAt: string;
				completedAt: string | null;
			};
		} catch (error) {
			if (error instanceof Timeout) stats.abandoned++;
			else stats.failed++;
			return null;
		}
	}
	const text = () =>
		`${stats.answered} polls answered (p50 ${quantile(stats.ms, 0.5).toFixed(0)} ms, ` +
		`p95 ${quantile(stats.ms, 0.95).toFixed(0)} ms, max ${Math.max(0, ...stats.ms).toFixed(0)} ms), ` +
		`${stats.late} late (> ${LATE_MS / 1000} s), ${stats.abandoned} unanswered after ` +
		`${abandonMs / 1000} s, ${stats.failed} failed`;
	return { stats, poll, text };
}

async function setUp(baseUrl: string, pid: number) {
	const employer = await call(baseUrl, STAFF, 'POST', '/employers', { name: 'Bench employer' });
	const id = employer.id as string;
	// Roster: 0–999 new (code 1), 1000–1399 registered by a first list (code 2).
	const roster = Array.from({ length: 1400 }, (_, i) => {
		const p = person(i);
		const [d, m, y] = p.birthDate.split('/');
		return { ...p, birthDate: `${y}-${m}-${d}` };
	});
	await call(baseUrl, STAFF, 'PUT', `/employers/${id}/roster`, { people: roster });
	const token = (await call(baseUrl, STAFF, 'POST', `/employers/${id}/tokens`, {})).token as string;
	const setupRows = Array.from({ length: 400 }, (_, i) => person(1000 + i));
	const cpu = treeCpuSeconds(pid);
	const t = performance.now();
	const accepted = await call(baseUrl, token, 'POST', '/batches', {
		consent: true,
		rows: setupRows
	});
	const { poll } = pollStats(SINGLE_ABANDON_MS);
	for (;;) {
		const batch = await poll(baseUrl, token, accepted.id as string);
		if (batch?.status === 'completed') break;
		await sleep(200);
	}
	console.log(
		`  set-up list (400 × code 1): ${((performance.now() - t) / 1000).toFixed(1)} s; ` +
			`server CPU ${cpuText(cpu, treeCpuSeconds(pid))}; load ${load()}`
	);
	return token;
}

async function single(baseUrl: string, token: string) {
	const polls = pollStats(SINGLE_ABANDON_MS);
	const started = performance.now();
	const accepted = await call(baseUrl, token, 'POST', '/batches', { consent: true, rows: ROWS });
	const acceptedMs = performance.now() - started;
	for (;;) {
		const batch = await polls.poll(baseUrl, token, accepted.id as string);
		if (batch?.status === 'completed') {
			const s = (performance.now() - started) / 1000;
			const ok = Object.values(batch.counts).join() === EXPECTED ? '' : ' UNEXPECTED';
			const server =
				(Date.parse(String(batch.completedAt)) - Date.parse(String(batch.receivedAt))) / 1000;
			return {
				seconds: s,
				line:
					`1 × 2,000 lines: accepted in ${acceptedMs.toFixed(0)} ms, seen completed in ` +
					`${s.toFixed(1)} s (server: completedAt − receivedAt ${server.toFixed(1)} s, ` +
					`${Math.round(2000 / server)} lines/s); ${countsText(batch.counts)}${ok}; ${polls.text()}`
			};
		}
		await sleep(200);
	}
}

async function split(baseUrl: string, token: string) {
	const parts = Array.from({ length: LISTS }, (_, k) => ROWS.filter((_, i) => i % LISTS === k));
	const polls = pollStats();
	const started = performance.now();
	const startedAt = Date.now();
	const submitMs: number[] = [];
	const ids = await Promise.all(
		parts.map(async (rows) => {
			const t0 = performance.now();
			const r = await call(baseUrl, token, 'POST', '/batches', { consent: true, rows });
			submitMs.push(performance.now() - t0);
			return r.id as string;
		})
	);
	const seen = new Map<string, number>();
	const counts: Counts[] = [];
	const poller = async (i: number) => {
		const id = ids[i % LISTS]!;
		while (!seen.has(id)) {
			const t0 = performance.now();
			const batch = await polls.poll(baseUrl, token, id);
			if (batch?.status === 'completed' && !seen.has(id)) {
				seen.set(id, (performance.now() - started) / 1000);
				counts.push(batch.counts);
			}
			await sleep(Math.max(0, 1000 - (performance.now() - t0)));
		}
	};
	await Promise.all(Array.from({ length: POLLERS }, (_, i) => poller(i)));
	const s = Math.max(...seen.values());
	// Server-side completion: the last completedAt (one sequential read per list, after the polls).
	let last = 0;
	for (const id of ids) {
		const b = await call(baseUrl, token, 'GET', `/batches/${id}?rows=0`);
		last = Math.max(last, Date.parse(String(b.completedAt)));
	}
	const sum = counts.reduce(
		(a, c) => ({ 1: a[1] + c[1], 2: a[2] + c[2], 3: a[3] + c[3], 4: a[4] + c[4] }),
		{ 1: 0, 2: 0, 3: 0, 4: 0 }
	);
	const ok = Object.values(sum).join() === EXPECTED ? '' : ' UNEXPECTED';
	return {
		seconds: s,
		line:
			`${LISTS} × 200 lines at once, ${POLLERS} pollers: submits p50 ` +
			`${quantile(submitMs, 0.5).toFixed(0)} ms, max ${Math.max(...submitMs).toFixed(0)} ms; ` +
			`all seen completed in ${s.toFixed(1)} s (server: last completedAt ` +
			`${((last - startedAt) / 1000).toFixed(1)} s after the submits; ${Math.round(2000 / s)} lines/s); ` +
			`${countsText(sum)}${ok}; ${polls.text()}`
	};
}

/** Waits until the server's processes are idle (< 0.2 CPU s in a second), at most 60 s. */
async function settle(pid: number) {
	const total = () => Object.values(treeCpuSeconds(pid)).reduce((a, b) => a + b, 0);
	for (let i = 0, last = total(); i < 60; i++) {
		await sleep(1000);
		const now = total();
		if (now - last < 0.2) return;
		last = now;
	}
}

const results: string[] = [];
for (const mode of INSPECTOR) {
	for (const scenario of SCENARIOS) {
		const persistTo = mkdtempSync(join(tmpdir(), 'youp-bench-'));
		migrate(persistTo);
		const { child, baseUrl } = await startServer({
			port: 8700 + Math.floor(Math.random() * 200),
			inspector: mode !== 'off',
			persistTo,
			vars: {
				AUTH_SECRET: randomBytes(32).toString('hex'),
				...(PARTNERS ? {} : { BENEFITS_AT_WORK_ENABLED: 'false', XTRA_PRESENT_ENABLED: 'false' })
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		try {
			const what = `inspector ${mode}, partners ${PARTNERS ? 'on' : 'off'}`;
			console.log(`${scenario}, ${what}: load average ${load()} before the set-up`);
			const token = await setUp(baseUrl, child.pid!);
			// The set-up list's partner messages must not be counted in the timed run.
			await settle(child.pid!);
			const before = load();
			const cpu = treeCpuSeconds(child.pid!);
			const { line } =
				scenario === 'split' ? await split(baseUrl, token) : await single(baseUrl, token);
			const done = treeCpuSeconds(child.pid!);
			const after = load();
			// Partner provisioning may still run once the list is completed (its own queue): the
			// CPU until the server is idle again includes it (the idle wait itself adds < 0.2 s).
			if (PARTNERS) await settle(child.pid!);
			const idle = PARTNERS
				? `; until the server is idle again ${cpuText(cpu, treeCpuSeconds(child.pid!))}`
				: '';
			const result =
				`[${what}] ${line}; server CPU ${cpuText(cpu, done)}${idle}; ` +
				`load ${before} before, ${after} after`;
			console.log(result);
			results.push(result);
		} finally {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(persistTo, { recursive: true, force: true });
		}
	}
}
console.log(`\nsummary (${new Date().toISOString()}):\n${results.join('\n')}`);
// Keep-alive sockets or a late abort timer must not keep the process alive.
setTimeout(() => process.exit(0), 2000).unref();
