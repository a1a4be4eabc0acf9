/**
 * Reads an employer's YOU-P user list from an uploaded .xlsx or .csv: the same header detection,
 * column mapping and normalisation as a submitted list ($lib/registration). Lines that are not a
 * usable person (missing name, bad birth date or postcode, bad e-mail) are reported, not imported.
 *
 * Hostile files: an .xlsx passes the shared guard ($lib/files/spreadsheet-guard) before SheetJS
 * inflates it and SheetJS stops after `sheetRows`; CSV parsing stops after a bounded number of
 * lines. Refusals are thrown as SpreadsheetRefused.
 */
import { SpreadsheetRefused } from '$lib/files/spreadsheet-guard';
import {
	detectHeader,
	DEFAULT_MAPPING,
	isValidEmail,
	mapRow,
	normaliseRow,
	parseBirthDate,
	postcodeProblem
} from '$lib/registration';
import { csvCells, xlsxCells } from '../read-spreadsheet';
import type { RosterPerson, RosterReason } from './roster-person';

export interface RosterProblem {
	/** 1-based line number in the file. */
	line: number;
	reason: RosterReason;
}

interface ParsedRoster {
	people: RosterPerson[];
	problems: RosterProblem[];
	/** Lines with the same person as an earlier line (kept once). */
	duplicates: number;
}

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/** Most data lines in a roster file (import-roster's MAX_ROSTER_PEOPLE). */
const MAX_ROSTER_LINES = 20_000;
/** Rows read before a file is judged too long: twice the limit plus slack (blank rows). */
const WINDOW = MAX_ROSTER_LINES * 2 + 2;

async function cellsOf(bytes: Uint8Array, fileName: string): Promise<string[][]> {
	if (/\.csv$/i.test(fileName)) return csvCells(bytes, WINDOW);
	return xlsxCells(bytes, WINDOW, 'values');
}

export async function parseRosterFile(
	bytes: Uint8Array,
	fileName: string,
	today: string
): Promise<ParsedRoster> {
	const rows = (await cellsOf(bytes, fileName)).filter((r) => r.some((c) => c.trim() !== ''));
	const header = rows[0] ? detectHeader(rows[0]) : null;
	const mapping = header ?? DEFAULT_MAPPING;
	const offset = header ? 1 : 0;
	if (rows.length - offset > MAX_ROSTER_LINES) throw new SpreadsheetRefused('too-many-rows');
	const people: RosterPerson[] = [];
	const problems: RosterProblem[] = [];
	const seen = new Set<string>();
	let duplicates = 0;
	rows.slice(offset).forEach((cells, i) => {
		const line = i + offset + 1;
		const row = normaliseRow(mapRow(cells, mapping), { today });
		const birth = parseBirthDate(row.birthDate, { today });
		let reason: RosterReason | null = null;
		if (!row.lastName || !row.firstName || !row.postcode || !row.birthDate)
			reason = 'field-missing';
		else if (!birth.ok) reason = 'birthdate-invalid';
		else reason = postcodeProblem(row.postcode) as RosterReason | null;
		if (!reason && row.email && !isValidEmail(row.email)) reason = 'email-invalid';
		if (reason || !birth.ok) {
			problems.push({ line, reason: reason ?? 'birthdate-invalid' });
			return;
		}
		const person: RosterPerson = {
			lastName: row.lastName,
			firstName: row.firstName,
			birthDate: birth.iso,
			postcode: row.postcode,
			email: row.email || null
		};
		const key = JSON.stringify(person);
		if (seen.has(key)) duplicates++;
		else {
			seen.add(key);
			people.push(person);
		}
	});
	return { people, problems, duplicates };
}
