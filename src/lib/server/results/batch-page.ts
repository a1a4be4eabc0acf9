/** The results page's data: the batch (counts, cost) and, for roles that may, its lines. */
import { error } from '@sveltejs/kit';
import type { Translate } from '$lib/i18n';
import type { ResultCode } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import type { EmployerContext } from '../organisations';
import { can, requirePermission } from '../permissions';
import { openBatchForEmployer } from '../batches/read';
import { isDelayed } from '../batches/redrive';
import { keepsData, readResultLines } from './batch-lines';

import { LINES_PER_PAGE } from '$lib/results/paging';

export async function loadBatchPage(
	deps: { db: Db; env: Pick<Env, 'BATCH_KEYS'> | undefined; t: Translate },
	input: { employer: EmployerContext; batchId: string; url: URL; now: Date }
) {
	const { db, env, t } = deps;
	requirePermission(input.employer, 'view-batches');
	const batch = await openBatchForEmployer(db, {
		employerId: input.employer.organisationId,
		batchId: input.batchId,
		now: input.now
	});
	if (!batch) error(404, t('error.not-found'));
	const canResults = can(input.employer.role, 'view-results');
	const canCorrect = can(input.employer.role, 'correct-lines');
	const param = Number(input.url.searchParams.get('code'));
	const code = [1, 2, 3, 4].includes(param) ? (param as ResultCode) : null;
	const page = Math.max(1, Math.floor(Number(input.url.searchParams.get('pagina')) || 1));
	const kept = canResults && env ? await keepsData(db, batch.id) : false;
	const lines =
		kept && env
			? await readResultLines(db, env, batch.id, {
					code,
					limit: LINES_PER_PAGE,
					offset: (page - 1) * LINES_PER_PAGE
				})
			: [];
	const total = code ? batch.counts[code] : batch.rowCount;
	return {
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
		today: brusselsDate(input.now),
		idempotencyKey: crypto.randomUUID()
	};
}
