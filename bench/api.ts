/** The YOU-P API as the end-to-end benchmarks call it: JSON in and out, any status ≥ 300 throws. */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';

export class Timeout extends Error {
	name = 'Timeout';
}

/**
 * fetch + body with a hard deadline. The abort signal covers connect, headers and body; the race
 * settles the promise even if the abort is not honoured (so no caller can wait forever). Local
 * workerd does not cancel a request whose client went away, so an aborted request still runs.
 */
export async function request(url: string, init: RequestInit, timeoutMs: number) {
	const controller = new AbortController();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			controller.abort(new Timeout(`no answer in ${timeoutMs} ms`));
			// a grace period for the abort itself to reject, then give up on it
			setTimeout(() => reject(new Timeout(`no answer in ${timeoutMs} ms (abort ignored)`)), 1000);
		}, timeoutMs);
	});
	const work = (async () => {
		const response = await fetch(url, { ...init, signal: controller.signal });
		return { status: response.status, text: await response.text() };
	})();
	work.catch(() => undefined);
	try {
		return await Promise.race([work, expired]);
	} finally {
		clearTimeout(timer);
	}
}

export async function call(
	base: string,
	token: string,
	method: string,
	path: string,
	body?: unknown,
	timeoutMs = 180_000
) {
	// One key per logical call, the same on the retry below: POST /batches answers a repeated key
	// with the list the first attempt made instead of a second list.
	const idempotency: Record<string, string> =
		method === 'GET' ? {} : { 'idempotency-key': randomUUID() };
	const send = () =>
		request(
			`${base}/api/v1${path}`,
			{
				method,
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					...idempotency
				},
				body: body === undefined ? undefined : JSON.stringify(body)
			},
			timeoutMs
		);
	let response = await send();
	// wrangler's proxy answers 503 "Your worker restarted mid-request" to a non-GET request that
	// meets a reload (on a busy machine a second reload can follow start-up): the request did not
	// reach the worker's code in a way that answered, so it is sent once more.
	if (response.status === 503 && response.text.includes('restarted mid-request'))
		response = await send();
	if (response.status >= 300)
		throw new Error(`${method} ${path}: ${response.status} ${response.text.slice(0, 200)}`);
	return JSON.parse(response.text) as Record<string, unknown>;
}

export const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** The 1, 5 and 15-minute load averages, as `uptime` prints them. */
export const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(', ');

export const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

/**
 * CPU seconds (user + system) used so far by a process and all its descendants, per program
 * name (`workerd`, `node`, …), read from /proc (Linux). Less sensitive to a busy machine than
 * wall time: what the server itself spent, whoever else runs.
 */
export function treeCpuSeconds(rootPid: number): Record<string, number> {
	const stats = new Map<number, { ppid: number; name: string; ticks: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
			let name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
			// wrangler dev runs two workerd processes: the proxy on the public port, and the
			// worker itself (with D1, KV and the queues) on a port of its own (":0" on the command line)
			if (name === 'workerd')
				name = readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('entry=127.0.0.1:0')
					? 'workerd (worker, D1, queues)'
					: 'workerd (proxy)';
			const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
			// fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15
			stats.set(Number(entry), {
				ppid: Number(fields[1]),
				name,
				ticks: Number(fields[11]) + Number(fields[12])
			});
		} catch {
			// the process ended meanwhile
		}
	}
	const inTree = (pid: number): boolean => {
		for (let p = pid, hops = 0; p > 1 && hops < 20; hops++) {
			if (p === rootPid) return true;
			p = stats.get(p)?.ppid ?? 0;
		}
		return false;
	};
	const result: Record<string, number> = {};
	for (const [pid, s] of stats)
		if (inTree(pid)) result[s.name] = (result[s.name] ?? 0) + s.ticks / CLOCK_TICKS;
	return result;
}
/** USER_HZ: 100 on every Linux the benches run on (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

/** CPU seconds used between two treeCpuSeconds readings, e.g. "workerd 12.3 s, node 0.4 s". */
export function cpuText(before: Record<string, number>, after: Record<string, number>) {
	return Object.entries(after)
		.map(([name, s]) => [name, s - (before[name] ?? 0)] as const)
		.filter(([, s]) => s >= 0.05)
		.sort((a, b) => b[1] - a[1])
		.map(([name, s]) => `${name} ${s.toFixed(1)} s`)
		.join(', ');
}
