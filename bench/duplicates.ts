/**
 * Duplicate detection on its worst case: a list where every line is the same person. A quadratic
 * findDuplicates would take minutes on 20,000 lines; the linear one takes milliseconds.
 *
 *   node bench/run-ts.mjs bench/duplicates.ts [lines]
 *
 * Prints figures only (tests/unit/registration/duplicates.test.ts checks the result, not the time).
 */
import { findDuplicates, type RegistrationRow } from '$lib/registration';

const same: RegistrationRow = {
	lastName: 'Van den Bossche',
	firstName: 'An',
	postcode: '9000',
	birthDate: '01/02/1990',
	email: 'an@example.be'
};

const lines = Number(process.argv[2] ?? 20_000) || 20_000;
for (const n of [lines / 4, lines / 2, lines].map(Math.round)) {
	const rows = Array.from({ length: n }, () => same);
	const runs: number[] = [];
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		findDuplicates(rows);
		runs.push(performance.now() - start);
	}
	runs.sort((a, b) => a - b);
	console.log(
		`findDuplicates, ${n} identical lines: median ${runs[2]!.toFixed(1)} ms (min ${runs[0]!.toFixed(1)}, max ${runs[4]!.toFixed(1)})`
	);
}
