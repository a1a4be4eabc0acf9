/** "An employer's people": its roster, each with the account it has (if any) and that account's state. */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { rosterEntry, user } from '../db/schema';
import { storedRosterColumns } from '../rosters/roster-person';
import { accountState, type AccountState } from './accounts';

interface PersonRow {
	rosterEntryId: string | null;
	lastName: string;
	firstName: string;
	birthDate: string;
	postcode: string;
	email: string | null;
	account: { id: string; email: string; state: AccountState } | null;
}

const accountColumns = {
	id: user.id,
	email: user.email,
	status: user.status,
	mustChangePassword: user.mustChangePassword,
	startPasswordExpiresAt: user.startPasswordExpiresAt
};

/** An employer's people are its roster entries plus its accounts no longer on it (`loose`). */
const loose = and(eq(user.kind, 'employee'), isNull(user.rosterEntryId));

/**
 * The number of people per employer, counted exactly as `employerPeople` lists them (the same
 * conditions), so the employers overview and an employer's people page never disagree.
 */
export async function countPeopleByEmployer(db: Db): Promise<Map<string, number>> {
	const [onRoster, offRoster] = await Promise.all([
		db
			.select({ employerId: rosterEntry.employerId, n: count() })
			.from(rosterEntry)
			.groupBy(rosterEntry.employerId),
		db
			.select({ employerId: user.employerId, n: count() })
			.from(user)
			.where(loose)
			.groupBy(user.employerId)
	]);
	const counts = new Map<string, number>();
	for (const row of [...onRoster, ...offRoster])
		if (row.employerId) counts.set(row.employerId, (counts.get(row.employerId) ?? 0) + row.n);
	return counts;
}

export async function employerPeople(db: Db, employerId: string, now: Date): Promise<PersonRow[]> {
	const roster = await db
		.select({ ...storedRosterColumns, account: accountColumns })
		.from(rosterEntry)
		.leftJoin(user, eq(user.rosterEntryId, rosterEntry.id))
		.where(eq(rosterEntry.employerId, employerId))
		.orderBy(asc(rosterEntry.lastName), asc(rosterEntry.firstName));
	// Accounts of this employer that are no longer on its roster (removed by an import).
	const looseRows = await db
		.select({
			lastName: user.lastName,
			firstName: user.firstName,
			birthDate: user.birthDate,
			postcode: user.postcode,
			account: accountColumns
		})
		.from(user)
		.where(and(eq(user.employerId, employerId), loose));
	const view = (a: (typeof roster)[number]['account']) =>
		a && a.id ? { id: a.id, email: a.email, state: accountState(a, now) } : null;
	return [
		...roster.map((r) => ({
			rosterEntryId: r.id,
			lastName: r.lastName,
			firstName: r.firstName,
			birthDate: r.birthDate,
			postcode: r.postcode,
			email: r.email,
			account: view(r.account)
		})),
		...looseRows.map((r) => ({
			rosterEntryId: null,
			lastName: r.lastName ?? '',
			firstName: r.firstName ?? '',
			birthDate: r.birthDate ?? '',
			postcode: r.postcode ?? '',
			email: null,
			account: view(r.account)
		}))
	];
}
