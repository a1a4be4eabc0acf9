/**
 * List editor in headless Chromium against the built app (run `npm run build` first):
 *
 *   node bench/run-ts.mjs bench/grid.ts
 *
 * Starts `wrangler dev` with a throw-away D1 (like the e2e setup), logs in as the demo employer
 * and measures, in the page:
 * - paste of 10,000 and 50,000 lines (real clipboard, Ctrl+V): from the paste event until the
 *   totals show every line validated and the next frame has been painted;
 * - one cell edit at 10,000 lines (type + Enter), as the browser's Event Timing API reports the
 *   Enter keydown: its handling (every listener and microtask: commit, re-validation, duplicates,
 *   totals, grid render) and its duration until the next paint; the first edits after loading
 *   (cold code) apart from the steady state; the same edit at 20 lines and in a bare Handsontable
 *   without our code for comparison;
 * - import of a 50,000-line .xlsx (generated here with SheetJS, dates as date cells): from the
 *   file input's change event until the totals show all lines and a frame has been painted;
 * - the draft save at 10,000 lines after a cell edit (BENCH_ONLY=draft): from the draft timer
 *   firing until the draft is stored, and the main thread's longest task meanwhile (Long Tasks
 *   API entries ≥ 50 ms, and every task from a trace).
 * Prints figures only; timings are never asserted anywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import * as XLSX from '@e965/xlsx';
import { chromium, type Page } from 'playwright-core';
import { GRID_LAYOUT } from '../src/lib/grid/layout';
import { rng } from './rows';
// @ts-expect-error plain JS helper shared with the e2e setup
import { migrate, startServer } from '../scripts/local-server.js';

const LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens'];
const FIRST = ['Jan', 'Marie', 'Luc', 'An', 'Tom', 'Els', 'Pieter', 'Lotte', 'Bram', 'Sofie'];
const POSTCODES = ['1000', '2000', '3000', '8000', '9000', '4000', '5000', '1050', '12345'];

/** Lines like a payroll export: mostly valid, ~1 in 9 with a bad postcode, a few duplicates. */
function lines(count: number, seed = 1): string[][] {
	const r = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
	const out: string[][] = [];
	for (let i = 0; i < count; i++) {
		const day = 1 + Math.floor(r() * 28);
		const month = 1 + Math.floor(r() * 12);
		const year = 1950 + Math.floor(r() * 55);
		const last = `${pick(LAST)}${i % 997}`;
		const first = pick(FIRST);
		out.push([
			last,
			first,
			pick(POSTCODES),
			`${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
			`${first}.${last}.${i}@example.com`.toLowerCase()
		]);
	}
	return out;
}

const HEADER = ['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail'];

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

/** Resolves with ms from the first `startEvent` on `target` until the totals read `lines` lines
 * and one more frame has been painted. Must be armed before the action. */
async function arm(page: Page, startEvent: 'paste' | 'change', lineCount: number) {
	await page.evaluate(
		({ startEvent, lineCount }) => {
			const w = window as unknown as { __bench: Promise<number> };
			w.__bench = new Promise<number>((resolve) => {
				let t0 = 0;
				window.addEventListener(startEvent, () => (t0 = performance.now()), {
					capture: true,
					once: true
				});
				const totals = document.querySelector('[data-testid="grid-totals"]')!;
				const done = () => {
					const text = totals.textContent ?? '';
					if (!t0 || !text.replace(/[.\s\u202f]/g, '').startsWith(`${lineCount}`)) return false;
					observer.disconnect();
					requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
					return true;
				};
				const observer = new MutationObserver(done);
				observer.observe(totals, { subtree: true, childList: true, characterData: true });
			});
		},
		{ startEvent, lineCount }
	);
	return async () => {
		// A watchdog, cleared on success so it cannot fire after the browser has closed.
		let timer: ReturnType<typeof setTimeout> | undefined;
		const watchdog = new Promise<number>((_, reject) => {
			timer = setTimeout(async () => {
				const seen = await page
					.locator('[data-testid="grid-totals"], [role="alert"]')
					.allTextContents();
				reject(new Error(`no result after 120 s; page shows: ${seen.join(' | ')}`));
			}, 120_000);
		});
		try {
			return await Promise.race([
				page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench),
				watchdog
			]);
		} finally {
			clearTimeout(timer);
		}
	};
}

async function paste(page: Page, rows: string[][]): Promise<number> {
	await page.getByRole('button', { name: 'Lijst wissen' }).click();
	const text = [HEADER, ...rows].map((r) => r.join('\t')).join('\r\n');
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.locator('.ht_master tbody tr').first().locator('td').first().click();
	const result = await arm(page, 'paste', rows.length);
	await page.keyboard.press('Control+V');
	return result();
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Adds the self and inclusive time (ms) per function (name file:line) in a CDP CPU profile. */
function addProfile(profile: CpuProfile, self: Map<string, number>, total: Map<string, number>) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const label = (n: ProfileNode) => {
		const f = n.callFrame;
		const file = f.url.split('/').pop()?.split('?')[0] ?? '';
		return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
	};
	for (let i = 0; i < profile.samples.length; i++) {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let id: number | undefined = profile.samples[i];
		const leaf = id === undefined ? undefined : byId.get(id);
		if (!leaf) continue;
		self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
		const seen = new Set<string>();
		while (id !== undefined) {
			const node = byId.get(id);
			if (!node) break;
			const l = label(node);
			if (!seen.has(l)) {
				seen.add(l);
				total.set(l, (total.get(l) ?? 0) + dt);
			}
			id = parent.get(id);
		}
	}
}

function topOf(times: Map<string, number>, runs: number, limit: number): string {
	return [...times]
		.filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(root)'))
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([name, ms]) => `  ${(ms / runs).toFixed(2).padStart(7)} ms/edit  ${name}`)
		.join('\n');
}

interface EditTiming {
	/**
	 * Event Timing API: processingEnd − processingStart of the Enter keydown, i.e. every keydown
	 * listener (Handsontable's and ours) with the microtasks they queue. NaN when the browser
	 * reported no entry (it only reports events lasting ≥ 16 ms up to the next paint).
	 */
	handling: number;
	/** Event Timing `duration`: from the key event to the next paint, in 8 ms steps. */
	eventDuration: number;
	/** From the Enter keydown until the task after its dispatch starts (a frame rendered in
	 * between, if the browser chose to, is counted too). */
	untilNextTask: number;
	/** …until a task after the next animation frame, i.e. after the frame has been painted. */
	toPaint: number;
	/** Main-thread CPU time (trace thread-time) in that window; only in the traced pass. */
	cpu?: number;
}

/** Sum of the thread (CPU) time of the top-level trace events of the keydown's thread between
 * the keydown and `windowMs` later. */
function mainThreadCpu(events: TraceEvent[], windowMs: number): number | undefined {
	const keydown = events.find(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown'
	);
	if (!keydown) return undefined;
	const end = keydown.ts + windowMs * 1000;
	const own = events
		.filter((e) => e.pid === keydown.pid && e.tid === keydown.tid && e.ph === 'X')
		.filter((e) => e.ts >= keydown.ts && e.ts < end && e.tdur !== undefined)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	let cpu = 0;
	let coveredUntil = -1;
	for (const e of own) {
		if (e.ts < coveredUntil) continue; // nested in one already counted
		cpu += (e.tdur ?? 0) / 1000;
		coveredUntil = e.ts + (e.dur ?? 0);
	}
	return cpu;
}

/** Adds each main-thread event's duration in the edit's window to its name's sum. */
function addTraceSummary(
	events: TraceEvent[],
	windowMs: number,
	byName: Map<string, { ms: number; count: number }>
) {
	const keydown = events.find(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown'
	);
	if (!keydown) return;
	const end = keydown.ts + windowMs * 1000;
	for (const e of events)
		if (
			e.pid === keydown.pid &&
			e.tid === keydown.tid &&
			e.ph === 'X' &&
			e.ts >= keydown.ts &&
			e.ts < end
		) {
			const sum = byName.get(e.name) ?? { ms: 0, count: 0 };
			sum.ms += (e.dur ?? 0) / 1000;
			sum.count++;
			byName.set(e.name, sum);
		}
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: { data?: { type?: string } };
}

/**
 * Seven cell edits at 10,000 lines: click a postcode cell, type a value (alternately invalid and
 * valid), and time the Enter that commits it. After each, checks that what was on screen when the
 * time was taken is the final state (the cell shows the value, the totals no longer change), so a
 * figure can never come from an edit that was not finished.
 * mode 'trace' also records a Chrome trace per Enter for the main-thread CPU time (less sensitive
 * to other processes than wall-clock time); mode 'profile' (BENCH_PROFILE=1) CPU-profiles each
 * Enter (100 µs sampling). Both slow the page down: their wall-clock times are not the figures.
 */
async function editTimings(
	page: Page,
	mode: 'plain' | 'trace' | 'profile',
	{ hasTotals = true, runs = 7 } = {}
): Promise<EditTiming[]> {
	const out: EditTiming[] = [];
	const cdp = mode === 'plain' ? null : await page.context().newCDPSession(page);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	const traceByName = new Map<string, { ms: number; count: number }>();
	if (cdp && mode === 'profile') {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	}
	for (let i = 0; i < runs; i++) {
		const row = page.locator('.ht_master tbody tr').nth(2 + i);
		const value = i % 2 ? '1000' : '12345';
		await row.locator('td').nth(2).click();
		await page.keyboard.type(value);
		// Measure the Enter that commits the edit (validation, duplicates, totals, render).
		// Armed in its own round-trip so the listener is in place before the key is sent.
		await page.evaluate(() => {
			const w = window as unknown as { __edit: Promise<EditTiming & { totals: string }> };
			const totals = document.querySelector('[data-testid="grid-totals"]');
			w.__edit = new Promise((resolve) => {
				// The browser's own account of the keydown (Event Timing API, what INP is built on):
				// processingStart..processingEnd spans every listener and the microtasks they queue.
				let entry: PerformanceEventTiming | undefined;
				const observer = new PerformanceObserver((list) => {
					for (const e of list.getEntries() as PerformanceEventTiming[])
						if (e.name === 'keydown') entry = e;
				});
				observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
				window.addEventListener(
					'keydown',
					() => {
						const start = performance.now();
						// Runs after the whole keydown dispatch (the grid's handlers included).
						setTimeout(() => {
							const untilNextTask = performance.now() - start;
							const shown = totals?.textContent ?? '';
							requestAnimationFrame(() =>
								setTimeout(() => {
									const toPaint = performance.now() - start;
									// Entries are delivered after the frame; give the observer a moment.
									setTimeout(() => {
										observer.disconnect();
										resolve({
											handling: entry ? entry.processingEnd - entry.processingStart : NaN,
											eventDuration: entry?.duration ?? NaN,
											untilNextTask,
											toPaint,
											totals: shown
										});
									}, 50);
								})
							);
						});
					},
					{ capture: true, once: true }
				);
			});
		});
		const events: TraceEvent[] = [];
		const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
		if (cdp && mode === 'profile') await cdp.send('Profiler.start');
		if (cdp && mode === 'trace') {
			cdp.on('Tracing.dataCollected', collect);
			await cdp.send('Tracing.start', {
				categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
				transferMode: 'ReportEvents'
			});
		}
		await page.keyboard.press('Enter');
		const timing = await page.evaluate(
			() => (window as unknown as { __edit: Promise<EditTiming & { totals: string }> }).__edit
		);
		if (cdp && mode === 'profile') {
			const { profile: result } = await cdp.send('Profiler.stop');
			addProfile(result as unknown as CpuProfile, self, total);
			if (process.env.BENCH_PROFILE_OUT)
				writeFileSync(`${process.env.BENCH_PROFILE_OUT}-${i}.cpuprofile`, JSON.stringify(result));
		}
		if (cdp && mode === 'trace') {
			const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
			await cdp.send('Tracing.end');
			await complete;
			cdp.off('Tracing.dataCollected', collect);
			timing.cpu = mainThreadCpu(events, timing.toPaint);
			if (process.env.BENCH_TRACE_SUMMARY) addTraceSummary(events, timing.toPaint, traceByName);
		}
		// Honesty check: the measured moment already showed the final state.
		await page.waitForTimeout(300);
		const settled = hasTotals ? await page.getByTestId('grid-totals').textContent() : '';
		const cellText = await row.locator('td').nth(2).textContent();
		if (settled !== timing.totals || !cellText?.startsWith(value))
			throw new Error(
				`edit ${i} not finished when measured: totals "${timing.totals}" then "${settled}", cell "${cellText}"`
			);
		out.push({ ...timing, cpu: timing.cpu });
	}
	if (mode === 'profile') {
		const limit = Number(process.env.BENCH_PROFILE_TOP ?? 40);
		console.log(`profile, self time:\n${topOf(self, out.length, limit)}`);
		console.log(`profile, inclusive time:\n${topOf(total, out.length, limit)}`);
	}
	if (traceByName.size) {
		console.log(
			'trace, main-thread events by name (inclusive wall time, nested events counted too):'
		);
		for (const [name, sum] of [...traceByName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
			console.log(
				`  ${(sum.ms / runs).toFixed(2).padStart(8)} ms/edit  ${(sum.count / runs).toFixed(1).padStart(5)}×/edit  ${name}`
			);
	}
	return out;
}

/** Median and runs of each figure of a series of edits. */
function describeEdits(edits: EditTiming[]): string {
	const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
	// The browser reports only events lasting 16 ms or more from key to paint; for the others the
	// handling is known to be under 16 ms but not how far, so they are counted, not averaged.
	const handling = edits.map((e) => e.handling).filter((x) => !Number.isNaN(x));
	const unreported = edits.length - handling.length;
	const durations = edits.map((e) => e.eventDuration).filter((x) => !Number.isNaN(x));
	return [
		`Enter handling (Event Timing processing) median ${median(handling).toFixed(1)} ms, max ${Math.max(...handling).toFixed(1)} ms (${ms(handling)})` +
			(unreported ? `; ${unreported} edit(s) under 16 ms from key to paint, not reported` : ''),
		`until the next task median ${median(edits.map((e) => e.untilNextTask)).toFixed(1)} ms`,
		`keydown to next paint (Event Timing duration, 8 ms steps) median ${median(durations)} ms of the reported`,
		`until a task after the following animation frame median ${median(edits.map((e) => e.toPaint)).toFixed(1)} ms`
	].join('; ');
}

/**
 * A page with nothing but Handsontable's full build, laid out like the list editor (the same
 * `GRID_LAYOUT`, row headers): the floor under our own code.
 */
async function bareHandsontable(page: Page): Promise<void> {
	await page.setContent('<!doctype html><html lang="nl"><body><div id="grid"></div></body></html>');
	const dir = join(process.cwd(), 'node_modules/handsontable');
	await page.addStyleTag({ path: join(dir, 'styles/handsontable.min.css') });
	await page.addStyleTag({ path: join(dir, 'styles/ht-theme-main.min.css') });
	await page.addScriptTag({ path: join(dir, 'dist/handsontable.full.min.js') });
	await page.evaluate(
		({ rows, layout }) => {
			const { Handsontable } = window as unknown as {
				Handsontable: new (el: Element, options: object) => unknown;
			};
			new Handsontable(document.getElementById('grid')!, {
				...layout,
				licenseKey: 'non-commercial-and-evaluation',
				data: rows.map((row) => [...row, 'OK']),
				colHeaders: ['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail', 'Status'],
				rowHeaders: true
			});
		},
		{ rows: lines(20, 8), layout: GRID_LAYOUT }
	);
	await page.locator('.ht_master td').first().waitFor();
}

/**
 * Installed in the page before its scripts: notes when a 1000 ms timer (the draft's debounce)
 * fires and when the draft is stored — a localStorage write of `youp.grid.draft.*` (the first
 * version) or an answer of the draft worker — and collects Long Tasks API entries. Works with
 * both versions of the editor, so the same bench runs before and after.
 */
function draftHooks() {
	type Bench = {
		timers: number[];
		/** How long each 1000 ms timer's task ran (until a task queued at its end started). */
		timerTasks: number[];
		stored: number[];
		longtasks: { start: number; duration: number }[];
		waiter?: () => void;
	};
	const bench: Bench = { timers: [], timerTasks: [], stored: [], longtasks: [] };
	(window as unknown as { __draftBench: Bench }).__draftBench = bench;
	const stored = () => {
		bench.stored.push(performance.now());
		bench.waiter?.();
	};
	const plainTimeout = window.setTimeout;
	window.setTimeout = function (handler: TimerHandler, ms?: number, ...rest: unknown[]) {
		if (ms === 1000 && typeof handler === 'function') {
			const fn = handler;
			handler = (...args: unknown[]) => {
				const start = performance.now();
				bench.timers.push(start);
				const next = new MessageChannel();
				next.port1.onmessage = () => bench.timerTasks.push(performance.now() - start);
				next.port2.postMessage(0);
				return fn(...args);
			};
		}
		return plainTimeout(handler, ms, ...rest);
	} as typeof window.setTimeout;
	const setItem = Storage.prototype.setItem;
	Storage.prototype.setItem = function (key: string, value: string) {
		setItem.call(this, key, value);
		if (key.startsWith('youp.grid.draft.')) stored();
	};
	const PlainWorker = window.Worker;
	window.Worker = class extends PlainWorker {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			if (String(url).includes('draft')) this.addEventListener('message', stored);
		}
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.longtasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

interface DraftSave {
	/** From the draft timer firing until the draft is stored (and the main thread knows it). */
	toStored: number;
	/** Longest main-thread task (trace RunTask) from just after the edit until stored. */
	longestTask: number;
	/** Sum of the main-thread tasks in that window. */
	busy: number;
	/** Longest Long Tasks API entry between the timer and the store, or 0 when none. */
	longtask: number;
	/** Page clock: from the draft timer firing until the next task starts (its task and microtasks,
	 * where the old version serialised and the new one hands the lines over). */
	timerTask: number;
}

/** One cell edit at 10,000 lines, then the draft save it causes a second later, measured. */
async function draftSave(page: Page, i: number): Promise<DraftSave> {
	const row = page.locator('.ht_master tbody tr').nth(2 + i);
	await row.locator('td').nth(2).click();
	await page.keyboard.type(i % 2 ? '1000' : '12345');
	const before = await page.evaluate(
		() => (window as unknown as { __draftBench: { stored: number[] } }).__draftBench.stored.length
	);
	await page.keyboard.press('Enter');
	await page.waitForTimeout(200); // the edit itself is not part of the save
	const cdp = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
	cdp.on('Tracing.dataCollected', collect);
	await cdp.send('Tracing.start', {
		categories: 'toplevel,devtools.timeline',
		transferMode: 'ReportEvents'
	});
	const result = await page.evaluate(
		(before) =>
			new Promise<{ toStored: number; longtask: number; timerTask: number }>((resolve) => {
				const bench = (
					window as unknown as {
						__draftBench: {
							timers: number[];
							timerTasks: number[];
							stored: number[];
							longtasks: { start: number; duration: number }[];
							waiter?: () => void;
						};
					}
				).__draftBench;
				const check = () => {
					const at = bench.stored[before];
					if (at === undefined) return;
					bench.waiter = undefined;
					const fired = bench.timers.filter((t) => t <= at).length - 1;
					const timer = bench.timers[fired] ?? NaN;
					// Entries arrive after their task: give the observer a moment.
					setTimeout(() => {
						const inWindow = bench.longtasks.filter(
							(t) => t.start + t.duration >= timer && t.start <= at
						);
						resolve({
							toStored: at - timer,
							timerTask: bench.timerTasks[fired] ?? NaN,
							longtask: Math.max(0, ...inWindow.map((t) => t.duration))
						});
					}, 100);
				};
				bench.waiter = check;
				check();
			}),
		before
	);
	const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await complete;
	cdp.off('Tracing.dataCollected', collect);
	await cdp.detach();
	const fire = events.find((e) => e.name === 'TimerFire');
	const main = events.find(
		(e) =>
			e.ph === 'M' &&
			e.name === 'thread_name' &&
			(e.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
			e.pid === fire?.pid
	);
	const tasks = events.filter(
		(e) =>
			e.ph === 'X' &&
			(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
			e.pid === main?.pid &&
			e.tid === main?.tid
	);
	const durations = tasks.map((e) => (e.dur ?? 0) / 1000);
	return {
		...result,
		longestTask: Math.max(0, ...durations),
		busy: durations.reduce((a, b) => a + b, 0)
	};
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const persistTo = mkdtempSync(join(tmpdir(), 'youp-bench-'));
migrate(persistTo);
const { child, baseUrl } = await startServer({
	port: await freePort(),
	persistTo,
	// The 50,000-line import is over the default 10,000-line limit the editor now enforces on files.
	vars: { AUTH_SECRET: randomBytes(32).toString('hex'), MAX_LIST_ROWS: '50000' },
	stdio: ['ignore', 'ignore', 'inherit']
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run']
});
try {
	const context = await browser.newContext({
		baseURL: baseUrl,
		locale: 'nl-BE',
		viewport: { width: 1280, height: 1000 }
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
	const page = await context.newPage();
	await page.goto('/login');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres').fill('werkgever@demo.test');
	await page.getByLabel(/^wachtwoord$/i).fill('demo-werkgever-2026');
	await page.getByRole('button', { name: /^aanmelden$/i }).click();
	await page.waitForURL('**/werkgever', { timeout: 60_000 });
	await page.goto('/werkgever/lijsten/nieuw');
	await page.locator('.ht_master td').first().waitFor();

	console.log(
		`grid bench — ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), load ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}, ${new Date().toISOString()}`
	);
	const only = process.env.BENCH_ONLY; // 'paste' | 'edit' | 'xlsx' | 'draft' to run one part
	await paste(page, lines(200, 99)); // warm-up (JIT, lazy chunks)

	for (const count of only && only !== 'paste' ? [] : [10_000, 50_000]) {
		const runs: number[] = [];
		for (let i = 0; i < 2; i++) runs.push(await paste(page, lines(count, i + 1)));
		console.log(
			`paste ${count} lines → validated + totals painted: median ${fmt(median(runs))} (runs ${runs.map(fmt).join(', ')})`
		);
	}

	if (!only || only === 'edit') {
		await paste(page, lines(10_000, 7));
		const dom = await page.evaluate(() => ({
			all: document.querySelectorAll('*').length,
			grid: document.querySelectorAll('.handsontable *').length,
			rows: document.querySelectorAll('.ht_master tbody tr').length
		}));
		console.log(
			`page at 10000 lines: ${dom.all} elements (${dom.grid} in the grid, ${dom.rows} rendered rows)`
		);
		const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
		// The first edits after the page loaded run cold (the edit path's code is not yet optimised
		// by V8); they are reported on their own, then the steady state is measured.
		const cold = await editTimings(page, 'plain', { runs: 5 });
		console.log(`first 5 cell edits at 10000 lines (cold): ${describeEdits(cold)}`);
		const plain = await editTimings(page, process.env.BENCH_PROFILE ? 'profile' : 'plain');
		console.log(`cell edit at 10000 lines (Enter commits): ${describeEdits(plain)}`);
		const traced = await editTimings(page, 'trace');
		const cpu = traced.map((e) => e.cpu ?? NaN);
		console.log(
			`cell edit at 10000 lines, traced: main-thread CPU from the keydown to the painted frame median ${median(cpu).toFixed(1)} ms (${ms(cpu)}); wall-clock under tracing ${ms(traced.map((e) => e.toPaint))}`
		);
		// The same edit in a short list: what an edit costs whatever the list's length.
		await paste(page, lines(20, 8));
		const short = await editTimings(page, process.env.BENCH_PROFILE ? 'profile' : 'plain');
		console.log(`cell edit at 20 lines: ${describeEdits(short)}`);
		if (process.env.BENCH_TRACE_SUMMARY) await editTimings(page, 'trace');
		// And Handsontable on its own: the same Enter in a bare grid without any of our code,
		// warmed up the same way.
		const bare = await context.newPage();
		await bareHandsontable(bare);
		await editTimings(bare, 'plain', { hasTotals: false, runs: 5 });
		const bareEdits = await editTimings(bare, 'plain', { hasTotals: false });
		console.log(
			`bare Handsontable (full build, same theme and columns, 20 lines, no app code): ${describeEdits(bareEdits)}`
		);
		await bare.close();
		console.log(
			`load average at the end of the edit runs: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
	}

	if (!only || only === 'xlsx') {
		const dir = mkdtempSync(join(tmpdir(), 'youp-bench-xlsx-'));
		const file = join(dir, 'lijst-50000.xlsx');
		const sheet = XLSX.utils.aoa_to_sheet([HEADER]);
		const rows = lines(50_000, 11).map(([a, b, c, d, e]) => {
			const [dd, mm, yyyy] = (d as string).split('/').map(Number);
			const serial = (Date.UTC(yyyy!, mm! - 1, dd!) - Date.UTC(1899, 11, 30)) / 86_400_000;
			return [a, b, Number(c), serial, e];
		});
		XLSX.utils.sheet_add_aoa(sheet, rows, { origin: 'A2' });
		for (let r = 2; r <= rows.length + 1; r++) {
			const cell = sheet[`D${r}`];
			if (cell) cell.z = 'dd/mm/yyyy';
		}
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, sheet, 'Personeel');
		// Compressed like Excel writes it (uncompressed, 50k lines exceed the 10 MB upload limit).
		writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
		const xlsxRuns: number[] = [];
		for (let i = 0; i < 2; i++) {
			await page.getByRole('button', { name: 'Lijst wissen' }).click();
			const result = await arm(page, 'change', 50_000);
			const t = Date.now();
			await page.getByLabel(/Kies een bestand/).setInputFiles(file);
			console.log(`  (setInputFiles returned after ${Date.now() - t} ms)`);
			xlsxRuns.push(await result());
		}
		rmSync(dir, { recursive: true, force: true });
		console.log(
			`import .xlsx 50000 lines → validated + totals painted: median ${fmt(median(xlsxRuns))} (runs ${xlsxRuns.map(fmt).join(', ')})`
		);
	}
	if (!only || only === 'draft') {
		await page.close();
		const draftPage = await context.newPage();
		await draftPage.addInitScript(draftHooks);
		await draftPage.goto('/werkgever/lijsten/nieuw');
		await draftPage.locator('.ht_master td').first().waitFor();
		await paste(draftPage, lines(10_000, 13));
		await draftPage.waitForTimeout(4000); // the paste's own draft save
		const runs: DraftSave[] = [];
		for (let i = 0; i < 5; i++) runs.push(await draftSave(draftPage, i));
		const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
		const longest = runs.map((r) => r.longestTask);
		const longtasks = runs.map((r) => r.longtask);
		const timerTasks = runs.map((r) => r.timerTask);
		console.log(
			`draft save at 10000 lines after an edit: timer → stored median ${median(runs.map((r) => r.toStored)).toFixed(1)} ms (${ms(runs.map((r) => r.toStored))}); longest main-thread task (trace) median ${median(longest).toFixed(1)} ms, max ${Math.max(...longest).toFixed(1)} ms (${ms(longest)}); main-thread task time in the window median ${median(runs.map((r) => r.busy)).toFixed(1)} ms (${ms(runs.map((r) => r.busy))}); Long Tasks API (≥ 50 ms) longest per save: ${longtasks.map((x) => (x ? x.toFixed(0) : 'none')).join(', ')}; the timer's task by the page's clock (trace on) median ${median(timerTasks).toFixed(1)} ms (${ms(timerTasks)})`
		);
		console.log(
			`load average after the draft runs: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		await draftPage.close();
	}
	await context.close();
} finally {
	await browser.close();
	child.kill('SIGTERM');
	await new Promise((resolve) => setTimeout(resolve, 500));
	rmSync(persistTo, { recursive: true, force: true });
}
