import { eq } from 'drizzle-orm';
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

export async function loadPartnerAccount(
	db: Db,
	accountId: string
): Promise<PartnerAccount | null> {
	const row = await db
		.select({
			id: user.id,
			firstName: user.firstName,
			lastName: user.lastName,
			name: user.name,
			email: user.email,
			locale: user.locale,
			employerName: organization.name,
			birthDate: user.birthDate,
			postcode: user.postcode,
			status: user.status
		})
		.from(user)
		.leftJoin(organization, eq(organization.id, user.employerId))
		.where(eq(user.id, accountId))
		.get();
	return row ?? null;
}
