import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organization } from '../db/schema';

/** The member employers a person can pick when registering (active employers only). */
export function listEmployers(db: Db) {
	return db
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(and(eq(organization.kind, 'employer'), eq(organization.active, true)))
		.orderBy(asc(organization.name))
		.all();
}

export async function isActiveEmployer(db: Db, id: string): Promise<boolean> {
	const row = await db
		.select({ id: organization.id })
		.from(organization)
		.where(
			and(eq(organization.id, id), eq(organization.kind, 'employer'), eq(organization.active, true))
		)
		.get();
	return Boolean(row);
}
