import { and, eq, max } from 'drizzle-orm';
import type { Locale, MessageKey } from '$lib/i18n';
import { batchCostCents, type RegistrationRow } from '$lib/registration';
import { brusselsDate, promisedDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { auditEvent, batch, batchLine, type BatchStatus } from '../db/schema';
import { newId } from '../db/ids';
import { createBatchKeys, deleteBatchKeys, encryptJson, lineContext } from '../crypto/batch-keys';
import { linkLines } from './link-lines';
import { enqueueRanges, type LineRangeSender } from './message';
import { LINES_PER_MESSAGE, MESSAGES_PER_SEND, maxListRows } from './periods';
import { purgeCorrectedLines } from './retention';

export interface SubmitInput {
	employerId: string;
	submittedBy: string | null;
	consent: boolean;
	consentBy: string;
	rows: RegistrationRow[];
	correctionOf?: string | null;
	/** With correctionOf: the original's lines this list corrects (default: all its 3/4 lines). */
	correctedLines?: number[];
	source: 'grid' | 'api';
	idempotencyKey?: string | null;
	locale: Locale;
	now: Date;
}
export type SubmitErrorCode =
	'consent-required' | 'no-rows' | 'too-many-rows' | 'batch-not-found' | 'invalid-body';
export type SubmitResult =
	| {
			ok: true;
			batchId: string;
			number: number;
			rowCount: number;
			costCents: number;
			status: BatchStatus;
	  }
	| { ok: false; status: 400 | 404 | 413; code: SubmitErrorCode; messageKey: MessageKey };

const fail = (status: 400 | 404 | 413, code: SubmitErrorCode): SubmitResult => ({
	ok: false,
	status,
	code,
	messageKey: `api.error.${code}`
});

// Multi-row inserts: drizzle binds every column of batch_line (13) for each row, D1 allows 100
// bound values per statement.
const LINES_PER_INSERT = 7;
const STATEMENTS_PER_BATCH = 50;

async function existingBatch(
	db: Db,
	employerId: string,
	key: string
): Promise<SubmitResult | null> {
	const row = await db
		.select()
		.from(batch)
		.where(and(eq(batch.employerId, employerId), eq(batch.idempotencyKey, key)))
		.get();
	if (!row) return null;
	const { id, number, rowCount, costCents, status } = row;
	return { ok: true, batchId: id, number, rowCount, costCents, status };
}

const asRow = (row: RegistrationRow): RegistrationRow => ({
	lastName: String(row.lastName ?? ''),
	firstName: String(row.firstName ?? ''),
	postcode: String(row.postcode ?? ''),
	birthDate: String(row.birthDate ?? ''),
	email: String(row.email ?? '')
});

/**
 * Stores a list and queues it: checks consent and limits, freezes the cost, encrypts every line
 * under a fresh per-batch key (KV), writes batch + lines, enqueues line ranges. The grid's form
 * action and the API both call this; the caller has authorised `employerId`.
 */
export async function submitBatch(
	deps: { db: Db; env: Env; queue?: LineRangeSender },
	input: SubmitInput
): Promise<SubmitResult> {
	const { db, env } = deps;
	if (input.consent !== true) return fail(400, 'consent-required');
	if (!Array.isArray(input.rows)) return fail(400, 'invalid-body');
	if (input.rows.length === 0) return fail(400, 'no-rows');
	if (input.rows.length > maxListRows(env)) return fail(413, 'too-many-rows');
	const key = input.idempotencyKey?.trim() || null;
	if (key && key.length > 200) return fail(400, 'invalid-body');
	if (key) {
		const found = await existingBatch(db, input.employerId, key);
		if (found) return found;
	}
	if (input.correctionOf) {
		const original = await db
			.select({ id: batch.id })
			.from(batch)
			.where(and(eq(batch.id, input.correctionOf), eq(batch.employerId, input.employerId)))
			.get();
		if (!original) return fail(404, 'batch-not-found');
	}

	const { now } = input;
	const today = brusselsDate(now);
	const rows = input.rows.map(asRow);
	const rowCount = rows.length;
	const costCents = batchCostCents(rowCount);
	const batchId = newId();
	const keys = await createBatchKeys(env.BATCH_KEYS, batchId);
	const after = linkLines(rows, today);
	const lines = await Promise.all(
		rows.map(async (row, i) => ({
			id: newId(),
			batchId,
			line: i + 1,
			payload: await encryptJson(keys.aes, lineContext(batchId, i + 1, 'payload'), row),
			afterLine: after[i] ?? null
		}))
	);

	let number = 0;
	for (let attempt = 0; ; attempt++) {
		const last = await db
			.select({ n: max(batch.number) })
			.from(batch)
			.where(eq(batch.employerId, input.employerId))
			.get();
		number = (last?.n ?? 0) + 1;
		try {
			await db.insert(batch).values({
				id: batchId,
				employerId: input.employerId,
				number,
				submittedBy: input.submittedBy,
				source: input.source,
				status: 'queued',
				rowCount,
				costCents,
				consentBy: input.consentBy,
				consentAt: now,
				correctionOfId: input.correctionOf ?? null,
				idempotencyKey: key,
				locale: input.locale,
				receivedAt: now,
				promisedBy: promisedDate(today)
			});
			break;
		} catch (error) {
			// A concurrent submit took the number or the idempotency key: look again.
			if (key) {
				const found = await existingBatch(db, input.employerId, key);
				if (found) {
					await deleteBatchKeys(env.BATCH_KEYS, batchId);
					return found;
				}
			}
			if (attempt >= 4) throw error;
		}
	}

	try {
		const statements = [];
		for (let i = 0; i < lines.length; i += LINES_PER_INSERT) {
			statements.push(db.insert(batchLine).values(lines.slice(i, i + LINES_PER_INSERT)));
		}
		for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
			const [first, ...rest] = statements.slice(i, i + STATEMENTS_PER_BATCH);
			await db.batch([first!, ...rest]);
		}
	} catch (error) {
		// Never leave half a list behind: the batch (and its lines, by cascade) goes, and its key.
		await db.delete(batch).where(eq(batch.id, batchId));
		await deleteBatchKeys(env.BATCH_KEYS, batchId);
		throw error;
	}

	await db.insert(auditEvent).values({
		at: now,
		actorId: input.submittedBy,
		organizationId: input.employerId,
		action: 'batch.submitted',
		subjectType: 'batch',
		subjectId: batchId,
		detail: JSON.stringify({
			source: input.source,
			rowCount,
			costCents,
			consentBy: input.consentBy,
			correctionOf: input.correctionOf ?? null
		})
	});
	if (input.correctionOf) {
		await purgeCorrectedLines(db, env, {
			originalId: input.correctionOf,
			correctionId: batchId,
			now,
			lines: input.correctedLines
		});
	}
	// If enqueueing fails the lines stay pending and the daily run re-drives them.
	await enqueueRanges(
		deps.queue ?? (env.REGISTRATION as Queue<never>),
		batchId,
		lines.map((l) => l.line),
		LINES_PER_MESSAGE,
		MESSAGES_PER_SEND
	);
	return { ok: true, batchId, number, rowCount, costCents, status: 'queued' };
}
