/** Manual roster edits by staff, one person at a time (audited with ids only). */
import { and, eq } from 'drizzle-orm';
import {
	isValidEmail,
	normaliseEmail,
	normaliseText,
	parseBirthDate,
	postcodeProblem
} from '$lib/registration';
import type { Db } from '../db';
import { rosterEntry } from '../db/schema';
import { matchingKey } from '$lib/registration';
import { recordAudit } from '../audit';
import type { RosterPerson, RosterReason } from './roster-person';

/** A person from form input, or the reason it is not usable. */
export function rosterPersonFrom(
	input: Record<string, string | undefined>,
	today: string
): { ok: true; person: RosterPerson } | { ok: false; reason: RosterReason } {
	const lastName = normaliseText(input.lastName ?? '');
	const firstName = normaliseText(input.firstName ?? '');
	const postcode = normaliseText(input.postcode ?? '');
	const email = normaliseEmail(input.email ?? '');
	if (!lastName || !firstName || !postcode || !input.birthDate)
		return { ok: false, reason: 'field-missing' };
	const birth = parseBirthDate(input.birthDate, { today });
	if (!birth.ok) return { ok: false, reason: 'birthdate-invalid' };
	const postcodeReason = postcodeProblem(postcode);
	if (postcodeReason) return { ok: false, reason: postcodeReason as RosterReason };
	if (email && !isValidEmail(email)) return { ok: false, reason: 'email-invalid' };
	return {
		ok: true,
		person: { lastName, firstName, birthDate: birth.iso, postcode, email: email || null }
	};
}

export async function addRosterPerson(
	db: Db,
	employerId: string,
	person: RosterPerson,
	actorId: string
): Promise<string> {
	const row = await db
		.insert(rosterEntry)
		.values({ employerId, ...person, matchKey: matchingKey(person) })
		.returning({ id: rosterEntry.id })
		.get();
	await recordAudit(db, {
		actorId,
		organisationId: employerId,
		action: 'roster.add',
		subjectType: 'roster_entry',
		subjectId: row.id
	});
	return row.id;
}

export async function removeRosterPerson(
	db: Db,
	employerId: string,
	entryId: string,
	actorId: string
): Promise<boolean> {
	const rows = await db
		.delete(rosterEntry)
		.where(and(eq(rosterEntry.id, entryId), eq(rosterEntry.employerId, employerId)))
		.returning({ id: rosterEntry.id })
		.all();
	if (rows.length)
		await recordAudit(db, {
			actorId,
			organisationId: employerId,
			action: 'roster.remove',
			subjectType: 'roster_entry',
			subjectId: entryId
		});
	return rows.length > 0;
}
