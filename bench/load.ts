/**
 * Load (issue 10): LOAD_EMPLOYERS employers (50) each submit a LOAD_LINES-line list (200) at the
 * same moment through the API on local `wrangler dev` (workerd + local D1, KV and queues), while
 * LOAD_POLLERS (200) concurrent result pollers each ask `GET /api/v1/batches/{id}` about once a
 * second until every list is completed. Prints submit errors and p50/p95, poll count, errors
 * (timeouts apart), p50/p95/max, and the time until all lists are completed. Needs a build first.
 *
 *   npm run build && node bench/run-ts.mjs bench/load.ts
 *   LOAD_EMPLOYERS=10 LOAD_LINES=100 node bench/run-ts.mjs bench/load.ts   (smaller)
 *   LOAD_PARTNERS=off node bench/run-ts.mjs bench/load.ts   (no partner provisioning, see below)
 *   LOAD_INSPECTOR=off node bench/run-ts.mjs bench/load.ts  (wrangler dev without its devtools
 *     inspector: scripts/serve-without-inspector.js; default "on", stock `wrangler dev`)
 *
 * It always ends: a poll not answered within LOAD_POLL_TIMEOUT_MS (15 s) counts as an error; it
 * is abandoned (aborted) only after LOAD_POLL_ABANDON_MS (120 s), because local workerd does not
 * cancel a request whose client went away: a poller that aborted at 15 s and asked again would
 * stack a new request on top of the unfinished one, the isolate's backlog would grow every round
 * and every later poll would time out too (what made the first version spin after all lists had
 * completed, never seeing them completed). The pollers stop when every list is seen completed or
 * at the overall deadline (LOAD_DEADLINE_S, default 1,200 s), and then print what they have. A
 * final sweep (one request per list, sequential) reads each list's status, counts and server-side
 * `completedAt`, so the completion time is known even when polls missed it. Ctrl+C stops the
 * pollers early and still prints all of that (a second Ctrl+C quits at once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate, startServer } from '../scripts/local-server.js';
import { Timeout, call, cpuText, request, treeCpuSeconds } from './api';

const PORT = 8500 + Math.floor(Math.random() * 200);
const STAFF = 'demo-staff-token';
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const EMPLOYERS = num('LOAD_EMPLOYERS', 50);
const LINES = num('LOAD_LINES', 200);
const POLLERS = num('LOAD_POLLERS', 200);
const POLL_EVERY_MS = 1000;
const POLL_TIMEOUT_MS = num('LOAD_POLL_TIMEOUT_MS', 15_000);
const POLL_ABANDON_MS = num('LOAD_POLL_ABANDON_MS', 120_000);
const DEADLINE_MS = num('LOAD_DEADLINE_S', 1200) * 1000;
// LOAD_PARTNERS=off: no partner provisioning. Every new account puts two messages on the PARTNERS
// queue, and miniflare's local queue broker stops at 10,000 active timers (~7,500 accounts in,
// i.e. 44 of the 50 default lists), which is a limit of local tooling, not of Cloudflare Queues.
const PARTNERS = process.env.LOAD_PARTNERS !== 'off';
const INSPECTOR = process.env.LOAD_INSPECTOR !== 'off';
// Per list: 3/4 in the roster (code 1), 1/8 strangers (code 3), the rest a bad postcode (code 4).
const CODE1 = Math.round(LINES * 0.75);
const CODE3 = Math.round(LINES * 0.125);
const CODE4 = LINES - CODE1 - CODE3;

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

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : 'n/a');
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');
const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

console.log(
	`config: ${EMPLOYERS} employers × ${LINES} lines (${CODE1}/0/${CODE3}/${CODE4}), ` +
		`${POLLERS} pollers every ${POLL_EVERY_MS} ms, poll timeout ${POLL_TIMEOUT_MS} ms, ` +
		`deadline ${DEADLINE_MS / 1000} s; partner provisioning ${PARTNERS ? 'on' : 'off'}; ` +
		`inspector ${INSPECTOR ? 'on' : 'off'}; ` +
		`load average ${load()}`
);
const persistTo = mkdtempSync(join(tmpdir(), 'youp-load-'));
migrate(persistTo);
const { child, baseUrl } = await startServer({
	port: PORT,
	inspector: INSPECTOR,
	persistTo,
	vars: {
		AUTH_SECRET: randomBytes(32).toString('hex'),
		...(PARTNERS ? {} : { BENEFITS_AT_WORK_ENABLED: 'false', XTRA_PRESENT_ENABLED: 'false' })
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
let exitCode = 0;
// Ctrl+C stops the pollers and still prints the summary and the final sweep; a second one quits.
let interrupted = false;
process.on('SIGINT', () => {
	if (interrupted) {
		child.kill('SIGTERM');
		rmSync(persistTo, { recursive: true, force: true });
		process.exit(130);
	}
	interrupted = true;
	exitCode = 130;
	console.log('interrupted: stopping the pollers, then the summary (Ctrl+C again to quit now)');
});
try {
	// Set-up (untimed): employers, rosters (the code-1 people), a token each.
	const tenants: { token: string; rows: object[] }[] = [];
	for (let e = 0; e < EMPLOYERS; e++) {
		const { id } = await call(baseUrl, STAFF, 'POST', '/employers', { name: `Load ${e}` });
		const roster = Array.from({ length: CODE1 }, (_, i) => {
			const p = person(e, i);
			const [d, m, y] = p.birthDate.split('/');
			return { ...p, birthDate: `${y}-${m}-${d}` };
		});
		await call(baseUrl, STAFF, 'PUT', `/employers/${id}/roster`, { people: roster });
		const { token } = await call(baseUrl, STAFF, 'POST', `/employers/${id}/tokens`, {});
		const rows = [
			...Array.from({ length: CODE1 }, (_, i) => person(e, i)),
			...Array.from({ length: CODE3 }, (_, i) => person(e, 1000 + i)),
			...Array.from({ length: CODE4 }, (_, i) => ({ ...person(e, 2000 + i), postcode: '12' }))
		];
		tenants.push({ token: token as string, rows });
	}
	console.log(`set-up done; load average ${load()}`);

	const cpuBefore = treeCpuSeconds(child.pid!);
	const started = performance.now();
	const startedAt = Date.now();
	const submitErrors: string[] = [];
	const submitMs: number[] = [];
	const accepted = await Promise.all(
		tenants.map(async (t) => {
			const t0 = performance.now();
			try {
				const r = await call(baseUrl, t.token, 'POST', '/batches', { consent: true, rows: t.rows });
				submitMs.push(performance.now() - t0);
				return { token: t.token, id: r.id as string, seenDoneAfter: null as number | null };
			} catch (error) {
				submitErrors.push((error as Error).message.slice(0, 160));
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

	// Polls: POLLERS independent loops (one slow answer never holds up the others).
	const pollMs: number[] = [];
	const pollErrors = { status: 0, network: 0, late: 0, abandoned: 0, abortIgnored: 0 };
	const networkCauses = new Map<string, number>();
	let inFlight = 0;
	const deadline = started + DEADLINE_MS;
	const allSeen = () => lists.every((l) => l.seenDoneAfter !== null);
	const stopped = () => interrupted || allSeen() || performance.now() > deadline;
	const poller = async (i: number) => {
		const list = lists[i % lists.length]!;
		while (!stopped()) {
			const t0 = performance.now();
			inFlight++;
			try {
				const response = await request(
					`${baseUrl}/api/v1/batches/${list.id}`,
					{ headers: { authorization: `Bearer ${list.token}` } },
					POLL_ABANDON_MS
				);
				const took = performance.now() - t0;
				pollMs.push(took);
				const body = response.status === 200 ? JSON.parse(response.text) : null;
				// Late answers are errors, but what they say still counts (the list is completed).
				if (took > POLL_TIMEOUT_MS) pollErrors.late++;
				else if (!body) pollErrors.status++;
				if (body?.status === 'completed' && list.seenDoneAfter === null)
					list.seenDoneAfter = (performance.now() - started) / 1000;
			} catch (error) {
				if (error instanceof Timeout) {
					pollErrors.abandoned++;
					if (error.message.includes('ignored')) pollErrors.abortIgnored++;
				} else {
					pollErrors.network++;
					const cause = (error as { cause?: { code?: string; message?: string } }).cause;
					const what = cause?.code ?? cause?.message ?? (error as Error).message;
					networkCauses.set(what, (networkCauses.get(what) ?? 0) + 1);
				}
			} finally {
				inFlight--;
			}
			await sleep(Math.max(0, POLL_EVERY_MS - (performance.now() - t0)));
		}
	};
	const progress = setInterval(() => {
		const seen = lists.filter((l) => l.seenDoneAfter !== null).length;
		console.log(
			`  t=${((performance.now() - started) / 1000).toFixed(0)} s: ${seen}/${lists.length} seen ` +
				`completed, ${pollMs.length} polls answered (${pollErrors.late} late), ` +
				`${pollErrors.abandoned + pollErrors.network + pollErrors.status} other errors, ` +
				`${inFlight} in flight; load ${load()}`
		);
	}, 15_000);
	await Promise.all(Array.from({ length: POLLERS }, (_, i) => poller(i)));
	clearInterval(progress);
	const pollSeconds = (performance.now() - started) / 1000;
	const errors = pollErrors.status + pollErrors.network + pollErrors.late + pollErrors.abandoned;
	console.log(
		`polls: ${pollMs.length + pollErrors.network + pollErrors.abandoned} by ${POLLERS} ` +
			`concurrent pollers over ${pollSeconds.toFixed(0)} s; errors ${errors}: ` +
			`${pollErrors.late} answered after more than ${POLL_TIMEOUT_MS / 1000} s, ` +
			`${pollErrors.abandoned} abandoned after ${POLL_ABANDON_MS / 1000} s` +
			`${pollErrors.abortIgnored ? ` (${pollErrors.abortIgnored} ignored the abort)` : ''}, ` +
			`${pollErrors.status} non-200, ${pollErrors.network} network; ` +
			`latency of answered polls p50 ${ms(quantile(pollMs, 0.5))}, ` +
			`p95 ${ms(quantile(pollMs, 0.95))}, max ${ms(Math.max(...pollMs))}`
	);
	for (const [what, n] of networkCauses) console.log(`  network error ${what}: ${n}`);
	const quick = pollMs.filter((t) => t <= POLL_TIMEOUT_MS);
	console.log(
		`  within ${POLL_TIMEOUT_MS / 1000} s: ${quick.length}, p50 ${ms(quantile(quick, 0.5))}, ` +
			`p95 ${ms(quantile(quick, 0.95))}`
	);
	if (allSeen()) {
		const last = Math.max(...lists.map((l) => l.seenDoneAfter!));
		const lines = lists.length * LINES;
		console.log(
			`all ${lists.length} lists seen completed by the polls after ${last.toFixed(1)} s ` +
				`(${lines} lines, ${Math.round(lines / last)} lines/s)`
		);
	} else {
		exitCode ||= 1;
		const seen = lists.filter((l) => l.seenDoneAfter !== null).length;
		console.log(
			`${interrupted ? 'interrupted' : 'deadline reached'}: ${seen}/${lists.length} lists seen completed by the polls`
		);
	}

	// Final sweep: status, counts and server-side completion time of every list (all at once,
	// each bounded by the call timeout, so the sweep itself ends within that time).
	const states = new Map<string, number>();
	const completedAt: number[] = [];
	let wrongCounts = 0;
	const sweepStarted = performance.now();
	const sweep = await Promise.all(
		lists.map((list) =>
			call(baseUrl, list.token, 'GET', `/batches/${list.id}`).catch((error: Error) => error)
		)
	);
	for (const r of sweep) {
		try {
			if (r instanceof Error) throw r;
			const status = String(r.status);
			states.set(status, (states.get(status) ?? 0) + 1);
			if (typeof r.completedAt === 'string') completedAt.push(Date.parse(r.completedAt));
			const c = r.counts as Record<string, number>;
			if (
				status === 'completed' &&
				[c['1'], c['2'], c['3'], c['4']].join() !== `${CODE1},0,${CODE3},${CODE4}`
			)
				wrongCounts++;
		} catch (error) {
			states.set('unreadable', (states.get('unreadable') ?? 0) + 1);
			console.log(`  sweep: ${(error as Error).message.slice(0, 120)}`);
		}
	}
	console.log(`  sweep took ${((performance.now() - sweepStarted) / 1000).toFixed(1)} s`);
	const server = completedAt.length
		? `; last completedAt (server) ${((Math.max(...completedAt) - startedAt) / 1000).toFixed(1)} s after the submits started`
		: '';
	console.log(
		`final state: ${[...states].map(([s, n]) => `${n} ${s}`).join(', ')}; ` +
			`${wrongCounts} completed lists with unexpected counts${server}`
	);
	if (wrongCounts > 0 || states.get('completed') !== lists.length) exitCode ||= 1;
	console.log(`server CPU since the submits: ${cpuText(cpuBefore, treeCpuSeconds(child.pid!))}`);
	console.log(`load average at the end ${load()}`);
} catch (error) {
	exitCode = 1;
	console.error(error);
} finally {
	child.kill('SIGTERM');
	await sleep(1000);
	rmSync(persistTo, { recursive: true, force: true });
}
// Pending keep-alive sockets or a late abort timer must not keep the process alive.
process.exitCode = exitCode;
setTimeout(() => process.exit(exitCode), 5000).unref();
