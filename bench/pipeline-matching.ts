/**
 * Matching throughput alone, in Node, with the pipeline's lookup strategy mirrored in memory:
 * exact match by matching key (the D1 index employer_id + match_key → a Map), and for lines
 * that match nobody the hint candidates by birth date and by name-key prefix (the two D1
 * lookups → two Maps), ranked by a RosterIndex over just those candidates — exactly what
 * src/lib/server/lists/roster-lookup.ts does per chunk against D1. D1 round trips are not
 * part of this figure (see the end-to-end benchmark for those).
 *
 *   node bench/run-ts.mjs bench/pipeline-matching.ts
 */
import { personIdentity, RosterIndex, type PersonFields } from '$lib/registration';
import { FIRST_NAMES, LAST_NAMES, picker, randomBirth, rng } from './rows';

const TODAY = '2026-11-23';
const SEP = '\u001f';

const POSTCODES = ['1000', '2000', '3000', '8000', '9000', '4000', '5000', '6000', '7000', '1030'];

function people(n: number, random: () => number): PersonFields[] {
	const pick = picker(random);
	return Array.from({ length: n }, (_, i) => {
		const { iso } = randomBirth(random, 1955, 50);
		return {
			lastName: `${pick(LAST_NAMES)}${i % 97 === 0 ? '' : ` ${i}`}`,
			firstName: pick(FIRST_NAMES),
			birthDate: iso,
			postcode: pick(POSTCODES)
		};
	});
}

/** The in-memory mirror of the D1 indexes the worker queries. */
class RosterStore {
	readonly byKey = new Map<string, number[]>();
	readonly byBirth = new Map<string, number[]>();
	readonly byName = new Map<string, number[]>();
	constructor(readonly entries: PersonFields[]) {
		entries.forEach((e, i) => {
			const p = personIdentity(e, { today: TODAY });
			for (const [map, key] of [
				[this.byKey, p.key],
				[this.byBirth, p.birth],
				[this.byName, `${p.last}${SEP}${p.first}`]
			] as const) {
				const list = map.get(key);
				if (list) list.push(i);
				else map.set(key, [i]);
			}
		});
	}
}

function matchChunk(store: RosterStore, rows: PersonFields[]) {
	const identities = rows.map((r) => personIdentity(r, { today: TODAY }));
	const unmatched: number[] = [];
	let matched = 0;
	identities.forEach((p, i) => {
		const hits = store.byKey.get(p.key) ?? [];
		if (hits.length === 1) matched++;
		else if (hits.length === 0) unmatched.push(i);
	});
	if (unmatched.length === 0) return { matched, hints: 0 };
	const ids = new Set<number>();
	for (const i of unmatched) {
		const p = identities[i]!;
		for (const id of store.byBirth.get(p.birth) ?? []) ids.add(id);
		for (const id of store.byName.get(`${p.last}${SEP}${p.first}`) ?? []) ids.add(id);
	}
	const candidates = [...ids].map((id) => store.entries[id]!);
	const index = new RosterIndex(candidates, { today: TODAY });
	let hints = 0;
	for (const i of unmatched) if (index.closest(rows[i]!)) hints++;
	return { matched, hints };
}

const CHUNK = 50;
const LINES = 20_000;
const results: { roster: number; rate: number }[] = [];
for (const size of [1_000, 10_000, 100_000]) {
	const random = rng(size);
	const roster = people(size, random);
	const store = new RosterStore(roster);
	// Half the lines are roster people (some with a typo), half are strangers.
	const lines = Array.from({ length: LINES }, (_, i) => {
		const base = roster[Math.floor(random() * size)]!;
		if (i % 2 === 0) return base;
		if (i % 10 === 1) return { ...base, postcode: '1000' };
		return people(1, random)[0]!;
	});
	for (let i = 0; i < 2_000; i += CHUNK) matchChunk(store, lines.slice(i, i + CHUNK)); // warm-up
	const start = performance.now();
	let matched = 0;
	let hints = 0;
	for (let i = 0; i < LINES; i += CHUNK) {
		const r = matchChunk(store, lines.slice(i, i + CHUNK));
		matched += r.matched;
		hints += r.hints;
	}
	const seconds = (performance.now() - start) / 1000;
	const rate = LINES / seconds;
	results.push({ roster: size, rate });
	console.log(
		`roster ${String(size).padStart(7)}: ${LINES} lines in ${(seconds * 1000).toFixed(0)} ms → ` +
			`${Math.round(rate).toLocaleString('en')} lines/s (matched ${matched}, hints ${hints})`
	);
}
const [small, , large] = results;
console.log(`100k vs 1k roster: ${(small!.rate / large!.rate).toFixed(2)}× slower per line`);
