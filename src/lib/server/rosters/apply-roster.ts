import { eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { matchingKey } from '$lib/registration';
import type { Db } from '../db';
import { auditEvent, rosterEntry } from '../db/schema';
import { newId } from '../db/ids';
import { auditValues } from '../audit';
import { diffRoster, type RosterDiff } from './diff-roster';
import type { RosterPerson, StoredRosterPerson } from './roster-person';

/** D1 limits parameters per statement; one statement per row, this many statements per batch. */
const CHUNK = 50;

/** The employer's current roster. */
export async function loadRoster(db: Db, employerId: string): Promise<StoredRosterPerson[]> {
	return db
		.select({
			id: rosterEntry.id,
			lastName: rosterEntry.lastName,
			firstName: rosterEntry.firstName,
			birthDate: rosterEntry.birthDate,
			postcode: rosterEntry.postcode,
			email: rosterEntry.email
		})
		.from(rosterEntry)
		.where(eq(rosterEntry.employerId, employerId))
		.orderBy(rosterEntry.lastName, rosterEntry.firstName);
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
	actorId: string | null
): Promise<AppliedRoster> {
	const diff = await previewRoster(db, employerId, people);
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
				organizationId: employerId,
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
