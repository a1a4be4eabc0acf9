import type { Db } from './db';
import { auditEvent } from './db/schema';
import { newId } from './db/ids';

/** One audit entry. `detail` holds ids and counts only — never names, e-mails or list data. */
interface AuditInput {
	actorId: string | null;
	organisationId: string | null;
	action: string;
	subjectType?: string | null;
	subjectId?: string | null;
	detail?: Record<string, string | number | boolean | null> | null;
	at?: Date;
}

/** Appends an entry to the audit log (who did what, when); returns the entry's id. */
export async function recordAudit(db: Db, input: AuditInput): Promise<string> {
	const values = { id: newId(), ...auditValues(input) };
	await db.insert(auditEvent).values(values);
	return values.id;
}

/** The row for an audit entry, to include in a caller's own `db.batch([...])`. */
export function auditValues(input: AuditInput): typeof auditEvent.$inferInsert {
	return {
		at: input.at ?? new Date(),
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: input.action,
		subjectType: input.subjectType ?? null,
		subjectId: input.subjectId ?? null,
		detail: input.detail ? JSON.stringify(input.detail) : null
	};
}
