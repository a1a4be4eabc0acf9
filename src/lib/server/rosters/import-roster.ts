/**
 * The staff UI's roster import in two steps: preview (parse the file, diff against the stored
 * roster) and apply (the previewed people, re-validated, through applyRoster). Without JavaScript
 * the previewed people travel back in a hidden form field as JSON.
 */
import * as v from 'valibot';
import type { Db } from '../db';
import { applyRoster, previewRoster, type AppliedRoster } from './apply-roster';
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

export type ImportPreview =
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
	return { ok: true, diff, ...parsed };
}

/** Applies previewed people (JSON from the preview form); null when the JSON is not valid. */
export async function applyImport(
	db: Db,
	employerId: string,
	json: string,
	actorId: string
): Promise<AppliedRoster | null> {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return null;
	}
	const parsed = v.safeParse(PeopleSchema, data);
	if (!parsed.success || parsed.output.length === 0) return null;
	return applyRoster(db, employerId, parsed.output, actorId);
}
