/**
 * Matching a line against the employer's roster, and — for lines that match nobody — pointing at
 * the roster entry the employer probably meant (the hint shown with code 3).
 */
import { nameKey, normaliseText, parseBirthDate, type BirthDateOptions } from './normalise';
import { birthDateVariants, editDistance } from './similarity';
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
interface ClosestCandidate {
	/** Index into the candidates passed in. */
	index: number;
	hint: Hint;
}

// U+001F (unit separator) cannot survive normaliseText's whitespace handling in a name key, so
// fields can never bleed into each other.
const SEP = '\u001f';

/** The comparison form of a person, computed once per row or roster entry. */
interface PersonIdentity {
	/** {@link nameKey} of the last name. */
	last: string;
	/** {@link nameKey} of the first name. */
	first: string;
	/** ISO birth date, or '' when it does not parse. */
	birth: string;
	/** Cleaned postcode. */
	postcode: string;
	/** The {@link matchingKey}. */
	key: string;
}

/**
 * Comparison form of a person; {@link matchingKey} is its `key`. Exposed so that callers needing
 * several parts (the duplicate index) normalise each row only once.
 */
export function personIdentity(row: PersonFields, options: BirthDateOptions = {}): PersonIdentity {
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
	return personIdentity(row, options).key;
}

/** Outcome of {@link RosterIndex.match}. */
type RosterMatch =
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
 * only looks at entries sharing the birth date, or the name with a nearby birth date.
 */
export class RosterIndex {
	readonly #entries: PersonIdentity[];
	readonly #byKey = new Map<string, number[]>();
	readonly #byBirth = new Map<string, number[]>();
	readonly #byNameBirth = new Map<string, number[]>();
	readonly #options: BirthDateOptions;

	/** `options.today` resolves 2-digit years, for rosters and lines alike. */
	constructor(candidates: readonly PersonFields[], options: BirthDateOptions = {}) {
		this.#options = options;
		this.#entries = candidates.map((c) => personIdentity(c, options));
		this.#entries.forEach((e, i) => {
			push(this.#byKey, e.key, i);
			if (e.birth) push(this.#byBirth, e.birth, i);
			if (e.birth) push(this.#byNameBirth, [e.last, e.first, e.birth].join(SEP), i);
		});
	}

	/** Exact match of a line: one entry, several (ambiguous), or none with a hint if any. */
	match(row: PersonFields): RosterMatch {
		const p = personIdentity(row, this.#options);
		const hits = this.#byKey.get(p.key) ?? [];
		const [only] = hits;
		if (hits.length === 1 && only !== undefined) return { kind: 'match', index: only };
		if (hits.length > 1)
			return { kind: 'ambiguous', reason: 'ambiguous-roster-match', indices: [...hits] };
		return { kind: 'none', reason: 'not-in-roster', closest: this.#closest(p) };
	}

	/** See {@link findClosestCandidate}. */
	closest(row: PersonFields): ClosestCandidate | null {
		return this.#closest(personIdentity(row, this.#options));
	}

	#closest(p: PersonIdentity): ClosestCandidate | null {
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
		for (const variant of p.birth ? birthDateVariants(p.birth) : []) {
			for (const i of this.#byNameBirth.get([p.last, p.first, variant].join(SEP)) ?? []) {
				consider(i, 10);
			}
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
 * away — see `birthDatesClose` in similarity.ts (`hint.same-name-other-birthdate`). Ties go to the lowest
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
