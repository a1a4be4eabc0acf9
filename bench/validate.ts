/**
 * Throughput of line validation as the grid and the worker run it: single-row validation plus
 * incremental duplicate detection, and roster matching for the lines that pass.
 *
 *   node bench/run-ts.mjs bench/validate.ts
 *
 * Prints figures only; timings are machine-dependent and deliberately not asserted anywhere.
 */
import {
	BELGIAN_POSTCODES,
	DuplicateIndex,
	RosterIndex,
	validateRow,
	type RegistrationRow
} from '$lib/registration';
import { FIRST_NAMES, LAST_NAMES, pad2, picker, randomBirth, rng } from './rows';

const TODAY = '2026-11-23';

const CODES = [...BELGIAN_POSTCODES].filter((c) => c >= '1000');

function makeRows(n: number, seed: number): RegistrationRow[] {
	const r = rng(seed);
	const pick = picker(r);
	const rows: RegistrationRow[] = [];
	for (let i = 0; i < n; i++) {
		const last = pick(LAST_NAMES);
		const first = pick(FIRST_NAMES);
		const { year, month, day } = randomBirth(r, 1950, 60);
		let birthDate = `${pad2(day)}/${pad2(month)}/${year}`;
		let postcode = pick(CODES);
		let email = `${first}.${last}.${i}@example.be`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
		const roll = r();
		// About 10% of lines carry one typical mistake each.
		if (roll < 0.02) postcode = String(1000 + Math.floor(r() * 9000));
		else if (roll < 0.04) birthDate = `31/02/${year}`;
		else if (roll < 0.05) birthDate = `${month}/${day + 12}/${year}`;
		else if (roll < 0.07) email = email.replace('@', ' @');
		else if (roll < 0.08) postcode = '';
		else if (roll < 0.09)
			birthDate = String(Math.floor(Date.UTC(year, month - 1, day) / 864e5 + 25569));
		else if (roll < 0.1) birthDate = `${pad2(day)}-${pad2(month)}-${String(year).slice(2)}`;
		rows.push({
			lastName: ` ${last.toUpperCase()} `,
			firstName: first,
			postcode,
			birthDate,
			email
		});
	}
	// Sprinkle exact duplicates and shared e-mail addresses (≈1% each).
	for (let i = 0; i < n / 100; i++) {
		const a = Math.floor(r() * n);
		const b = Math.floor(r() * n);
		const src = rows[a] as RegistrationRow;
		const dst = rows[b] as RegistrationRow;
		if (i % 2 === 0) rows[b] = { ...src };
		else rows[b] = { ...dst, email: src.email };
	}
	return rows;
}

function time<T>(fn: () => T): [T, number] {
	const start = performance.now();
	const result = fn();
	return [result, performance.now() - start];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

for (const n of [10_000, 100_000]) {
	const rows = makeRows(n, 42);
	// Warm-up so the JIT has seen every path.
	for (const row of rows.slice(0, 2_000)) validateRow(row, { today: TODAY });

	const [invalid, tValidate] = time(() => {
		let bad = 0;
		for (const row of rows) if (validateRow(row, { today: TODAY }).problems.length > 0) bad++;
		return bad;
	});
	const [flagged, tDup] = time(() => {
		const index = new DuplicateIndex({ today: TODAY });
		rows.forEach((row, i) => index.set(i, row));
		let count = 0;
		for (let i = 0; i < rows.length; i++) if (index.flagsFor(i).length > 0) count++;
		return count;
	});
	// Roster: the employer's staff — every line's person, one in ten with a typo in the name so
	// that the unmatched lines exercise the hint search.
	const roster = rows.map((row, i) =>
		i % 10 === 0 ? { ...row, lastName: row.lastName.trim().slice(1) } : row
	);
	const [matched, tRoster] = time(() => {
		const index = new RosterIndex(roster, { today: TODAY });
		let hits = 0;
		for (const row of rows) if (index.match(row).kind === 'match') hits++;
		return hits;
	});
	const total = tValidate + tDup;
	console.log(
		[
			`${fmt(n)} lines (${fmt(invalid)} invalid, ${fmt(flagged)} with in-list conflicts, ${fmt(matched)} roster matches)`,
			`  validateRow:            ${fmt(tValidate)} ms  → ${fmt((n / tValidate) * 1000)} lines/s`,
			`  duplicate index:        ${fmt(tDup)} ms  → ${fmt((n / tDup) * 1000)} lines/s`,
			`  validation + duplicates ${fmt(total)} ms  → ${fmt((n / total) * 1000)} lines/s`,
			`  roster index + match:   ${fmt(tRoster)} ms  → ${fmt((n / tRoster) * 1000)} lines/s`
		].join('\n')
	);
}
