/**
 * Matching lines against ONE employer's roster in D1, with the same rules as the in-memory
 * RosterIndex of $lib/registration: exact matches by the stored matching key (index
 * employer_id + match_key), and for lines that match nobody the closest candidate, looked up
 * among entries with the same birth date or the same name (a key-prefix range on the same
 * index) and then ranked by RosterIndex itself. Two or three queries per chunk, not per line.
 */
import { and, eq, gte, inArray, lt, or } from 'drizzle-orm';
import { personIdentity, RosterIndex, type Hint, type PersonFields } from '$lib/registration';
import type { Db } from '../db';
import { rosterEntry } from '../db/schema';

const SEP = '\u001f';
const IN_CHUNK = 90;
const PREFIXES_PER_QUERY = 40;

export interface HintPayload {
	hint: Hint;
	candidate: PersonFields;
}

type LineMatch =
	| { kind: 'match'; entryId: string }
	| { kind: 'ambiguous' }
	| { kind: 'none'; hint: HintPayload | null };

const chunks = <T>(items: T[], size: number): T[][] => {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
};

/** Matches each row (by its matching key) against the employer's roster. */
export async function matchAgainstRoster(
	db: Db,
	employerId: string,
	rows: PersonFields[],
	today: string
): Promise<LineMatch[]> {
	const identities = rows.map((row) => personIdentity(row, { today }));
	const keys = [...new Set(identities.map((p) => p.key))];
	const hits = new Map<string, string[]>();
	for (const part of chunks(keys, IN_CHUNK)) {
		const found = await db
			.select({ id: rosterEntry.id, key: rosterEntry.matchKey })
			.from(rosterEntry)
			.where(and(eq(rosterEntry.employerId, employerId), inArray(rosterEntry.matchKey, part)));
		for (const { id, key } of found) hits.set(key, [...(hits.get(key) ?? []), id]);
	}
	const results: LineMatch[] = identities.map((p) => {
		const ids = hits.get(p.key) ?? [];
		if (ids.length === 1) return { kind: 'match', entryId: ids[0]! };
		if (ids.length > 1) return { kind: 'ambiguous' };
		return { kind: 'none', hint: null };
	});
	const unmatched = identities.filter((_, i) => results[i]!.kind === 'none');
	if (unmatched.length === 0) return results;

	const candidates = await hintCandidates(db, employerId, unmatched);
	if (candidates.length === 0) return results;
	const index = new RosterIndex(candidates, { today });
	rows.forEach((row, i) => {
		if (results[i]!.kind !== 'none') return;
		const closest = index.closest(row);
		if (closest) {
			const c = candidates[closest.index]!;
			results[i] = { kind: 'none', hint: { hint: closest.hint, candidate: c } };
		}
	});
	return results;
}

async function hintCandidates(
	db: Db,
	employerId: string,
	people: ReturnType<typeof personIdentity>[]
): Promise<PersonFields[]> {
	const births = [...new Set(people.map((p) => p.birth).filter((b) => b !== ''))];
	const prefixes = [
		...new Set(
			people.filter((p) => p.last !== '' && p.first !== '').map((p) => `${p.last}${SEP}${p.first}`)
		)
	];
	const columns = {
		id: rosterEntry.id,
		lastName: rosterEntry.lastName,
		firstName: rosterEntry.firstName,
		birthDate: rosterEntry.birthDate,
		postcode: rosterEntry.postcode
	};
	// Both kinds of candidates in one D1 round trip.
	const queries = [
		...chunks(births, IN_CHUNK).map((part) =>
			db
				.select(columns)
				.from(rosterEntry)
				.where(and(eq(rosterEntry.employerId, employerId), inArray(rosterEntry.birthDate, part)))
		),
		...chunks(prefixes, PREFIXES_PER_QUERY).map((part) =>
			// Same last and first name key: match_key in [prefix SEP, prefix ' ') — ' ' follows SEP.
			db
				.select(columns)
				.from(rosterEntry)
				.where(
					and(
						eq(rosterEntry.employerId, employerId),
						or(
							...part.map((prefix) =>
								and(
									gte(rosterEntry.matchKey, `${prefix}${SEP}`),
									lt(rosterEntry.matchKey, `${prefix} `)
								)
							)
						)
					)
				)
		)
	];
	const byId = new Map<string, PersonFields>();
	const [first, ...rest] = queries;
	if (!first) return [];
	for (const rows of await db.batch([first, ...rest]))
		for (const { id, ...person } of rows) byId.set(id, person);
	return [...byId.values()];
}
