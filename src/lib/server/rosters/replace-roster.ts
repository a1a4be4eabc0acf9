/**
 * Replacing an employer's roster (YOU-P user list) with a new full list through the staff API:
 * each person is checked like a manual edit (rosterPersonFrom), then the same diff-and-apply as the
 * back office's import runs (applyRoster), so people still listed keep their roster entry and the
 * accounts linked to it.
 */
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { applyRoster } from './apply-roster';
import { rosterPersonFrom } from './edit-roster';
import type { RosterPerson as CanonicalPerson, RosterReason } from './roster-person';

/** A person as the API receives it (strings as entered). */
export interface RosterPerson {
	lastName: string;
	firstName: string;
	postcode: string;
	birthDate: string;
	email?: string | null;
}

type ReplaceRosterResult =
	| { ok: true; count: number; added: number; changed: number; removed: number }
	| { ok: false; index: number; reason: RosterReason };

export async function replaceRoster(
	db: Db,
	employerId: string,
	people: RosterPerson[],
	actorId: string | null,
	now: Date
): Promise<ReplaceRosterResult> {
	const today = brusselsDate(now);
	const canonical: CanonicalPerson[] = [];
	for (const [index, person] of people.entries()) {
		const checked = rosterPersonFrom({ ...person, email: person.email ?? '' }, today);
		if (!checked.ok) return { ok: false, index, reason: checked.reason };
		canonical.push(checked.person);
	}
	const applied = await applyRoster(db, employerId, canonical, actorId);
	return {
		ok: true,
		count: canonical.length,
		added: applied.added,
		changed: applied.changed,
		removed: applied.removed
	};
}
