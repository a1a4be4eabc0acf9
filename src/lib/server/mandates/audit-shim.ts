import type { Db } from '../db';
import { auditEvent } from '../db/schema';
import { newId } from '../db/ids';

export interface AuditInput {
	actorId: string | null;
	organizationId: string | null;
	action: string;
	subjectType?: string | null;
	subjectId?: string | null;
	detail?: Record<string, unknown> | string | null;
}

/**
 * Stand-in for the back office's `recordAudit` (src/lib/server/audit.ts, not in this branch), with
 * the same signature: one audit_event row, ids and roles only, never personal data. After the
 * merge the lead can re-export `recordAudit` from there and delete this file.
 */
export async function recordAudit(db: Db, input: AuditInput): Promise<string> {
	const id = newId();
	await db.insert(auditEvent).values({
		id,
		at: new Date(),
		actorId: input.actorId,
		organizationId: input.organizationId,
		action: input.action,
		subjectType: input.subjectType ?? null,
		subjectId: input.subjectId ?? null,
		detail:
			input.detail == null
				? null
				: typeof input.detail === 'string'
					? input.detail
					: JSON.stringify(input.detail)
	});
	return id;
}
