/**
 * Conflicts between lines of the same list. Kept apart from single-line validation because it is
 * the only check that looks at other lines; the index is incremental so that the grid can update
 * it per edited row instead of rescanning the list.
 */
import { personIdentity } from './matching';
import { normaliseEmail, type BirthDateOptions } from './normalise';
import type { RegistrationRow, ResultCode } from './row';

/** An in-list conflict of one line. */
export interface DuplicateFlag {
	/**
	 * `duplicate-in-list`: the same person (same matching key) occurs more than once.
	 * `email-used-by-other`: the same e-mail address occurs for different people.
	 */
	reason: 'duplicate-in-list' | 'email-used-by-other';
	/**
	 * The code this conflict forces on the line, or null when it is only a warning. The earliest
	 * line of a group is processed normally (null); a later copy of the same person gets 2 because
	 * the earlier one will just have created the account; a later person reusing someone else's
	 * address gets 4.
	 */
	code: Extract<ResultCode, 2 | 4> | null;
	/** Another line of the conflict to point the user at (the earliest other one). */
	otherRow: number;
	/** How many lines share the key (person or e-mail address). */
	groupSize: number;
}

interface PersonGroup {
	members: Set<number>;
	/** Lowest two members; recomputed lazily after a change (null = stale). */
	firstTwo: [number, number] | null;
}

interface EmailGroup {
	/** rowIndex → person key. */
	members: Map<number, string>;
	summary: { ownerKey: string; ownerRow: number; firstOtherRow: number; distinct: boolean } | null;
}

interface Entry {
	person: string;
	email: string;
}

/**
 * Incremental duplicate detection over numbered rows. "Earlier" means a lower row number, so use
 * list positions; after inserting or deleting rows in the middle, rebuild (it is O(n)). Rows
 * without both a first and a last name take no part: they are already code 4 and would only
 * produce noise. Rows without an e-mail take no part in the e-mail check.
 */
export class DuplicateIndex {
	readonly #rows = new Map<number, Entry>();
	readonly #persons = new Map<string, PersonGroup>();
	readonly #emails = new Map<string, EmailGroup>();
	readonly #options: BirthDateOptions;

	/** `options.today` resolves 2-digit years the same way the validator does. */
	constructor(options: BirthDateOptions = {}) {
		this.#options = options;
	}

