/**
 * The results page's data: the batch (counts, cost) and, for roles that may, its lines; or
 * `not-found` when the employer has no such batch.
 */
import type { ResultCode } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../../db';
import type { EmployerContext } from '../../organisations';
import { can } from '../../permissions';
import { getBatchView, openBatchForEmployer } from '../read';
import { isDelayed } from '../redrive';
import { keepsData, readResultLines } from './batch-lines';
import { nowInRoster } from './send-corrections';

import { LINES_PER_PAGE } from '$lib/results/paging';

export async function loadBatchPage(
	deps: { db: Db; env: Pick<Env, 'BATCH_KEYS'> },
	input: { employer: EmployerContext; batchId: string; url: URL; now: Date }
) {
	const { db, env } = deps;
	// The route's guard asked for 'view-batches'. Only someone who may see the results opens them:
	// that first opening starts the end of the code-1/2 lines' retention (batches/periods.ts).
	const canResults = can(input.employer.role, 'view-results');
	const scope = { employerId: input.employer.organisationId, batchId: input.batchId };
	const batch = canResults
		? await openBatchForEmployer(db, { ...scope, now: input.now })
		: await getBatchView(db, scope);
	if (!batch) return { ok: false, reason: 'not-found' } as const;
	const canCorrect = can(input.employer.role, 'correct-lines');
	const param = Number(input.url.searchParams.get('code'));
	const code = [1, 2, 3, 4].includes(param) ? (param as ResultCode) : null;
	const page = Math.max(1, Math.floor(Number(input.url.searchParams.get('pagina')) || 1));
	const kept = canResults ? await keepsData(db, batch.id) : false;
	const lines = kept
		? await readResultLines(db, env, batch.id, {
				code,
				limit: LINES_PER_PAGE,
				offset: (page - 1) * LINES_PER_PAGE
			})
		: [];
	const total = code ? batch.counts[code] : batch.rowCount;
	// Code-3 lines whose person the roster has now (it changed since): they can be sent again as
	// they are, in a correction list.
	const rematch =
		canCorrect && batch.status === 'completed'
			? await nowInRoster(db, input.employer.organisationId, lines, input.now)
			: [];
	return {
		ok: true as const,
		batch,
		/** No progress for a while: its lines are being re-driven (the cron), "we are on it". */
		delayed: isDelayed(batch, input.now),
		canResults,
		canCorrect,
		kept,
		code,
		page,
		total,
		lines,
		rematch,
		today: brusselsDate(input.now),
		idempotencyKey: crypto.randomUUID()
	};
}
