/**
 * Loads a large list into the model with single-line validation in a Web Worker while the main
 * thread builds the duplicate index. Small lists (and browsers without workers) load inline.
 */
import type { Problem } from '$lib/registration';
import type { Cells, GridModel } from './model';
import type { ValidateRequest, ValidateResponse } from './validate.worker';

/** Below this many lines the worker round-trip costs more than it saves. */
const WORKER_THRESHOLD = 2000;

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		worker ??= new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		worker = null;
	}
	return worker;
}

export async function loadValidated(
	model: GridModel,
	cells: Cells[],
	today: string
): Promise<void> {
	const w = cells.length >= WORKER_THRESHOLD ? getWorker() : null;
	if (!w) {
		model.load(cells);
		return;
	}
	const id = nextId++;
	const answer = new Promise<ValidateResponse>((resolve, reject) => {
		const onMessage = (event: MessageEvent<ValidateResponse>) => {
			if (event.data.id !== id) return;
			w.removeEventListener('message', onMessage);
			resolve(event.data);
		};
		w.addEventListener('message', onMessage);
		w.addEventListener('error', reject, { once: true });
	});
	w.postMessage({ id, today, cells } satisfies ValidateRequest);
	// Duplicates are indexed here while the worker validates the lines one by one.
	const finish = model.stage(cells);
	let byRow: Map<number, Problem[]>;
	try {
		byRow = new Map((await answer).problems);
	} catch {
		finish();
		return;
	}
	finish((i) => byRow.get(i) ?? []);
}
