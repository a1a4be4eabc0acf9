/** The audit log for staff: newest first, filterable by employer, actor, kind and period, paged. */
import { and, asc, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db';
import { apiToken, auditEvent, batch, organization, user } from '../db/schema';

const AUDIT_PAGE_SIZE = 50;

interface AuditFilters {
	action?: string;
	organisationId?: string;
	/** An actor id as stored: a user id or `token:<id>` (an id, so no name ends up in a URL). */
	actor?: string;
	/** Inclusive ISO dates (UTC days). */
	from?: string;
	to?: string;
	/** 1-based. */
	page?: number;
}

/** Who did it: a person (by name), an API key (by label and organisation) or the system. */
export type AuditActor =
	| { kind: 'user'; name: string | null; email: string | null }
	| { kind: 'token'; label: string | null; organisation: string | null }
	| { kind: 'system' };

export interface AuditEntry {
	id: string;
	at: Date;
	action: string;
	actor: AuditActor;
	organisation: string | null;
	batchNumber: number | null;
	detail: Record<string, unknown>;
}

const tokenOrg = alias(organization, 'token_org');
const tokenActor = sql`'token:' || ${apiToken.id}`;

function parseDetail(json: string | null): Record<string, unknown> {
	if (!json) return {};
	try {
		const value: unknown = JSON.parse(json);
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

type ActorColumns = {
	actorId: string | null;
	userName: string | null;
	userEmail: string | null;
	tokenLabel: string | null;
	tokenOrganisation: string | null;
};

function actorOf(r: ActorColumns): AuditActor {
	if (!r.actorId) return { kind: 'system' };
	if (r.actorId.startsWith('token:'))
		return { kind: 'token', label: r.tokenLabel, organisation: r.tokenOrganisation };
	return { kind: 'user', name: r.userName, email: r.userEmail };
}

const actorColumns = {
	actorId: auditEvent.actorId,
	userName: user.name,
	userEmail: user.email,
	tokenLabel: apiToken.label,
	tokenOrganisation: tokenOrg.name
};

/** Everyone who appears in the log as an actor, for the filter's choices (ids with names). */
export async function auditActors(db: Db): Promise<{ id: string; actor: AuditActor }[]> {
	const rows = await db
		.selectDistinct(actorColumns)
		.from(auditEvent)
		.leftJoin(user, eq(auditEvent.actorId, user.id))
		.leftJoin(apiToken, eq(auditEvent.actorId, tokenActor))
		.leftJoin(tokenOrg, eq(apiToken.organisationId, tokenOrg.id))
		.where(isNotNull(auditEvent.actorId))
		.orderBy(asc(user.name), asc(apiToken.label))
		.limit(500);
	return rows.map((r) => ({ id: r.actorId!, actor: actorOf(r) }));
}

export async function listAudit(
	db: Db,
	filters: AuditFilters
): Promise<{ entries: AuditEntry[]; hasNext: boolean }> {
	const where: SQL[] = [];
	if (filters.action) where.push(eq(auditEvent.action, filters.action));
	if (filters.organisationId) where.push(eq(auditEvent.organisationId, filters.organisationId));
	if (filters.actor) where.push(eq(auditEvent.actorId, filters.actor));
	if (filters.from) where.push(gte(auditEvent.at, new Date(`${filters.from}T00:00:00Z`)));
	if (filters.to)
		where.push(lt(auditEvent.at, new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000)));
	const page = Math.max(1, filters.page ?? 1);
	const rows = await db
		.select({
			id: auditEvent.id,
			at: auditEvent.at,
			action: auditEvent.action,
			...actorColumns,
			organisation: organization.name,
			batchNumber: batch.number,
			detail: auditEvent.detail
		})
		.from(auditEvent)
		.leftJoin(user, eq(auditEvent.actorId, user.id))
		.leftJoin(apiToken, eq(auditEvent.actorId, tokenActor))
		.leftJoin(tokenOrg, eq(apiToken.organisationId, tokenOrg.id))
		.leftJoin(organization, eq(auditEvent.organisationId, organization.id))
		.leftJoin(batch, and(eq(auditEvent.subjectType, 'batch'), eq(auditEvent.subjectId, batch.id)))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditEvent.at), desc(auditEvent.id))
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset((page - 1) * AUDIT_PAGE_SIZE);
	const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((r): AuditEntry => ({
		id: r.id,
		at: r.at,
		action: r.action,
		actor: actorOf(r),
		organisation: r.organisation,
		batchNumber: r.batchNumber,
		detail: parseDetail(r.detail)
	}));
	return { entries, hasNext: rows.length > AUDIT_PAGE_SIZE };
}
