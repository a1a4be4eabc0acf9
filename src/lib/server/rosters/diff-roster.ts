/**
 * What importing a new roster would change: added, changed and removed people. Pure.
 *
 * A person is recognised across the two lists, in this order: the same matching key (name,
 * birth date, postcode — the key lines are matched on); else the same e-mail address; else the
 * same name and birth date (moved house). Whatever is left over is added or removed.
 */
import { matchingKey, nameKey } from '$lib/registration';
import type { RosterPerson, StoredRosterPerson } from './roster-person';

interface RosterChange {
	id: string;
	before: RosterPerson;
	after: RosterPerson;
}

export interface RosterDiff {
	added: RosterPerson[];
	changed: RosterChange[];
	removed: StoredRosterPerson[];
	unchanged: number;
}

const nameBirth = (p: RosterPerson) =>
	`${nameKey(p.lastName)}|${nameKey(p.firstName)}|${p.birthDate}`;

function samePerson(a: RosterPerson, b: RosterPerson): boolean {
	return (
		a.lastName === b.lastName &&
		a.firstName === b.firstName &&
		a.birthDate === b.birthDate &&
		a.postcode === b.postcode &&
		(a.email ?? null) === (b.email ?? null)
	);
}

function take<T>(index: Map<string, T[]>, key: string | null): T | undefined {
	if (!key) return undefined;
	const list = index.get(key);
	const found = list?.shift();
	if (list && list.length === 0) index.delete(key);
	return found;
}

function indexBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		if (!k) continue;
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}

export function diffRoster(
	existing: readonly StoredRosterPerson[],
	incoming: readonly RosterPerson[]
): RosterDiff {
	const left = new Set(existing);
	const pairs: [StoredRosterPerson, RosterPerson][] = [];
	let rest: RosterPerson[] = [...incoming];

	const passes: ((p: RosterPerson) => string | null)[] = [
		(p) => matchingKey(p),
		(p) => p.email || null,
		(p) => nameBirth(p)
	];
	for (const key of passes) {
		const index = indexBy(
			existing.filter((e) => left.has(e)),
			key
		);
		const unmatched: RosterPerson[] = [];
		for (const person of rest) {
			const match = take(index, key(person));
			if (match) {
				left.delete(match);
				pairs.push([match, person]);
			} else unmatched.push(person);
		}
		rest = unmatched;
	}

	const changed: RosterChange[] = [];
	let unchanged = 0;
	for (const [before, after] of pairs) {
		if (samePerson(before, after)) unchanged++;
		else changed.push({ id: before.id, before: strip(before), after });
	}
	return { added: rest, changed, removed: [...left], unchanged };
}

function strip({ lastName, firstName, birthDate, postcode, email }: RosterPerson): RosterPerson {
	return { lastName, firstName, birthDate, postcode, email };
}
