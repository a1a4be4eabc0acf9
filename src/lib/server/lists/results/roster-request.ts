/**
 * "Vraag toevoeging aan": on a code-3 line the employer asks COLLECTIEF to add the person to its
 * roster (staff decide in backoffice/roster-requests.ts). The request holds no copy of the
 * person: it points at the line, whose encrypted payload keeps its own retention (a code-3 line:
 * at most PROBLEM_RETENTION_DAYS). The employer's remark is encrypted under the same batch key and
 * erased when the request is decided or expires, so nothing of it outlives the raw list.
 */
import { sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../../db';
import { newId } from '../../db/ids';
import type { RosterRequestStatus } from '../../db/schema';
import { encryptJson, lineContext, loadBatchKeys } from '../batch-keys';

export const REMARK_MAX = 500;

export const RosterRequestForm = v.object({
	line: v.pipe(v.string(), v.regex(/^\d{1,6}$/), v.transform(Number)),
	remark: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(REMARK_MAX)), '')
});

export type AskOutcome =
	| { ok: true; line: number }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'not-possible'; line: number };

/**
 * Files the request, in one statement: only for a line of the caller's own completed list that
 * has code 3, still keeps its data, was not corrected and has no request yet (one per line, the
 * unique index settles a double click).
 */
export async function askRosterAddition(
	deps: { db: Db; env: Pick<Env, 'BATCH_KEYS'> },
	input: { employerId: string; batchId: string; userId: string; form: FormData; now: Date }
): Promise<AskOutcome> {
	const { db, env } = deps;
	const parsed = v.safeParse(RosterRequestForm, {
		line: input.form.get('line'),
		remark: input.form.get('remark') ?? undefined
	});
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const { line, remark } = parsed.output;
	const notPossible = { ok: false, reason: 'not-possible', line } as const;
	let sealed: string | null = null;
	if (remark) {
		const keys = await loadBatchKeys(env.BATCH_KEYS, input.batchId);
		if (!keys) return notPossible;
		sealed = await encryptJson(keys.aes, lineContext(input.batchId, line, 'remark'), remark);
	}
	const inserted = await db.all<{ id: string }>(sql`
		insert into roster_request (id, employer_id, batch_id, line, status, remark, requested_by, created_at)
		select ${newId()}, b.employer_id, b.id, l.line, 'pending', ${sealed}, ${input.userId}, ${input.now.getTime()}
		from batch_line l join batch b on b.id = l.batch_id
		where b.id = ${input.batchId} and b.employer_id = ${input.employerId} and b.status = 'completed'
			and l.line = ${line} and l.state = 'done' and l.code = 3 and l.payload is not null
			and l.corrected_in_batch_id is null
		on conflict do nothing
		returning id`);
	return inserted.length === 1 ? { ok: true, line } : notPossible;
}

export interface LineRequest {
	status: RosterRequestStatus;
	createdAt: Date;
	decidedAt: Date | null;
}
