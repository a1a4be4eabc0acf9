/**
 * The lines of one batch with their (decrypted) data, for the results page, the downloads and
 * the corrections. Only for a batch already authorised for the employer (getBatchView): callers
 * pass its id. A purged line (payload null) or a batch whose key is gone yields `row: null`.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { isReason, type Reason, type RegistrationRow, type ResultCode } from '$lib/registration';
import type { Db } from '../../db';
import { batch, batchLine, rosterRequest } from '../../db/schema';
import { lineContext, loadBatchKeys, openSealed } from '../batch-keys';
import type { HintPayload } from '../roster-lookup';
import type { LineRequest } from './roster-request';

export interface ResultLine {
	line: number;
	code: ResultCode | null;
	reason: Reason | null;
	/** The submitted five fields; null once purged. */
	row: RegistrationRow | null;
	hint: HintPayload | null;
	/** Number of the list this line was corrected in. */
	correctedIn: { id: string; number: number } | null;
	/** Code 3/4, data still there, not corrected yet, no roster request pending. */
	correctable: boolean;
	/** The request to add the person to the roster, if one was made. */
	request: LineRequest | null;
	/** Code 3, data still there, not corrected, no request yet: "vraag toevoeging aan". */
	requestable: boolean;
}

interface LineQuery {
	code?: ResultCode | null;
	/** Paging. */
	limit?: number;
	offset?: number;
	/** Only these lines. */
	lines?: number[];
}

const asCode = (value: number | null): ResultCode | null =>
	value === 1 || value === 2 || value === 3 || value === 4 ? value : null;

/** Lines of the batch (filtered), in submitted order, decrypted while the data is kept. */
export async function readResultLines(
	db: Db,
	env: Pick<Env, 'BATCH_KEYS'>,
	batchId: string,
	query: LineQuery = {}
): Promise<ResultLine[]> {
	const correction = db.select({ id: batch.id, number: batch.number }).from(batch).as('correction');
	const rows = await db
		.select({
			line: batchLine.line,
			code: batchLine.code,
			reason: batchLine.reason,
			payload: batchLine.payload,
			hint: batchLine.hint,
			correctedId: correction.id,
			correctedNumber: correction.number,
			requestStatus: rosterRequest.status,
			requestedAt: rosterRequest.createdAt,
			requestDecidedAt: rosterRequest.decidedAt
		})
		.from(batchLine)
		.leftJoin(correction, eq(correction.id, batchLine.correctedInBatchId))
		.leftJoin(
			rosterRequest,
			and(eq(rosterRequest.batchId, batchLine.batchId), eq(rosterRequest.line, batchLine.line))
		)
		.where(
			and(
				eq(batchLine.batchId, batchId),
				query.code ? eq(batchLine.code, query.code) : undefined,
				query.lines
					? sql`${batchLine.line} in (select value from json_each(${JSON.stringify(query.lines)}))`
					: undefined
			)
		)
		.orderBy(asc(batchLine.line))
		.limit(query.limit ?? -1)
		.offset(query.offset ?? 0);
	const keys = rows.some((r) => r.payload) ? await loadBatchKeys(env.BATCH_KEYS, batchId) : null;
	return Promise.all(
		rows.map(async (r) => {
			const row = await openSealed<RegistrationRow>(
				keys,
				lineContext(batchId, r.line, 'payload'),
				r.payload
			);
			const code = asCode(r.code);
			const correctedIn =
				r.correctedId && r.correctedNumber !== null
					? { id: r.correctedId, number: r.correctedNumber }
					: null;
			const request: LineRequest | null =
				r.requestStatus && r.requestedAt
					? { status: r.requestStatus, createdAt: r.requestedAt, decidedAt: r.requestDecidedAt }
					: null;
			const available = row !== null && !correctedIn;
			return {
				line: r.line,
				code,
				reason: isReason(r.reason) ? r.reason : null,
				row,
				hint:
					code === 3
						? await openSealed<HintPayload>(keys, lineContext(batchId, r.line, 'hint'), r.hint)
						: null,
				correctedIn,
				correctable: (code === 3 || code === 4) && available && request?.status !== 'pending',
				request,
				requestable: code === 3 && available && !request
			};
		})
	);
}

/** Whether any line of the batch still keeps its data (false: purged, only counts remain). */
export async function keepsData(db: Db, batchId: string): Promise<boolean> {
	const found = await db
		.select({ line: batchLine.line })
		.from(batchLine)
		.where(and(eq(batchLine.batchId, batchId), isNotNull(batchLine.payload)))
		.limit(1)
		.get();
	return Boolean(found);
}
