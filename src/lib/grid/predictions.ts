/**
 * The answer of the last check before paying, per grid line: the code the line would get. Kept by
 * the line's own cell array (which Handsontable keeps when other lines are inserted or removed),
 * so a prediction moves with its line. A prediction holds only while its line is unchanged, and
 * — for a code decided by an earlier line ("already registered by line 3") — while that line is
 * still there and unchanged too.
 */
import type { Hint, PersonFields, Reason } from '$lib/registration';
import type { Cells } from './cells';

/** The server's answer for one line (see `checkList` in $lib/server/lists/check-list). */
export interface Prediction {
	code: 1 | 2 | 3 | 4;
	reason: Reason;
	hint?: { hint: Hint; candidate: PersonFields } | null;
	/** 1-based, among the lines sent: the earlier line that decides this one. */
	otherLine?: number;
}

/** A prediction as the grid keeps it: the deciding line by its cells, not by a number. */
export interface LinePrediction extends Omit<Prediction, 'otherLine'> {
	other: Cells | null;
}

export type PredictionCounts = Record<1 | 2 | 3 | 4, number>;

const zero = (): PredictionCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

export class Predictions {
	#byLine = new WeakMap<Cells, LinePrediction>();
	#counts = zero();
	#size = 0;
	/** A check has answered since the lines were last loaded. */
	checked = false;

	/** Takes a check's answer: `lines[i]` is the line `predictions[i]` was asked for. */
	take(lines: readonly Cells[], predictions: readonly Prediction[]): void {
		this.reset();
		this.checked = true;
		lines.forEach((line, i) => {
			const p = predictions[i];
			if (!p) return;
			const { otherLine, ...rest } = p;
			const other = otherLine ? (lines[otherLine - 1] ?? null) : null;
			this.#byLine.set(line, { ...rest, other });
			this.#counts[p.code]++;
			this.#size++;
		});
	}

	/** Forgets every prediction (new lines loaded). */
	reset(): void {
		this.#byLine = new WeakMap();
		this.#counts = zero();
		this.#size = 0;
		this.checked = false;
	}

	get(line: Cells | undefined): LinePrediction | null {
		return (line && this.#byLine.get(line)) || null;
	}

	/** The given lines changed: their predictions are stale. Returns whether any was dropped. */
	forget(lines: Iterable<Cells | undefined>): boolean {
		let dropped = false;
		for (const line of lines) {
			const p = line && this.#byLine.get(line);
			if (!line || !p) continue;
			this.#byLine.delete(line);
			this.#counts[p.code]--;
			this.#size--;
			dropped = true;
		}
		return dropped;
	}

	/**
	 * After lines were removed or changed: drops the predictions that depended on a line that is
	 * gone or no longer predicted, and counts again. Returns the indexes of the lines dropped. O(n).
	 */
	sweep(lines: readonly Cells[]): number[] {
		const dropped: number[] = [];
		if (this.#size === 0) return dropped;
		const present = new Set(lines);
		for (let changed = true; changed;) {
			changed = false;
			lines.forEach((line, i) => {
				const p = this.#byLine.get(line);
				if (p?.other && (!present.has(p.other) || !this.#byLine.has(p.other))) {
					this.#byLine.delete(line);
					dropped.push(i);
					changed = true;
				}
			});
		}
		this.#counts = zero();
		this.#size = 0;
		for (const line of lines) {
			const p = this.#byLine.get(line);
			if (!p) continue;
			this.#counts[p.code]++;
			this.#size++;
		}
		return dropped;
	}

	/** Lines with a prediction, per code. */
	counts(): PredictionCounts {
		return { ...this.#counts };
	}

	/** Lines with a prediction. */
	get size(): number {
		return this.#size;
	}
}
