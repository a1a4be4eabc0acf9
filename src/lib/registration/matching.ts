/**
 * Matching a line against the employer's roster, and — for lines that match nobody — pointing at
 * the roster entry the employer probably meant (the hint shown with code 3).
 */
import { nameKey, normaliseText, parseBirthDate, type BirthDateOptions } from './normalise';
import type { RegistrationRow } from './row';

/** The identifying part of a line; roster entries have no e-mail. */
export type PersonFields = Pick<
	RegistrationRow,
	'lastName' | 'firstName' | 'birthDate' | 'postcode'
>;

/** Hint identifiers; they are also the i18n message keys. */
export const HINTS = [
	'hint.same-person-other-postcode',
	'hint.same-birthdate-similar-name',
	'hint.same-name-other-birthdate'
] as const;

/** A hint message key. */
export type Hint = (typeof HINTS)[number];

/** The roster entry a non-matching line most probably refers to. */
export interface ClosestCandidate {
	/** Index into the candidates passed in. */
	index: number;
	hint: Hint;
}

// U+001F (unit separator) cannot survive normaliseText's whitespace handling in a name key, so
// fields can never bleed into each other.
const SEP = '\u001f';

interface Prepared {
	last: string;
	first: string;
	/** ISO birth date, or '' when it does not parse. */
	birth: string;
	postcode: string;
	key: string;
}

function prepare(row: PersonFields, options: BirthDateOptions): Prepared {
	const last = nameKey(row.lastName);
	const first = nameKey(row.firstName);
	const parsed = parseBirthDate(row.birthDate, options);
	const birth = parsed.ok ? parsed.iso : '';
	const postcode = normaliseText(row.postcode);
	// An unparseable date still takes part in the key (cleaned) so that two identical bad lines
	// are recognised as duplicates of each other.
	const birthPart = parsed.ok ? birth : `?${normaliseText(row.birthDate)}`;
	return { last, first, birth, postcode, key: [last, first, birthPart, postcode].join(SEP) };
}

/**
 * Exact-identity key of a person: name keys of last and first name (case, accents, spaces,
 * hyphens, apostrophes and particles ignored), ISO birth date and postcode. Two lines with the
 * same key are the same person. `options.today` resolves 2-digit years.
 */
export function matchingKey(row: PersonFields, options: BirthDateOptions = {}): string {
	return prepare(row, options).key;
}

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

/** Outcome of {@link RosterIndex.match}. */
export type RosterMatch =
	| { kind: 'match'; index: number }
	| { kind: 'ambiguous'; reason: 'ambiguous-roster-match'; indices: number[] }
	| { kind: 'none'; reason: 'not-in-roster'; closest: ClosestCandidate | null };

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
	const list = map.get(key);
	if (list) list.push(index);
	else map.set(key, [index]);
}

/**
 * The employer's roster, indexed once so that exact matching is a map lookup and hint search
 * only looks at entries sharing a birth date or a name.
 */
export class RosterIndex {
	readonly #entries: Prepared[];
	readonly #byKey = new Map<string, number[]>();
	readonly #byBirth = new Map<string, number[]>();
	readonly #byName = new Map<string, number[]>();
	readonly #options: BirthDateOptions;

	/** `options.today` resolves 2-digit years, for rosters and lines alike. */
	constructor(candidates: readonly PersonFields[], options: BirthDateOptions = {}) {
		this.#options = options;
		this.#entries = candidates.map((c) => prepare(c, options));
		this.#entries.forEach((e, i) => {
			push(this.#byKey, e.key, i);
			if (e.birth) push(this.#byBirth, e.birth, i);
			push(this.#byName, e.last + SEP + e.first, i);
		});
	}

	/** Exact match of a line: one entry, several (ambiguous), or none with a hint if any. */
	match(row: PersonFields): RosterMatch {
		const p = prepare(row, this.#options);
		const hits = this.#byKey.get(p.key) ?? [];
		const [only] = hits;
		if (hits.length === 1 && only !== undefined) return { kind: 'match', index: only };
		if (hits.length > 1)
			return { kind: 'ambiguous', reason: 'ambiguous-roster-match', indices: [...hits] };
		return { kind: 'none', reason: 'not-in-roster', closest: this.#closest(p) };
	}

	/** See {@link findClosestCandidate}. */
	closest(row: PersonFields): ClosestCandidate | null {
		return this.#closest(prepare(row, this.#options));
	}

	#closest(p: Prepared): ClosestCandidate | null {
		const best = { index: -1, rank: Infinity };
		const consider = (index: number, rank: number) => {
			if (rank < best.rank || (rank === best.rank && index < best.index)) {
				best.index = index;
				best.rank = rank;
			}
		};
		const name = `${p.last} ${p.first}`;
		const swapped = `${p.first} ${p.last}`;
		for (const i of p.birth ? (this.#byBirth.get(p.birth) ?? []) : []) {
			const e = this.#entries[i];
			if (!e || e.key === p.key) continue;
			const other = `${e.last} ${e.first}`;
			const d = Math.min(editDistance(name, other), editDistance(swapped, other));
			// rank 0: identical person elsewhere; 1–2: similar name; a swapped first/last name is 0 edits.
			if (d <= 2) consider(i, e.last === p.last && e.first === p.first ? 0 : 1 + d);
		}
		for (const i of this.#byName.get(p.last + SEP + p.first) ?? []) {
			if (birthDatesClose(p.birth, this.#entries[i]?.birth ?? '')) consider(i, 10);
		}
		if (best.index < 0) return null;
		const hint: Hint =
			best.rank === 0
				? 'hint.same-person-other-postcode'
				: best.rank < 10
					? 'hint.same-birthdate-similar-name'
					: 'hint.same-name-other-birthdate';
		return { index: best.index, hint };
	}
}

/**
 * Best guess at the roster entry an unmatched line refers to, or null. In order of preference:
 * same name and birth date but another postcode (`hint.same-person-other-postcode`); same birth
 * date and "last first" name keys at most 2 edits apart, first/last swaps included
 * (`hint.same-birthdate-similar-name`, fewer edits first); same name and a birth date one slip
 * away — see {@link birthDatesClose} (`hint.same-name-other-birthdate`). Ties go to the lowest
 * index. For many lines against one roster, build a {@link RosterIndex} once instead.
 */
export function findClosestCandidate(
	row: PersonFields,
	candidates: readonly PersonFields[] | RosterIndex,
	options: BirthDateOptions = {}
): ClosestCandidate | null {
	const index =
		candidates instanceof RosterIndex ? candidates : new RosterIndex(candidates, options);
	return index.closest(row);
}
