import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { organization, user } from '../db/schema';

/** What we hold about an account; the connector decides which of it leaves us (config). */
export interface PartnerAccount {
	id: string;
	firstName: string | null;
	lastName: string | null;
	name: string;
	email: string;
	locale: string;
	employerName: string | null;
	birthDate: string | null;
	postcode: string | null;
	status: string;
}

/**
 * The accounts with these ids (at most 90: D1's 100 bound parameters), for one `db.batch`. In a
 * batch D1 answers rows as objects, which drizzle maps back by position: two result columns of
 * the same name (user.name, organization.name) collapse into one and shift every value after it,
 * so the employer's name has a column name of its own.
 */
export function partnerAccountsQuery(db: Db, accountIds: string[]) {
	return db
		.select({
			id: user.id,
			firstName: user.firstName,
			lastName: user.lastName,
			name: user.name,
			email: user.email,
			locale: user.locale,
			employerName: sql<string | null>`${organization.name}`.as('employer_name'),
			birthDate: user.birthDate,
			postcode: user.postcode,
			status: user.status
		})
		.from(user)
		.leftJoin(organization, eq(organization.id, user.employerId))
		.where(inArray(user.id, accountIds));
}
