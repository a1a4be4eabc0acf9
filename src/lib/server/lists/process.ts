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
import { and, between, eq, inArray } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import { validateRow, type Reason, type RegistrationRow } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../db';
import { batch, batchLine, organization, user } from '../db/schema';
import type { Mailer } from '../mail';
import { mailLocaleOf } from '../mail/templates/credential';
import { decryptJson, encryptJson, lineContext, loadBatchKeys } from './batch-keys';
import { matchAgainstRoster, type HintPayload } from './roster-lookup';
import { insertAccounts, sendCredentialMails, type NewAccount } from './create-accounts';
import { accountIdForLine, userIdForLine } from './ids';
import { injectFault } from './faults';
import type { LineRangeMessage } from './message';
import { retainUntil } from './periods';
import { completeBatchIfDone } from './complete';
import { requestPartnerProvisioning } from '../partners';

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
	keys: NonNullable<Awaited<ReturnType<typeof loadBatchKeys>>>;
	attempt: number;
	now: Date;
}

export interface ProcessOutcome {
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
	const found = await db
		.select({ status: batch.status, employerId: batch.employerId, receivedAt: batch.receivedAt })
		.from(batch)
		.where(eq(batch.id, message.batchId))
		.get();
	if (!found || found.status === 'completed')
		return { processed: 0, waiting: 0, completed: !!found };
	const pending: PendingLine[] = await db
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
		.orderBy(batchLine.line);
	let processed = 0;
	let remaining = pending;
	if (pending.length > 0) {
		const keys = await loadBatchKeys(env.BATCH_KEYS, message.batchId);
		if (!keys) throw new PipelineError('batch-key-missing');
		const org = await db
			.select({ locale: organization.locale })
			.from(organization)
			.where(eq(organization.id, found.employerId))
			.get();
		const ctx: Context = {
			...deps,
			batchId: message.batchId,
			employerId: found.employerId,
			today: brusselsDate(found.receivedAt),
			locale: org?.locale ?? '',
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
			for (const line of await processWave(ctx, ready)) done.add(line);
			remaining = remaining.filter((l) => !done.has(l.line));
		}
		processed = done.size;
	}
	injectFault(env, 'pipeline.before-completion', options.attempt ?? 1);
	const completed = await completeBatchIfDone(deps, message.batchId, now);
	return { processed, waiting: remaining.length, completed };
}

