/**
 * The staff UI's roster import in two steps: preview (parse the file, diff against the stored
 * roster) and apply (the previewed people, re-validated, through applyRoster). Without JavaScript
 * the previewed people travel back in a hidden form field as JSON.
 */
import * as v from 'valibot';
import type { Db } from '../db';
import {
	applyRoster,
	previewRoster,
	removalRisk,
	type AppliedRoster,
	type RemovalRisk
} from './apply-roster';
import type { RosterDiff } from './diff-roster';
import { MAX_ROSTER_BYTES, parseRosterFile, type RosterProblem } from './parse-roster-file';
import type { RosterPerson } from './roster-person';
import { SpreadsheetRefused } from '$lib/files/spreadsheet-guard';

export const MAX_ROSTER_PEOPLE = 20_000;

const PersonSchema = v.object({
	lastName: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	firstName: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	birthDate: v.pipe(v.string(), v.isoDate()),
	postcode: v.pipe(v.string(), v.regex(/^[1-9]\d{3}$/)),
	email: v.nullable(v.pipe(v.string(), v.email(), v.maxLength(254)))
});
const PeopleSchema = v.pipe(v.array(PersonSchema), v.maxLength(MAX_ROSTER_PEOPLE));

type ImportPreview =
	| {
			ok: false;
			error: 'no-file' | 'too-big' | 'unreadable' | 'empty' | 'too-many-rows' | 'inflates-too-much';
	  }
	| {
			ok: true;
			diff: RosterDiff;
			people: RosterPerson[];
			problems: RosterProblem[];
			duplicates: number;
			risk: RemovalRisk;
	  };

export async function previewImport(
	db: Db,
	employerId: string,
	file: File | null,
	today: string
): Promise<ImportPreview> {
	if (!file || file.size === 0) return { ok: false, error: 'no-file' };
	if (file.size > MAX_ROSTER_BYTES) return { ok: false, error: 'too-big' };
	let parsed;
	try {
		parsed = await parseRosterFile(new Uint8Array(await file.arrayBuffer()), file.name, today);
	} catch (error) {
		if (error instanceof SpreadsheetRefused && error.reason === 'too-many-rows')
			return { ok: false, error: 'too-many-rows' };
		if (error instanceof SpreadsheetRefused && error.reason === 'too-large')
			return { ok: false, error: 'inflates-too-much' };
		return { ok: false, error: 'unreadable' };
	}
	if (parsed.people.length === 0) return { ok: false, error: 'empty' };
	const diff = await previewRoster(db, employerId, parsed.people);
	return { ok: true, diff, risk: await removalRisk(db, diff), ...parsed };
}

type ApplyOutcome =
	| { ok: true; applied: AppliedRoster }
	| { ok: false; reason: 'unreadable' }
	| { ok: false; reason: 'confirm-removals'; risk: RemovalRisk };

/**
 * Applies previewed people (JSON from the preview form). `complete` is false when the file had
 * lines that could not be read: then nobody is removed. Removing more than a fifth of the roster
 * or anyone with an account needs `confirmedRemovals` (checked again here, not only on screen).
 */
export async function applyImport(
	db: Db,
	employerId: string,
	input: { json: string; complete: boolean; confirmedRemovals: boolean },
	actorId: string
): Promise<ApplyOutcome> {
	let data: unknown;
	try {
		data = JSON.parse(input.json);
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
	const parsed = v.safeParse(PeopleSchema, data);
	if (!parsed.success || parsed.output.length === 0) return { ok: false, reason: 'unreadable' };
	if (input.complete && !input.confirmedRemovals) {
		const risk = await removalRisk(db, await previewRoster(db, employerId, parsed.output));
		if (risk.needsConfirmation) return { ok: false, reason: 'confirm-removals', risk };
	}
	const applied = await applyRoster(db, employerId, parsed.output, actorId, {
		keepRemoved: !input.complete
	});
	return { ok: true, applied };
}
