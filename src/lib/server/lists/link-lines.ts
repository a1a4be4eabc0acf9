import { normaliseEmail, personIdentity, type RegistrationRow } from '$lib/registration';

/**
 * For each line, the earlier line it must wait for (or null). Lines are linked when they name the
 * same person (matching key) or the same e-mail address; within each linked group every line
 * waits for the previous one, so the group is processed in list order — "first 1, then 2", and
 * the first owner of an address keeps it — whatever order the queue delivers chunks in.
 * Returns 1-based line numbers. O(n α(n)).
 */
export function linkLines(rows: readonly RegistrationRow[], today: string): (number | null)[] {
	const parent = rows.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const union = (a: number, b: number) => {
		const [ra, rb] = [find(a), find(b)];
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	const byPerson = new Map<string, number>();
	const byEmail = new Map<string, number>();
	rows.forEach((row, i) => {
		const identity = personIdentity(row, { today });
		if (identity.last !== '' && identity.first !== '') {
			const first = byPerson.get(identity.key);
			if (first === undefined) byPerson.set(identity.key, i);
			else union(first, i);
		}
		const email = normaliseEmail(row.email);
		if (email !== '') {
			const first = byEmail.get(email);
			if (first === undefined) byEmail.set(email, i);
			else union(first, i);
		}
	});
	const lastInGroup = new Map<number, number>();
	return rows.map((_, i) => {
		const root = find(i);
		const previous = lastInGroup.get(root);
		lastInGroup.set(root, i);
		return previous === undefined ? null : previous + 1;
	});
}
