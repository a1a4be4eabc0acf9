/**
 * Single-line validation of a whole list off the main thread. Runs exactly `validateRow` from
 * `$lib/registration`; the main thread meanwhile builds the duplicate index, so on a two-core
 * machine the two halves of the work overlap. Answers only for lines that have problems.
 */
import { validateRow, type Problem } from '$lib/registration';
import { rowFromCells, type Cells } from './model';

export interface ValidateRequest {
	id: number;
	today: string;
	cells: Cells[];
}
export interface ValidateResponse {
	id: number;
	/** [line index, problems] for every line with at least one problem. */
	problems: [number, Problem[]][];
}

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
	const { id, today, cells } = event.data;
	const problems: [number, Problem[]][] = [];
	for (let i = 0; i < cells.length; i++) {
		const found = validateRow(rowFromCells(cells[i]), { today }).problems;
		if (found.length) problems.push([i, found]);
	}
	self.postMessage({ id, problems } satisfies ValidateResponse);
};