	/** Adds or replaces a row. */
	set(rowIndex: number, row: RegistrationRow): void {
		this.remove(rowIndex);
		const identity = personIdentity(row, this.#options);
		if (identity.last === '' || identity.first === '') return;
		const entry: Entry = {
			person: identity.key,
			email: normaliseEmail(row.email)
		};
		this.#rows.set(rowIndex, entry);

		let person = this.#persons.get(entry.person);
		if (!person) this.#persons.set(entry.person, (person = { members: new Set(), firstTwo: null }));
		person.members.add(rowIndex);
		person.firstTwo = null;

		if (entry.email === '') return;
		let email = this.#emails.get(entry.email);
		if (!email) this.#emails.set(entry.email, (email = { members: new Map(), summary: null }));
		email.members.set(rowIndex, entry.person);
		email.summary = null;
	}

	/** Forgets a row (no-op when unknown). */
	remove(rowIndex: number): void {
		const entry = this.#rows.get(rowIndex);
		if (!entry) return;
		this.#rows.delete(rowIndex);
		const person = this.#persons.get(entry.person);
		if (person) {
			person.members.delete(rowIndex);
			person.firstTwo = null;
			if (person.members.size === 0) this.#persons.delete(entry.person);
		}
		const email = this.#emails.get(entry.email);
		if (email) {
			email.members.delete(rowIndex);
			email.summary = null;
			if (email.members.size === 0) this.#emails.delete(entry.email);
		}
	}

	/**
	 * Rows whose flags can change when this row changes: the members of its person and e-mail
	 * groups. Call before and after {@link set} and re-render the union.
	 */
	relatedRows(rowIndex: number): number[] {
		const entry = this.#rows.get(rowIndex);
		if (!entry) return [];
		const related = new Set<number>(this.#persons.get(entry.person)?.members ?? []);
		for (const r of this.#emails.get(entry.email)?.members.keys() ?? []) related.add(r);
		return [...related];
	}

	/** The in-list conflicts of a row: at most one per reason, duplicate first. */
	flagsFor(rowIndex: number): DuplicateFlag[] {
		const entry = this.#rows.get(rowIndex);
		if (!entry) return [];
		const flags: DuplicateFlag[] = [];

		const person = this.#persons.get(entry.person);
		if (person && person.members.size > 1) {
			person.firstTwo ??= lowestTwo(person.members);
			const [first, second] = person.firstTwo;
			flags.push({
				reason: 'duplicate-in-list',
				code: rowIndex === first ? null : 2,
				otherRow: rowIndex === first ? second : first,
				groupSize: person.members.size
			});
		}

		const email = this.#emails.get(entry.email);
		if (email && email.members.size > 1) {
			email.summary ??= summarise(email.members);
			const s = email.summary;
			if (s.distinct) {
				const owner = entry.person === s.ownerKey;
				flags.push({
					reason: 'email-used-by-other',
					code: owner ? null : 4,
					otherRow: owner ? s.firstOtherRow : s.ownerRow,
					groupSize: email.members.size
				});
			}
		}
		return flags;
	}
}

function lowestTwo(members: Iterable<number>): [number, number] {
	let a = Infinity;
	let b = Infinity;
	for (const m of members) {
		if (m < a) [a, b] = [m, a];
		else if (m < b) b = m;
	}
	return [a, b];
}

function summarise(members: Map<number, string>): NonNullable<EmailGroup['summary']> {
	let ownerRow = Infinity;
	let ownerKey = '';
	for (const [row, key] of members) {
		if (row < ownerRow) [ownerRow, ownerKey] = [row, key];
	}
	let firstOtherRow = Infinity;
	for (const [row, key] of members) {
		if (key !== ownerKey && row < firstOtherRow) firstOtherRow = row;
	}
	return { ownerKey, ownerRow, firstOtherRow, distinct: firstOtherRow !== Infinity };
}

/**
 * In-list conflicts of a whole list, one array per row index (empty = none). O(n): every group
 * is summarised once.
 */
export function findDuplicates(
	rows: readonly RegistrationRow[],
	options: BirthDateOptions = {}
): DuplicateFlag[][] {
	const index = new DuplicateIndex(options);
	rows.forEach((row, i) => index.set(i, row));
	return rows.map((_, i) => index.flagsFor(i));
}

/** What a line's in-list conflicts mean for it (see {@link lineConflict}). */
export type LineConflict =
	| { kind: 'copy'; code: 2; reason: 'duplicate-in-list'; firstRow: number }
	| { kind: 'email'; code: 4; reason: 'email-used-by-other'; ownerRow: number };

/**
 * THE rule for a line listed more than once, the same in the grid and on the server: the first
 * occurrence of a person is a normal line (null); a later copy of the same person is only a
 * warning — the server registers the first and answers code 2 "already registered by line N"
 * for the copy, which is billed as a line of the list like any other (so removing it saves its
 * cost); an e-mail address of an earlier, different person makes the later line a problem
 * (code 4). A later copy wins over the e-mail conflict, as on the server, where the roster entry's
 * account (code 2) is found before the e-mail check.
 */
export function lineConflict(flags: readonly DuplicateFlag[]): LineConflict | null {
	const copy = flags.find((f) => f.reason === 'duplicate-in-list' && f.code === 2);
	if (copy) return { kind: 'copy', code: 2, reason: 'duplicate-in-list', firstRow: copy.otherRow };
	const email = flags.find((f) => f.reason === 'email-used-by-other' && f.code === 4);
	if (email)
		return { kind: 'email', code: 4, reason: 'email-used-by-other', ownerRow: email.otherRow };
	return null;
}
