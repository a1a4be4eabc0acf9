import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { matchingKey } from '$lib/registration';
import type { Db } from '../db';
import { auditEvent, rosterEntry, user } from '../db/schema';
import { newId } from '../db/ids';
import { auditValues } from '../audit';
import { diffRoster, type RosterDiff } from './diff-roster';
import { storedRosterColumns, type RosterPerson, type StoredRosterPerson } from './roster-person';

/** D1 limits parameters per statement; one statement per row, this many statements per batch. */
const CHUNK = 50;

/** The employer's current roster. */
export async function loadRoster(db: Db, employerId: string): Promise<StoredRosterPerson[]> {
	return db
		.select(storedRosterColumns)
		.from(rosterEntry)
		.where(eq(rosterEntry.employerId, employerId))
		.orderBy(rosterEntry.lastName, rosterEntry.firstName);
}

/** What the removals of a diff touch: how many people, how many of them with an account. */
export interface RemovalRisk {
	removed: number;
	withAccounts: number;
	rosterSize: number;
	/** More than a fifth of the roster, or anyone with an account: staff must confirm it. */
	needsConfirmation: boolean;
}

export async function removalRisk(db: Db, diff: RosterDiff): Promise<RemovalRisk> {
	const ids = diff.removed.map((p) => p.id);
	let withAccounts = 0;
	for (let i = 0; i < ids.length; i += CHUNK) {
		const rows = await db
			.select({ n: count() })
			.from(user)
			.where(
				and(inArray(user.rosterEntryId, ids.slice(i, i + CHUNK)), ne(user.status, 'disabled'))
			);
		withAccounts += rows[0]?.n ?? 0;
	}
	const rosterSize = diff.removed.length + diff.changed.length + diff.unchanged;
	return {
		removed: diff.removed.length,
		withAccounts,
		rosterSize,
		needsConfirmation: withAccounts > 0 || diff.removed.length * 5 > rosterSize
	};
}

/** The differences importing `people` would make, against the stored roster. */
export async function previewRoster(
	db: Db,
	employerId: string,
	people: RosterPerson[]
): Promise<RosterDiff> {
	return diffRoster(await loadRoster(db, employerId), people);
}

export interface AppliedRoster {
	added: number;
	changed: number;
	removed: number;
	unchanged: number;
}

/**
 * Makes the employer's roster equal to `people`: inserts the added, updates the changed, deletes
 * the removed (accounts keep existing; their roster link is cleared). Audited with counts only.
 */
export async function applyRoster(
	db: Db,
	employerId: string,
	people: RosterPerson[],
	actorId: string | null,
	options: { keepRemoved?: boolean } = {}
): Promise<AppliedRoster> {
	const found = await previewRoster(db, employerId, people);
	// A file that was not read completely removes nobody: a person on an unreadable line would
	// otherwise look "removed".
	const diff = options.keepRemoved ? { ...found, removed: [] } : found;
	const statements: BatchItem<'sqlite'>[] = [];
	for (const person of diff.added)
		statements.push(
			db
				.insert(rosterEntry)
				.values({ id: newId(), employerId, ...person, matchKey: matchingKey(person) })
		);
	for (const { id, after } of diff.changed)
		statements.push(
			db
				.update(rosterEntry)
				.set({ ...after, matchKey: matchingKey(after), updatedAt: new Date() })
				.where(eq(rosterEntry.id, id))
		);
	const removedIds = diff.removed.map((p) => p.id);
	for (let i = 0; i < removedIds.length; i += CHUNK)
		statements.push(
			db.delete(rosterEntry).where(inArray(rosterEntry.id, removedIds.slice(i, i + CHUNK)))
		);
	const counts: AppliedRoster = {
		added: diff.added.length,
		changed: diff.changed.length,
		removed: diff.removed.length,
		unchanged: diff.unchanged
	};
	statements.push(
		db.insert(auditEvent).values(
			auditValues({
				actorId,
				organisationId: employerId,
				action: 'roster.import',
				subjectType: 'organization',
				subjectId: employerId,
				detail: { ...counts }
			})
		)
	);
	for (let i = 0; i < statements.length; i += CHUNK) {
		const [first, ...rest] = statements.slice(i, i + CHUNK);
		if (first) await db.batch([first, ...rest]);
	}
	return counts;
}
