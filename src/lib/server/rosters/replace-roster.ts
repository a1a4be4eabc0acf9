/**
 * Replacing an employer's roster (YOU-P user list) with a new full list — used by the staff API
 * and reusable by the back office. Entries are kept by matching key where the person is still on
 * the list, so accounts linked to them (user.rosterEntryId) stay linked and a later list still
 * says "2, already has an account"; people no longer listed are removed, new ones added.
 */
import { eq, inArray } from 'drizzle-orm';
import { matchingKey, normaliseEmail, normaliseText, parseBirthDate } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { rosterEntry } from '../db/schema';
import { newId } from '../db/ids';

export interface RosterPerson {
	lastName: string;
	firstName: string;
	postcode: string;
	birthDate: string;
	email?: string | null;
}

export type ReplaceRosterResult =
	| { ok: true; count: number; added: number; removed: number; kept: number }
	| { ok: false; index: number; field: 'lastName' | 'firstName' | 'postcode' | 'birthDate' };

const STATEMENTS_PER_BATCH = 50;
// 10 bound values per entry, at most 100 per statement.
const ENTRIES_PER_INSERT = 9;

export async function replaceRoster(
	db: Db,
	employerId: string,
	people: RosterPerson[],
	now: Date = new Date()
): Promise<ReplaceRosterResult> {
	const today = brusselsDate(now);
	const entries = [];
	for (const [index, person] of people.entries()) {
		const lastName = normaliseText(person.lastName ?? '');
		const firstName = normaliseText(person.firstName ?? '');
		const postcode = normaliseText(person.postcode ?? '');
		const birth = parseBirthDate(person.birthDate ?? '', { today });
		if (!lastName) return { ok: false, index, field: 'lastName' };
		if (!firstName) return { ok: false, index, field: 'firstName' };
		if (!postcode) return { ok: false, index, field: 'postcode' };
		if (!birth.ok) return { ok: false, index, field: 'birthDate' };
		const email = person.email ? normaliseEmail(person.email) || null : null;
		const fields = { lastName, firstName, postcode, birthDate: birth.iso };
		entries.push({ ...fields, email, matchKey: matchingKey(fields, { today }) });
	}

	const existing = await db
		.select({ id: rosterEntry.id, matchKey: rosterEntry.matchKey })
		.from(rosterEntry)
		.where(eq(rosterEntry.employerId, employerId));
	const free = new Map<string, string[]>();
	for (const e of existing) free.set(e.matchKey, [...(free.get(e.matchKey) ?? []), e.id]);

	const statements = [];
	const inserts: (typeof rosterEntry.$inferInsert)[] = [];
	let kept = 0;
	for (const entry of entries) {
		const id = free.get(entry.matchKey)?.shift();
		if (id) {
			kept++;
			statements.push(
				db
					.update(rosterEntry)
					.set({ ...entry, updatedAt: now })
					.where(eq(rosterEntry.id, id))
			);
		} else inserts.push({ id: newId(), employerId, ...entry, createdAt: now, updatedAt: now });
	}
	const removed = [...free.values()].flat();
	for (let i = 0; i < removed.length; i += 90) {
		statements.push(
			db.delete(rosterEntry).where(inArray(rosterEntry.id, removed.slice(i, i + 90)))
		);
	}
	for (let i = 0; i < inserts.length; i += ENTRIES_PER_INSERT) {
		statements.push(db.insert(rosterEntry).values(inserts.slice(i, i + ENTRIES_PER_INSERT)));
	}
	for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
		const [first, ...rest] = statements.slice(i, i + STATEMENTS_PER_BATCH);
		await db.batch([first!, ...rest]);
	}
	return { ok: true, count: entries.length, added: inserts.length, removed: removed.length, kept };
}
