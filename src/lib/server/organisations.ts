import { and, eq } from 'drizzle-orm';
import type { Db } from './db';
import { member, organization } from './db/schema';
import type { EmployerRole } from '$lib/employer-roles';

export interface EmployerContext {
	organisationId: string;
	organisationName: string;
	role: EmployerRole;
}

/**
 * The organisation the user acts for: the session's active organisation when the user is a member
 * of it, otherwise their first membership. Every employer query is scoped by the id this returns;
 * routes reach it only through the employer guard (http/employer.ts).
 */
export async function employerContext(
	db: Db,
	userId: string,
	activeOrganisationId: string | null | undefined
): Promise<EmployerContext | null> {
	const rows = await db
		.select({ id: organization.id, name: organization.name, role: member.role })
		.from(member)
		.innerJoin(organization, eq(member.organizationId, organization.id))
		.where(and(eq(member.userId, userId), eq(organization.active, true)));
	const chosen = rows.find((row) => row.id === activeOrganisationId) ?? rows[0];
	if (!chosen) return null;
	return {
		organisationId: chosen.id,
		organisationName: chosen.name,
		role: chosen.role as EmployerRole
	};
}
