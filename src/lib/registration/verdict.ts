/**
 * The verdict of a list: which lines are lines at all (blank ones are not), which of them have
 * problems (their own, or a conflict with another line), and the totals. The grid keeps it up to
 * date per edit; the server judges the posted list with {@link judgeList} — the same code, so the
 * totals the employer saw are the ones the server enforces.
 */
import { isBlankCell } from './blank';
import { DuplicateIndex, lineConflict, type DuplicateFlag } from './duplicates';
import { FIELDS, type RegistrationRow } from './row';
import { validateRow, type Problem } from './validate';

/** Verdict of one line. */
export interface LineVerdict {
	/** Every cell blank: not a line (spare rows, rows the user cleared). */
	empty: boolean;
	/** Its own problems (see `validateRow`). */
	problems: readonly Problem[];
	/** Its conflicts with other lines of the list. */
	duplicates: readonly DuplicateFlag[];
}

/**
 * Totals of a list: lines (blank ones not counted), lines without and lines with problems, and
 * of the ready lines, the later copies of a person listed earlier (they come back with code 2).
 */
export interface ListTotals {
	lines: number;
	ready: number;
	problems: number;
	copies: number;
}

/** The verdict of a blank line. */
export const BLANK_VERDICT: LineVerdict = Object.freeze({
	empty: true,
	problems: Object.freeze([]),
	duplicates: Object.freeze([])
});

/**
 * True when every field of the row, and its language, is blank (see `isBlankCell`): such a row
 * is not a line. A row with only a language is a line (with five missing fields), as in the grid.
 */
export function isBlankRow(row: RegistrationRow): boolean {
	return FIELDS.every((field) => isBlankCell(row[field])) && isBlankCell(row.language ?? '');
}

/**
 * True for a line (not blank) with a problem of its own or an e-mail address of someone else
 * higher up (both come back with code 4). A later copy of a person is no problem: see
 * {@link isLaterCopy} and `lineConflict`.
 */
export function hasProblem(verdict: LineVerdict): boolean {
	return (
		!verdict.empty && (verdict.problems.length > 0 || lineConflict(verdict.duplicates)?.code === 4)
	);
}

/**
 * True for a line without problems that repeats a person listed higher up: a warning, not a
 * problem; it comes back with code 2 "already registered by line N".
 */
export function isLaterCopy(verdict: LineVerdict): boolean {
	return (
		!verdict.empty && verdict.problems.length === 0 && lineConflict(verdict.duplicates)?.code === 2
	);
}

/**
 * Single-line problems computed elsewhere with the same `validateRow` (the grid's validation
 * worker), by line index; asked for every non-blank line.
 */
export type PrecomputedProblems = (index: number) => readonly Problem[];

/**
 * The verdict of every line of a list, kept incrementally: after an edit only the edited lines
 * and the lines that share a duplicate group with them are judged again. Lines are numbered by
 * their position in the list; after lines were inserted or removed in the middle, load again.
 */
export class ListVerdict {
	readonly #today: string;
	#verdicts: LineVerdict[] = [];
	#dups: DuplicateIndex;
	#lines = 0;
	#problems = 0;
	#copies = 0;

	/** `today` (yyyy-mm-dd, Brussels) is the date ages and 2-digit years are judged against. */
	constructor(today: string) {
		this.#today = today;
		this.#dups = new DuplicateIndex({ today });
	}

	/** Judges a whole list (O(n)), replacing whatever was judged before. */
	load(rows: readonly RegistrationRow[], precomputed?: PrecomputedProblems): void {
		this.stage(rows)(precomputed);
	}

