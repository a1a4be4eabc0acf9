import type { EmployerRole } from '$lib/server/organisations';

/** Roles that may hand in lists; 'inzage' (read-only) may not. */
const SUBMITTERS: readonly EmployerRole[] = ['owner', 'beheerder', 'lijsten'];

export function canSubmitLists(role: EmployerRole): boolean {
	return SUBMITTERS.includes(role);
}

/** Lines per list: MAX_LIST_ROWS (wrangler var), default 10,000. */
export function maxListRows(env: { MAX_LIST_ROWS?: string } | undefined): number {
	const value = Number(env?.MAX_LIST_ROWS);
	return Number.isSafeInteger(value) && value > 0 ? value : 10_000;
}
