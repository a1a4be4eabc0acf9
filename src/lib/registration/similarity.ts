/**
 * "Almost the same" for names and birth dates: the typing slips we forgive when suggesting which
 * roster entry an unmatched line meant. Kept separate from matching so the thresholds are easy
 * to find and test.
 */

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance, giving up early: returns
 * `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	// Three rolling rows are enough: the transposition step looks back two rows.
	let prevPrev: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((prev[j] ?? i) + 1, (cur[j - 1] ?? i) + 1, (prev[j - 1] ?? i) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, (prevPrev[j - 2] ?? d) + 1);
			}
			cur.push(d);
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		prevPrev = prev;
		prev = cur;
	}
	return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/**
 * True for two different ISO dates that look like one typing slip apart: day and month swapped,
 * exactly one digit different, or two adjacent digits transposed (1985 ↔ 1958).
 */
export function birthDatesClose(a: string, b: string): boolean {
	if (a === b || a === '' || b === '') return false;
	if (
		a.slice(0, 4) === b.slice(0, 4) &&
		a.slice(5, 7) === b.slice(8, 10) &&
		a.slice(8, 10) === b.slice(5, 7)
	) {
		return true;
	}
	const da = a.replace(/-/g, '');
	const db = b.replace(/-/g, '');
	const diff: number[] = [];
	for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff.push(i);
	if (diff.length === 1) return true;
	const [i, j] = diff;
	return diff.length === 2 && i !== undefined && j === i + 1 && da[i] === db[j] && da[j] === db[i];
}

/**
 * Every string {@link birthDatesClose} would accept for an ISO date (not all are real dates):
 * the day/month swap, each single-digit change and each adjacent transposition. Lets the roster
 * find "same name, other birth date" candidates by lookup instead of scanning namesakes.
 */
export function birthDateVariants(iso: string): string[] {
	const digits = iso.replace(/-/g, '');
	if (!/^\d{8}$/.test(digits)) return [];
	const toIso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
	const out = new Set<string>([
		toIso(digits.slice(0, 4) + digits.slice(6, 8) + digits.slice(4, 6))
	]);
	for (let i = 0; i < 8; i++) {
		for (let d = 0; d <= 9; d++) {
			out.add(toIso(digits.slice(0, i) + String(d) + digits.slice(i + 1)));
		}
		if (i < 7) {
			out.add(toIso(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
		}
	}
	out.delete(iso);
	return [...out];
}