	/**
	 * Two-phase load: indexes duplicates now and returns the function that completes the verdicts,
	 * so that single-line validation can run elsewhere meanwhile. Change nothing in between.
	 */
	stage(rows: readonly RegistrationRow[]): (precomputed?: PrecomputedProblems) => void {
		this.#dups = new DuplicateIndex({ today: this.#today });
		this.#verdicts = new Array<LineVerdict>(rows.length).fill(BLANK_VERDICT);
		this.#lines = 0;
		this.#problems = 0;
		this.#copies = 0;
		const lines: (RegistrationRow | null)[] = rows.map((row, i) => {
			if (isBlankRow(row)) return null;
			this.#dups.set(i, row);
			return row;
		});
		return (precomputed) => {
			for (let i = 0; i < lines.length; i++) {
				const row = lines[i];
				if (!row) continue;
				this.#replace(i, BLANK_VERDICT, {
					empty: false,
					problems: precomputed
						? precomputed(i)
						: validateRow(row, { today: this.#today }).problems,
					duplicates: this.#dups.flagsFor(i)
				});
			}
		};
	}

	/**
	 * Judges the given lines again after they changed (`rowAt(i)` gives line i as it is now),
	 * plus every line whose conflicts depend on them. Indexes outside `0..length-1` are ignored.
	 * Returns every line whose verdict may have changed (to show again).
	 */
	update(
		indices: Iterable<number>,
		length: number,
		rowAt: (index: number) => RegistrationRow
	): number[] {
		const touched = new Set<number>();
		for (const i of indices) {
			if (i < 0 || i >= length) continue;
			for (const r of this.#dups.relatedRows(i)) touched.add(r);
			const row = rowAt(i);
			const before = this.verdict(i);
			let after: LineVerdict;
			if (isBlankRow(row)) {
				this.#dups.remove(i);
				after = BLANK_VERDICT;
			} else {
				this.#dups.set(i, row);
				after = {
					empty: false,
					problems: validateRow(row, { today: this.#today }).problems,
					duplicates: []
				};
			}
			this.#replace(i, before, after);
			touched.add(i);
			for (const r of this.#dups.relatedRows(i)) touched.add(r);
		}
		for (const r of touched) {
			const before = this.verdict(r);
			if (before.empty) continue;
			this.#replace(r, before, { ...before, duplicates: this.#dups.flagsFor(r) });
		}
		return [...touched];
	}

	#replace(i: number, before: LineVerdict, after: LineVerdict): void {
		this.#lines += Number(!after.empty) - Number(!before.empty);
		this.#problems += Number(hasProblem(after)) - Number(hasProblem(before));
		this.#copies += Number(isLaterCopy(after)) - Number(isLaterCopy(before));
		this.#verdicts[i] = after;
	}

	/** Verdict of line `i` (blank when there is no such line). */
	verdict(i: number): LineVerdict {
		return this.#verdicts[i] ?? BLANK_VERDICT;
	}

	/** The list's totals. */
	totals(): ListTotals {
		return {
			lines: this.#lines,
			ready: this.#lines - this.#problems,
			problems: this.#problems,
			copies: this.#copies
		};
	}

	/** Indexes of the lines that are lines (not blank), in order: what is sent. */
	lineIndexes(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.#verdicts.length; i++) if (!this.verdict(i).empty) out.push(i);
		return out;
	}

	/** Indexes of the lines with problems, in order. */
	problemIndexes(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.#verdicts.length; i++) if (hasProblem(this.verdict(i))) out.push(i);
		return out;
	}
}

/** What {@link judgeList} decides about a posted list. */
interface JudgedList {
	/** The rows that are lines (blank rows dropped), in order: what may be sent. */
	lines: RegistrationRow[];
	totals: ListTotals;
}

/**
 * The verdict of a whole list at once, as the server takes it when the grid posts it: the rows to
 * send (blank ones are not lines) and the totals (lines with problems need an explicit choice).
 */
export function judgeList(
	rows: readonly RegistrationRow[],
	{ today }: { today: string }
): JudgedList {
	const verdict = new ListVerdict(today);
	verdict.load(rows);
	return { lines: rows.filter((_, i) => !verdict.verdict(i).empty), totals: verdict.totals() };
}
