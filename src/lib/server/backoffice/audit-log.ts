/** The audit log for staff: newest first, filterable by action, organisation and period. */
import { and, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { auditEvent, organization, user } from '../db/schema';

export interface AuditFilters {
	action?: string;
	organisationId?: string;
	/** Inclusive ISO dates (UTC days). */
	from?: string;
	to?: string;
}

export async function listAudit(db: Db, filters: AuditFilters, limit = 200) {
	const where: SQL[] = [];
	if (filters.action)
		where.push(like(auditEvent.action, `${filters.action.replace(/[%_]/g, '')}%`));
	if (filters.organisationId) where.push(eq(auditEvent.organizationId, filters.organisationId));
	if (filters.from) where.push(gte(auditEvent.at, new Date(`${filters.from}T00:00:00Z`)));
	if (filters.to)
		where.push(lt(auditEvent.at, new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000)));
	return db
		.select({
			id: auditEvent.id,
			at: auditEvent.at,
			action: auditEvent.action,
			actorId: auditEvent.actorId,
			actorEmail: user.email,
			organisationId: auditEvent.organizationId,
			organisationName: organization.name,
			subjectType: auditEvent.subjectType,
			subjectId: auditEvent.subjectId,
			detail: auditEvent.detail
		})
		.from(auditEvent)
		.leftJoin(user, eq(auditEvent.actorId, user.id))
		.leftJoin(organization, eq(auditEvent.organizationId, organization.id))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditEvent.at))
		.limit(limit);
}

/** Distinct action names, for the filter's choices. */
export async function auditActions(db: Db): Promise<string[]> {
	const rows = await db
		.selectDistinct({ action: auditEvent.action })
		.from(auditEvent)
		.orderBy(auditEvent.action);
	return rows.map((r) => r.action);
}
