/**
 * The grid's view of a list: the cells as the user sees them (shared by reference with
 * Handsontable), the verdict of every line, and the running totals. All rules come from
 * `$lib/registration`; this class only decides WHICH lines to re-check after a change, so one
 * edit re-validates the edited line plus the lines that share a duplicate group with it.
 */
import {
	DuplicateIndex,
	FIELDS,
	validateRow,
	type DuplicateFlag,
	type Problem,
	type RegistrationRow
} from '$lib/registration';

import { cellText, isBlankLine, type Cells } from './cells';

export type { Cells };

/** Verdict of one line. */
export interface RowState {
	/** Every cell blank: not a line (spare rows, rows the user cleared). */
	empty: boolean;
	problems: readonly Problem[];
	duplicates: readonly DuplicateFlag[];
}

/** Totals shown under the grid and announced to screen readers. */
export interface Summary {
	lines: number;
	ready: number;
	problems: number;
}

const EMPTY_STATE: RowState = { empty: true, problems: [], duplicates: [] };

/** The registration row a grid line stands for. */
export function rowFromCells(cells: Cells | undefined): RegistrationRow {
	return {
		lastName: cellText(cells?.[0]),
		firstName: cellText(cells?.[1]),
		postcode: cellText(cells?.[2]),
		birthDate: cellText(cells?.[3]),
		email: cellText(cells?.[4])
	};
}

/** The grid line of a registration row. */
export function cellsFromRow(row: RegistrationRow): string[] {
	return FIELDS.map((field) => row[field]);
}

function isBlank(row: RegistrationRow): boolean {
	return isBlankLine(cellsFromRow(row));
}

function hasProblem(state: RowState): boolean {
	return !state.empty && (state.problems.length > 0 || state.duplicates.length > 0);
}

export class GridModel {
	/** The lines, shared with Handsontable (which edits, inserts and removes in place). */
	cells: Cells[] = [];
	readonly #today: string;
	#states: RowState[] = [];
	#dups: DuplicateIndex;
	#lines = 0;
	#problems = 0;

	/** `today` (yyyy-mm-dd, Brussels) is the date ages and 2-digit years are judged against. */
	constructor(today: string) {
		this.#today = today;
		this.#dups = new DuplicateIndex({ today });
	}

	/** Replaces every line and validates the whole list once (O(n)). */
	load(cells: Cells[], precomputed?: (index: number) => readonly Problem[]): void {
		this.cells = cells;
		this.rebuild(precomputed);
	}

	/**
	 * Re-validates everything; needed after rows were inserted or removed in the middle.
	 * `precomputed` supplies single-line problems already computed elsewhere (the validation
	 * worker, with the same `validateRow`): it is asked for every non-blank line.
	 */
	rebuild(precomputed?: (index: number) => readonly Problem[]): void {
		this.#finish(this.#index(), precomputed);
	}

	/**
	 * Two-phase load: indexes duplicates now and returns the function that completes the verdicts,
	 * so that single-line validation can run in a worker meanwhile. Change nothing in between.
	 */
	stage(cells: Cells[]): (precomputed?: (index: number) => readonly Problem[]) => void {
		this.cells = cells;
		const rows = this.#index();
		return (precomputed) => this.#finish(rows, precomputed);
	}

	#index(): (RegistrationRow | null)[] {
		this.#dups = new DuplicateIndex({ today: this.#today });
		this.#states = new Array(this.cells.length);
		this.#lines = 0;
		this.#problems = 0;
		const rows: (RegistrationRow | null)[] = new Array(this.cells.length);
		for (let i = 0; i < this.cells.length; i++) {
			const row = rowFromCells(this.cells[i]);
			if (isBlank(row)) {
				this.#states[i] = EMPTY_STATE;
				rows[i] = null;
				continue;
			}
			rows[i] = row;
			this.#dups.set(i, row);
		}
		return rows;
	}

	#finish(
		rows: (RegistrationRow | null)[],
		precomputed?: (index: number) => readonly Problem[]
	): void {
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			if (!row) continue;
			const state: RowState = {
				empty: false,
				problems: precomputed ? precomputed(i) : validateRow(row, { today: this.#today }).problems,
				duplicates: this.#dups.flagsFor(i)
			};
			this.#states[i] = state;
			this.#lines++;
			if (hasProblem(state)) this.#problems++;
		}
	}

	/**
	 * Re-checks the given lines after their cells changed, plus every line whose duplicate flags
	 * depend on them. Returns all lines whose verdict may have changed (to re-render).
	 */
	refresh(indices: Iterable<number>): number[] {
		const touched = new Set<number>();
		for (const i of indices) {
			if (i < 0 || i >= this.cells.length) continue;
			for (const r of this.#dups.relatedRows(i)) touched.add(r);
			const row = rowFromCells(this.cells[i]);
			const before = this.#states[i] ?? EMPTY_STATE;
			let state: RowState;
			if (isBlank(row)) {
				this.#dups.remove(i);
				state = EMPTY_STATE;
			} else {
				this.#dups.set(i, row);
				state = {
					empty: false,
					problems: validateRow(row, { today: this.#today }).problems,
					duplicates: []
				};
			}
			this.#replace(i, before, state);
			touched.add(i);
			for (const r of this.#dups.relatedRows(i)) touched.add(r);
		}
		for (const r of touched) {
			const before = this.#states[r] ?? EMPTY_STATE;
			if (before.empty) continue;
			this.#replace(r, before, { ...before, duplicates: this.#dups.flagsFor(r) });
		}
		return [...touched];
	}

	#replace(i: number, before: RowState, after: RowState): void {
		this.#lines += Number(!after.empty) - Number(!before.empty);
		this.#problems += Number(hasProblem(after)) - Number(hasProblem(before));
		this.#states[i] = after;
	}

	/** Verdict of line `i` (physical index). */
	state(i: number): RowState {
		return this.#states[i] ?? EMPTY_STATE;
	}

	/** Problems of one cell: the field's own problem and, on name cells, duplicate flags. */
	hasProblem(i: number): boolean {
		return hasProblem(this.state(i));
	}

	summary(): Summary {
		return { lines: this.#lines, ready: this.#lines - this.#problems, problems: this.#problems };
	}

	/** The non-empty lines, in order, as registration rows (what is submitted). */
	rows(): RegistrationRow[] {
		const out: RegistrationRow[] = [];
		for (let i = 0; i < this.cells.length; i++) {
			if (!this.state(i).empty) out.push(rowFromCells(this.cells[i]));
		}
		return out;
	}

	/** Physical indexes of lines with problems (for the "only lines with problems" filter). */
	problemRows(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.cells.length; i++) if (hasProblem(this.state(i))) out.push(i);
		return out;
	}
}
