/**
 * The grid's view of a list: the cells as the user sees them (shared by reference with
 * Handsontable, which edits, inserts and removes lines in place) over the list verdict of
 * `$lib/registration`. The rules and the bookkeeping of which lines to judge again live there;
 * this class only turns cells into registration rows and back.
 */
import {
	COLUMNS,
	ListVerdict,
	hasProblem,
	type LineVerdict,
	type ListTotals,
	type PrecomputedProblems,
	type RegistrationRow
} from '$lib/registration';

import { cellText, type Cells } from './cells';
import { Predictions } from './predictions';

export type { Cells };

/** Verdict of one grid line. */
export type RowState = LineVerdict;

/** Totals shown under the grid and announced to screen readers. */
export type Summary = ListTotals;

/** The registration row a grid line stands for (`language` only when its cell is filled). */
export function rowFromCells(cells: Cells | undefined): RegistrationRow {
	const language = cellText(cells?.[5]);
	return {
		lastName: cellText(cells?.[0]),
		firstName: cellText(cells?.[1]),
		postcode: cellText(cells?.[2]),
		birthDate: cellText(cells?.[3]),
		email: cellText(cells?.[4]),
		...(language === '' ? {} : { language })
	};
}

/** The grid line of a registration row. */
export function cellsFromRow(row: RegistrationRow): string[] {
	return COLUMNS.map((column) => row[column] ?? '');
}

export class GridModel {
	/** The lines, shared with Handsontable (which edits, inserts and removes in place). */
	cells: Cells[] = [];
	readonly #verdict: ListVerdict;
	/** The last check's answer per line (stale ones are dropped as lines change). */
	readonly predictions = new Predictions();

	/** `today` (yyyy-mm-dd, Brussels) is the date ages and 2-digit years are judged against. */
	constructor(today: string) {
		this.#verdict = new ListVerdict(today);
	}

	/** Replaces every line and validates the whole list once (O(n)). */
	load(cells: Cells[], precomputed?: PrecomputedProblems): void {
		this.cells = cells;
		this.predictions.reset();
		this.rebuild(precomputed);
	}

	/**
	 * Re-validates everything; needed after rows were inserted or removed in the middle.
	 * `precomputed` supplies single-line problems already computed elsewhere (the validation
	 * worker, with the same `validateRow`): it is asked for every non-blank line.
	 */
	rebuild(precomputed?: PrecomputedProblems): void {
		this.#verdict.load(this.cells.map(rowFromCells), precomputed);
		this.predictions.sweep(this.cells);
	}

	/**
	 * Two-phase load: indexes duplicates now and returns the function that completes the verdicts,
	 * so that single-line validation can run in a worker meanwhile. Change nothing in between.
	 */
	stage(cells: Cells[]): (precomputed?: PrecomputedProblems) => void {
		this.cells = cells;
		this.predictions.reset();
		return this.#verdict.stage(cells.map(rowFromCells));
	}

	/**
	 * Re-checks the given lines after their cells changed, plus every line whose duplicate flags
	 * depend on them. Returns all lines whose verdict may have changed (to re-render).
	 */
	refresh(indices: Iterable<number>): number[] {
		const touched = this.#verdict.update(indices, this.cells.length, (i) =>
			rowFromCells(this.cells[i])
		);
		// An edited line (and the lines it shares a person or an address with) may now get
		// another code than the check said.
		if (this.predictions.forget(touched.map((i) => this.cells[i])))
			return [...new Set([...touched, ...this.predictions.sweep(this.cells)])];
		return touched;
	}

	/** Verdict of line `i` (physical index). */
	state(i: number): RowState {
		return this.#verdict.verdict(i);
	}

	/** True when line `i` is a line with a problem or a conflict. */
	hasProblem(i: number): boolean {
		return hasProblem(this.state(i));
	}

	summary(): Summary {
		return this.#verdict.totals();
	}

	/** The non-empty lines, in order, as registration rows (what is submitted). */
	rows(): RegistrationRow[] {
		return this.#verdict.lineIndexes().map((i) => rowFromCells(this.cells[i]));
	}

	/** The lines sent to a check (what {@link rows} returns), as their cells. */
	lineCells(): Cells[] {
		return this.#verdict.lineIndexes().map((i) => this.cells[i]!);
	}

	/** Physical indexes of lines with problems (for the "only lines with problems" filter). */
	problemRows(): number[] {
		return this.#verdict.problemIndexes();
	}
}