/** Decides and records a set of independent lines; returns the line numbers now done. */
async function processWave(ctx: Context, lines: PendingLine[]): Promise<number[]> {
	const { db, env, keys, batchId, today, now } = ctx;
	const outcomes = new Map<number, Outcome>();
	const valid: { line: PendingLine; row: RegistrationRow; birth: string }[] = [];
	for (const line of lines) {
		if (line.payload === null) throw new PipelineError('payload-missing');
		const raw = await decryptJson<RegistrationRow>(
			keys.aes,
			lineContext(batchId, line.line, 'payload'),
			line.payload
		);
		const check = validateRow(raw, { today });
		const problem = check.problems[0];
		if (problem) outcomes.set(line.line, { code: 4, reason: problem.reason });
		else valid.push({ line, row: check.row, birth: check.birthDateIso! });
	}

	const matches = await matchAgainstRoster(
		db,
		ctx.employerId,
		valid.map((v) => v.row),
		today
	);
	const matched: ((typeof valid)[number] & { entryId: string; userId: string })[] = [];
	for (const [i, v] of valid.entries()) {
		const m = matches[i]!;
		if (m.kind === 'ambiguous')
			outcomes.set(v.line.line, { code: 3, reason: 'ambiguous-roster-match' });
		else if (m.kind === 'none')
			outcomes.set(v.line.line, { code: 3, reason: 'not-in-roster', hint: m.hint });
		else matched.push({ ...v, entryId: m.entryId, userId: await userIdForLine(v.line.id) });
	}

	const columns = {
		id: user.id,
		email: user.email,
		rosterEntryId: user.rosterEntryId,
		expiresAt: user.startPasswordExpiresAt
	};
	const [byRoster, byEmail] =
		matched.length === 0
			? [[], []]
			: await db.batch([
					db
						.select(columns)
						.from(user)
						.where(
							inArray(
								user.rosterEntryId,
								matched.map((m) => m.entryId)
							)
						),
					db
						.select(columns)
						.from(user)
						.where(
							inArray(
								user.email,
								matched.map((m) => m.row.email)
							)
						)
				]);
	const rosterUser = new Map(byRoster.map((u) => [u.rosterEntryId, u]));
	const emailUser = new Map(byEmail.map((u) => [u.email, u]));
	const create: NewAccount[] = [];
	const resume: NewAccount[] = [];
	const lineOf = new Map<string, number>();
	for (const m of matched) {
		const account: NewAccount = {
			userId: m.userId,
			accountId: await accountIdForLine(m.line.id),
			rosterEntryId: m.entryId,
			employerId: ctx.employerId,
			lastName: m.row.lastName,
			firstName: m.row.firstName,
			birthDate: m.birth,
			postcode: m.row.postcode,
			email: m.row.email
		};
		lineOf.set(m.userId, m.line.line);
		const existing = rosterUser.get(m.entryId) ?? emailUser.get(m.row.email);
		if (existing?.id === m.userId) resume.push({ ...account, expiresAt: existing.expiresAt });
		else if (rosterUser.has(m.entryId)) {
			const other = rosterUser.get(m.entryId)!;
			outcomes.set(m.line.line, { code: 2, reason: 'already-active', accountId: other.id });
		} else if (emailUser.has(m.row.email))
			outcomes.set(m.line.line, { code: 4, reason: 'email-used-by-other' });
		else create.push(account);
	}

	await markDuplicatesInList(db, batchId, outcomes);
	// Each line's validation and matching result is known; the first write that decides a line
	// (its account, then its code) comes next.
	injectFault(env, 'pipeline.after-validation', ctx.attempt);
	const locale = isLocale(ctx.locale) ? ctx.locale : 'nl';
	const inserted = await insertAccounts(db, env, keys.seed, create, locale, now);
	injectFault(env, 'pipeline.after-account-insert', ctx.attempt);
	const registered = [...resume, ...create.filter((a) => inserted.has(a.userId))];
	// The partner platforms get their own queue: a partner that is down never holds up the account
	// or its mail. Idempotent, so a redelivered line asks again harmlessly.
	for (const a of registered) await requestPartnerProvisioning(env, db, a.userId);
	await sendCredentialMails(ctx, keys.seed, registered, mailLocaleOf(ctx.locale), ctx.attempt, now);
	for (const a of registered)
		outcomes.set(lineOf.get(a.userId)!, { code: 1, reason: 'registered', accountId: a.userId });

	const updates = [];
	for (const line of lines) {
		const outcome = outcomes.get(line.line);
		// A lost race (e-mail or roster entry taken meanwhile): decided again in the next wave.
		if (!outcome) continue;
		const hint = outcome.hint
			? await encryptJson(keys.aes, lineContext(batchId, line.line, 'hint'), outcome.hint)
			: null;
		updates.push(
			db
				.update(batchLine)
				.set({
					state: 'done',
					code: outcome.code,
					reason: outcome.reason,
					accountId: outcome.accountId ?? null,
					hint,
					retainUntil: retainUntil(outcome.code, now)
				})
				.where(and(eq(batchLine.id, line.id), eq(batchLine.state, 'pending')))
		);
	}
	await db.batch([
		db
			.update(batch)
			.set({ status: 'processing' })
			.where(and(eq(batch.id, batchId), eq(batch.status, 'queued'))),
		// The re-drive and the "delayed" notice measure a list's progress from here.
		db.update(batch).set({ progressAt: now }).where(eq(batch.id, batchId)),
		...updates
	]);
	return [...outcomes.keys()];
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
