import { rosterEntry } from '../db/schema';

/** One person of an employer's YOU-P user list, in canonical form (what roster_entry stores). */
export interface RosterPerson {
	lastName: string;
	firstName: string;
	/** ISO `yyyy-mm-dd`. */
	birthDate: string;
	postcode: string;
	/** Lower-cased, or null when the list has none. */
	email: string | null;
}

/** A stored roster person. */
export interface StoredRosterPerson extends RosterPerson {
	id: string;
}

/** The columns of a stored roster person, for a select on roster_entry. */
export const storedRosterColumns = {
	id: rosterEntry.id,
	lastName: rosterEntry.lastName,
	firstName: rosterEntry.firstName,
	birthDate: rosterEntry.birthDate,
	postcode: rosterEntry.postcode,
	email: rosterEntry.email
};

/** Why a line cannot be a roster person. */
export type RosterReason =
	'field-missing' | 'birthdate-invalid' | 'postcode-format' | 'postcode-unknown' | 'email-invalid';
