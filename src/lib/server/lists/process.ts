/**
 * The queue consumer's work for one message: lines `from`–`to` of a batch, in the issue's
 * precedence — 4 (validation) → 3 (no single roster match of THIS employer, with an encrypted
 * hint) → 2 (the roster entry has an account, also one made by an earlier line of the list) →
 * 4 (e-mail used by another person) → 1 (account + start password + credential mail).
 *
 * Idempotent under redelivery: only `pending` lines are touched and only while still pending;
 * account ids are derived from line ids, so a retry recognises its own account; mails go out
 * once per idempotency key; the unique roster-entry and e-mail indexes on `user` settle races.
 */
import { and, between, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { isLocale } from '$lib/i18n';
import type { Reason, RegistrationRow } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { rawStatement } from '../db/raw';
import { batch, batchLine, organization } from '../db/schema';
import type { Mailer } from '../mail';
import { mailLocaleOf } from '../mail/templates/credential';
import { decryptJson, encryptJson, lineContext, loadBatchKeys } from './batch-keys';
import type { HintPayload } from './roster-lookup';
import { decideLines } from './decide-lines';
import { insertAccounts, sendCredentialMails, type NewAccount } from './create-accounts';
import { accountIdForLine, userIdForLine } from './ids';
import { injectFault } from './faults';
import type { LineRangeMessage } from './message';
import { retainUntil } from './periods';
import { completeBatchIfDone } from './complete';
import { partnerProvisioning } from '../partners';

export class PipelineError extends Error {
	constructor(readonly reason: 'batch-key-missing' | 'payload-missing') {
		super(reason);
		this.name = 'PipelineError';
	}
}

interface Outcome {
	code: 1 | 2 | 3 | 4;
	reason: Reason;
	accountId?: string | null;
	hint?: HintPayload | null;
}

type PendingLine = { id: string; line: number; payload: string | null; afterLine: number | null };
interface Context {
	db: Db;
	env: Env;
	mailer: Mailer;
	batchId: string;
	employerId: string;
	today: string;
	locale: string;
	employerName: string | null;
	keys: NonNullable<Awaited<ReturnType<typeof loadBatchKeys>>>;
	attempt: number;
	now: Date;
}

interface ProcessOutcome {
	processed: number;
	/** Lines that wait for an earlier line (another message): retry this message later. */
	waiting: number;
	completed: boolean;
}

export async function processLineRange(
	deps: { db: Db; env: Env; mailer: Mailer },
	message: LineRangeMessage,
	options: { attempt?: number; now: Date }
): Promise<ProcessOutcome> {
	const { db, env } = deps;
	const { now } = options;
	// One round trip: the batch (with its employer's language) and this range's pending lines.
	const [head, pending] = await db.batch([
		db
			.select({
				status: batch.status,
				employerId: batch.employerId,
				receivedAt: batch.receivedAt,
				doneCount: batch.doneCount,
				rowCount: batch.rowCount,
				locale: organization.locale,
				employerName: organization.name
			})
			.from(batch)
			.leftJoin(organization, eq(organization.id, batch.employerId))
			.where(eq(batch.id, message.batchId)),
		db
			.select({
				id: batchLine.id,
				line: batchLine.line,
				payload: batchLine.payload,
				afterLine: batchLine.afterLine
			})
			.from(batchLine)
			.where(
				and(
					eq(batchLine.batchId, message.batchId),
					between(batchLine.line, message.from, message.to),
					eq(batchLine.state, 'pending')
				)
			)
			.orderBy(batchLine.line)
	]);
	const found = head[0];
	// A completed list can get a pending line again: a roster request approved by staff
	// (backoffice/roster-requests.ts) sends that line back through the pipeline in the same list.
	if (!found || (found.status === 'completed' && pending.length === 0))
		return { processed: 0, waiting: 0, completed: !!found };
	let processed = 0;
	let remaining: PendingLine[] = pending;
	let allDone = found.doneCount >= found.rowCount;
	if (pending.length > 0) {
		const keys = await loadBatchKeys(env.BATCH_KEYS, message.batchId);
		if (!keys) throw new PipelineError('batch-key-missing');
		const ctx: Context = {
			...deps,
			batchId: message.batchId,
			employerId: found.employerId,
			today: brusselsDate(found.receivedAt),
			locale: found.locale ?? '',
			employerName: found.employerName ?? null,
			keys,
			attempt: options.attempt ?? 1,
			now
		};
		const inRange = new Set(pending.map((l) => l.line));
		const outside = [
			...new Set(pending.map((l) => l.afterLine).filter((n): n is number => n !== null))
		].filter((n) => !inRange.has(n));
		const doneOutside = new Set(
			outside.length === 0
				? []
				: (
						await db
							.select({ line: batchLine.line })
							.from(batchLine)
							.where(
								and(
									eq(batchLine.batchId, message.batchId),
									inArray(batchLine.line, outside),
									eq(batchLine.state, 'done')
								)
							)
					).map((r) => r.line)
		);
		const done = new Set<number>();
		for (let wave = 0; remaining.length > 0 && wave <= pending.length + 1; wave++) {
			const waiting = new Set(remaining.map((l) => l.line));
			const ready = remaining.filter(
				(l) =>
					l.afterLine === null ||
					done.has(l.afterLine) ||
					(doneOutside.has(l.afterLine) && !waiting.has(l.afterLine))
			);
			if (ready.length === 0) break;
			const wave = await processWave(ctx, ready);
			for (const line of wave.done) done.add(line);
			allDone = wave.allDone;
			remaining = remaining.filter((l) => !done.has(l.line));
		}
		processed = done.size;
	}
	injectFault(env, 'pipeline.before-completion', options.attempt ?? 1);
	// The batch row's counts say whether every line is done: no line is read for it.
	const completed = allDone && (await completeBatchIfDone(deps, message.batchId, now));
	return { processed, waiting: remaining.length, completed };
}

/**
 * Decides and records a set of independent lines; returns the line numbers now done and whether
 * the whole list is.
 */
async function processWave(
	ctx: Context,
	lines: PendingLine[]
): Promise<{ done: number[]; allDone: boolean }> {
	const { db, env, keys, batchId, today, now } = ctx;
	const outcomes = new Map<number, Outcome>();
	const raws: RegistrationRow[] = [];
	for (const line of lines) {
		if (line.payload === null) throw new PipelineError('payload-missing');
		raws.push(
			await decryptJson<RegistrationRow>(
				keys.aes,
				lineContext(batchId, line.line, 'payload'),
				line.payload
			)
		);
	}
	const userIds = new Map<number, string>();
	const ownUserId = async (i: number) => {
		const id = userIds.get(i) ?? (await userIdForLine(lines[i]!.id));
		userIds.set(i, id);
		return id;
	};
	const decisions = await decideLines(db, ctx.employerId, raws, today, ownUserId);
	const create: NewAccount[] = [];
	const resume: NewAccount[] = [];
	const lineOf = new Map<string, number>();
	for (const [i, decision] of decisions.entries()) {
		const line = lines[i]!;
		if (decision.kind === 'decided') {
			const { code, reason, accountId, hint } = decision;
			outcomes.set(line.line, { code, reason, accountId, hint });
			continue;
		}
		const userId = await ownUserId(i);
		const account: NewAccount = {
			userId,
			accountId: await accountIdForLine(line.id),
			rosterEntryId: decision.entryId,
			employerId: ctx.employerId,
			lastName: decision.row.lastName,
			firstName: decision.row.firstName,
			birthDate: decision.birth,
			postcode: decision.row.postcode,
			email: decision.row.email,
			language: decision.language
		};
		lineOf.set(userId, line.line);
		if (decision.resume) resume.push({ ...account, expiresAt: decision.resume.expiresAt });
		else create.push(account);
	}

	await markDuplicatesInList(db, batchId, outcomes);
	// Each line's validation and matching result is known; the first write that decides a line
	// (its account, then its code) comes next.
	injectFault(env, 'pipeline.after-validation', ctx.attempt);
	const locale = isLocale(ctx.locale) ? ctx.locale : 'nl';
	// The partner platforms get their own queue: a partner that is down never holds up the account
	// or its mail. Their links are written in the accounts' D1 batch, for the accounts that exist
	// afterwards (a redelivered line asks again harmlessly); the messages go after it.
	const partners = await partnerProvisioning(env, db, [
		...resume.map((a) => a.userId),
		...create.map((a) => a.userId)
	]);
	const written = await insertAccounts(
		db,
		env,
		keys.seed,
		create,
		locale,
		now,
		partners.statements
	);
	injectFault(env, 'pipeline.after-account-insert', ctx.attempt);
	const registered = [...resume, ...create.filter((a) => written.inserted.has(a.userId))];
	await partners.enqueue(written.after);
	await sendCredentialMails(
		ctx,
		keys.seed,
		registered,
		{ locale: mailLocaleOf(ctx.locale), name: ctx.employerName },
		ctx.attempt,
		now
	);
	for (const a of registered)
		outcomes.set(lineOf.get(a.userId)!, { code: 1, reason: 'registered', accountId: a.userId });

	// Every decided line in a few multi-row UPDATE … FROM (VALUES …) statements (6 parameters a
	// line, D1 binds at most 100), then the batch row's counts recomputed from its lines — in the
	// same D1 batch, so a poll that reads only the row sees them move together.
	const decided: SQL[] = [];
	for (const line of lines) {
		const outcome = outcomes.get(line.line);
		// A lost race (e-mail or roster entry taken meanwhile): decided again in the next wave.
		if (!outcome) continue;
		const hint = outcome.hint
			? await encryptJson(keys.aes, lineContext(batchId, line.line, 'hint'), outcome.hint)
			: null;
		const retain = retainUntil(outcome.code, now);
		decided.push(
			sql`(${line.id}, ${outcome.code}, ${outcome.reason}, ${outcome.accountId ?? null}, ${hint}, ${retain ? retain.getTime() : null})`
		);
	}
	const column = (c: { name: string }) => sql.identifier(c.name);
	const updates = [];
	for (let i = 0; i < decided.length; i += LINES_PER_UPDATE)
		updates.push(
			rawStatement(
				db,
				sql`update ${batchLine} set
					${column(batchLine.state)} = 'done',
					${column(batchLine.code)} = v.column2,
					${column(batchLine.reason)} = v.column3,
					${column(batchLine.accountId)} = v.column4,
					${column(batchLine.hint)} = v.column5,
					${column(batchLine.retainUntil)} = v.column6
				from (values ${sql.join(decided.slice(i, i + LINES_PER_UPDATE), sql`, `)}) as v
				where ${batchLine.id} = v.column1 and ${batchLine.state} = 'pending'`
			)
		);
	const statements: Statement[] = [...updates, refreshBatchCounts(db, batchId, now)];
	const results = await db.batch(statements as [Statement, ...Statement[]]);
	const row = (results.at(-1) as { doneCount: number; rowCount: number }[])[0];
	return { done: [...outcomes.keys()], allDone: !!row && row.doneCount >= row.rowCount };
}

type Statement = BatchItem<'sqlite'>;

/** 6 parameters a line: 16 lines an UPDATE. */
const LINES_PER_UPDATE = 16;

/**
 * The batch row's live counts (lines done, and per code) recomputed from its lines, and its
 * progress stamp. Recomputed, not incremented: a redelivery or a concurrent delivery that marks
 * nothing changes nothing, so the counts always equal the lines' codes.
 */
export function refreshBatchCounts(db: Db, batchId: string, now: Date) {
	const done = (code?: number) =>
		sql<number>`(select count(*) from ${batchLine} where ${batchLine.batchId} = ${batchId}
			and ${batchLine.state} = 'done'${code === undefined ? sql`` : sql` and ${batchLine.code} = ${code}`})`;
	return db
		.update(batch)
		.set({
			status: sql`case when ${batch.status} = 'queued' then 'processing' else ${batch.status} end`,
			// The re-drive and the "delayed" notice measure a list's progress from here.
			progressAt: now,
			doneCount: done(),
			count1: done(1),
			count2: done(2),
			count3: done(3),
			count4: done(4)
		})
		.where(eq(batch.id, batchId))
		.returning({ doneCount: batch.doneCount, rowCount: batch.rowCount });
}

/** Code-2 lines whose account was made by an earlier line of this same list: `duplicate-in-list`. */
async function markDuplicatesInList(db: Db, batchId: string, outcomes: Map<number, Outcome>) {
	const ids = [...outcomes.values()]
		.filter((o) => o.code === 2 && o.accountId)
		.map((o) => o.accountId!);
	if (ids.length === 0) return;
	const rows = await db
		.select({ accountId: batchLine.accountId })
		.from(batchLine)
		.where(
			and(eq(batchLine.batchId, batchId), eq(batchLine.code, 1), inArray(batchLine.accountId, ids))
		);
	const here = new Set(rows.map((r) => r.accountId));
	for (const o of outcomes.values())
		if (o.code === 2 && o.accountId && here.has(o.accountId)) o.reason = 'duplicate-in-list';
}
