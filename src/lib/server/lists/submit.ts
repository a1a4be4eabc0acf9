import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '$lib/i18n';
import { FIELDS, batchCostCents, isBlankRow, type RegistrationRow } from '$lib/registration';
import { brusselsDate, promisedDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { auditEvent, batch, batchLine, type BatchStatus } from '../db/schema';
import { newId } from '../db/ids';
import { hmacSha256Hex } from '../security/hash';
import { createBatchKeys, deleteBatchKeys, encryptJson, lineContext } from './batch-keys';
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
type SubmitErrorCode =
	| 'consent-required'
	| 'no-rows'
	| 'empty-row'
	| 'too-many-rows'
	| 'batch-not-found'
	| 'invalid-body'
	| 'idempotency-key-reused';
type FailStatus = 400 | 404 | 413 | 422;
export type SubmitResult =
	| {
			ok: true;
			batchId: string;
			number: number;
			rowCount: number;
			costCents: number;
			status: BatchStatus;
	  }
	| {
			ok: false;
			status: FailStatus;
			code: SubmitErrorCode;
			/** With 'empty-row': the first wholly empty line (1-based). */
			line?: number;
	  };

const fail = (status: FailStatus, code: SubmitErrorCode, line?: number): SubmitResult => ({
	ok: false,
	status,
	code,
	...(line ? { line } : {})
});

// Multi-row inserts: drizzle binds every column of batch_line (13) for each row, D1 allows 100
// bound values per statement.
const LINES_PER_INSERT = 7;
const STATEMENTS_PER_BATCH = 50;

/**
 * The answer already given for this key: the same batch as first accepted (202, queued), when
 * the submission is the same; 'idempotency-key-reused' when the key came with another list.
 * A batch from before fingerprints were kept (hash null) counts as the same.
 */
async function existingBatch(
	db: Db,
	employerId: string,
	key: string,
	hash: string
): Promise<SubmitResult | null> {
	const row = await db
		.select()
		.from(batch)
		.where(and(eq(batch.employerId, employerId), eq(batch.idempotencyKey, key)))
		.get();
	if (!row) return null;
	if (row.idempotencyHash !== null && row.idempotencyHash !== hash)
		return fail(422, 'idempotency-key-reused');
	const { id, number, rowCount, costCents } = row;
	return { ok: true, batchId: id, number, rowCount, costCents, status: 'queued' };
}

/**
 * What makes two submissions "the same" for an Idempotency-Key: the normalised lines and what
 * they correct. An HMAC under the server's secret, so the fingerprint kept in D1 cannot be used
 * to confirm a guessed list once the list itself is purged.
 */
function submissionHash(
	secret: string,
	rows: RegistrationRow[],
	input: Pick<SubmitInput, 'correctionOf' | 'correctedLines'>
): Promise<string> {
	// A line's language counts only when it has one, so fingerprints of lists without any stay.
	const lines = rows.map((row) => [
		...FIELDS.map((f) => row[f]),
		...(row.language ? [row.language] : [])
	]);
	const body = JSON.stringify({
		lines,
		correctionOf: input.correctionOf ?? null,
		correctedLines: input.correctedLines ?? null
	});
	return hmacSha256Hex(secret, `batch-submission:${body}`);
}

const asRow = (row: RegistrationRow): RegistrationRow => ({
	lastName: String(row.lastName ?? ''),
	firstName: String(row.firstName ?? ''),
	postcode: String(row.postcode ?? ''),
	birthDate: String(row.birthDate ?? ''),
	email: String(row.email ?? ''),
	// Kept in the encrypted line payload, never in a plain column or a queue message.
	...(row.language != null && String(row.language).trim() !== ''
		? { language: String(row.language) }
		: {})
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
	const rows = input.rows.map(asRow);
	// A wholly empty line is no line: refused before anything is stored or billed.
	const empty = rows.findIndex(isBlankRow);
	if (empty >= 0) return fail(400, 'empty-row', empty + 1);
	const key = input.idempotencyKey?.trim() || null;
	if (key && key.length > 200) return fail(400, 'invalid-body');
	const hash = key ? await submissionHash(env.AUTH_SECRET, rows, input) : null;
	if (key && hash) {
		const found = await existingBatch(db, input.employerId, key, hash);
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

	// The list number is allocated by the insert itself (one statement, so concurrent submits of
	// one employer each get the next number); the unique index on (employer, number) is the
	// backstop. A concurrent submit with the same Idempotency-Key inserts nothing here.
	const inserted = await db.get<{ number: number } | undefined>(sql`
		insert into ${batch} (id, employer_id, number, submitted_by, source, status, row_count,
			cost_cents, consent_by, consent_at, correction_of_id, idempotency_key, idempotency_hash,
			locale, received_at, promised_by)
		select ${batchId}, ${input.employerId}, coalesce(max(${batch.number}), 0) + 1,
			${input.submittedBy}, ${input.source}, 'queued', ${rowCount}, ${costCents},
			${input.consentBy}, ${now.getTime()}, ${input.correctionOf ?? null}, ${key}, ${hash},
			${input.locale}, ${now.getTime()}, ${promisedDate(today)}
		from ${batch} where ${batch.employerId} = ${input.employerId}
		on conflict (employer_id, idempotency_key) do nothing
		returning number`);
	if (!inserted) {
		await deleteBatchKeys(env.BATCH_KEYS, batchId);
		const found = key && hash ? await existingBatch(db, input.employerId, key, hash) : null;
		if (found) return found;
		throw new Error('batch insert conflicted without an idempotency key');
	}
	const { number } = inserted;

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
		organisationId: input.employerId,
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
