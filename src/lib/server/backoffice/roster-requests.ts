/**
 * Staff decide the employers' roster requests (lists/results/roster-request.ts). Approval adds
 * the line's person to the employer's roster and puts the line back on the queue AS PART OF THE
 * SAME LIST: no new list, no new charge (the line was paid for). The decision is one D1 batch
 * whose first statement claims the request (`… WHERE status = 'pending'`); everything after it
 * runs only for the decision that won the claim, so two staff deciding at once cannot both act.
 * The employer's remark is erased in that same statement.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { isLocale } from '$lib/i18n';
import { matchingKey, validateRow, type RegistrationRow } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import { auditValues } from '../audit';
import type { Db } from '../db';
import { newId } from '../db/ids';
import { rawStatement } from '../db/raw';
import { batch, batchLine, organization, rosterRequest, user, auditEvent } from '../db/schema';
import { getMailer, sendOnce } from '../mail';
import { rosterRequestDecidedMail } from '../mail/templates/roster-request';
import { lineContext, loadBatchKeys, openSealed, type BatchKeys } from '../lists/batch-keys';
import { enqueueRanges, type LineRangeSender } from '../lists/message';
import { refreshBatchCounts } from '../lists/process';

export interface PendingRosterRequest {
	id: string;
	employerName: string;
	batchId: string;
	number: number;
	line: number;
	createdAt: Date;
	/** The line's five fields; null once the line's data is gone. */
	row: RegistrationRow | null;
	remark: string | null;
}

/** Every pending request, oldest first, with the person's data for the decision. */
export async function listPendingRosterRequests(
	db: Db,
	env: Pick<Env, 'BATCH_KEYS'>,
	limit = 200
): Promise<PendingRosterRequest[]> {
	const rows = await db
		.select({
			id: rosterRequest.id,
			employerName: organization.name,
			batchId: rosterRequest.batchId,
			number: batch.number,
			line: rosterRequest.line,
			createdAt: rosterRequest.createdAt,
			remark: rosterRequest.remark,
			payload: batchLine.payload
		})
		.from(rosterRequest)
		.innerJoin(batch, eq(batch.id, rosterRequest.batchId))
		.innerJoin(organization, eq(organization.id, rosterRequest.employerId))
		.leftJoin(
			batchLine,
			and(eq(batchLine.batchId, rosterRequest.batchId), eq(batchLine.line, rosterRequest.line))
		)
		.where(eq(rosterRequest.status, 'pending'))
		.orderBy(asc(rosterRequest.createdAt), desc(rosterRequest.id))
		.limit(limit);
	const keys = new Map<string, BatchKeys | null>();
	for (const id of new Set(rows.map((r) => r.batchId)))
		keys.set(id, await loadBatchKeys(env.BATCH_KEYS, id));
	return Promise.all(
		rows.map(async ({ payload, remark, ...r }) => {
			const k = keys.get(r.batchId) ?? null;
			return {
				...r,
				row: await openSealed<RegistrationRow>(
					k,
					lineContext(r.batchId, r.line, 'payload'),
					payload
				),
				remark: await openSealed<string>(k, lineContext(r.batchId, r.line, 'remark'), remark)
			};
		})
	);
}

export type DecideOutcome =
	| { ok: true; approved: boolean }
	| { ok: false; reason: 'not-found' | 'already-decided' | 'unusable' };

/** Approves or refuses one request; tells the employer's member who asked (mail, ids only). */
export async function decideRosterRequest(
	deps: { db: Db; env: Env; queue?: LineRangeSender },
	input: { requestId: string; actorId: string; approve: boolean; now: Date }
): Promise<DecideOutcome> {
	const { db, env } = deps;
	const { now, actorId } = input;
	const found = await db
		.select({
			id: rosterRequest.id,
			status: rosterRequest.status,
			employerId: rosterRequest.employerId,
			batchId: rosterRequest.batchId,
			line: rosterRequest.line,
			requestedBy: rosterRequest.requestedBy,
			number: batch.number,
			receivedAt: batch.receivedAt,
			payload: batchLine.payload
		})
		.from(rosterRequest)
		.innerJoin(batch, eq(batch.id, rosterRequest.batchId))
		.leftJoin(
			batchLine,
			and(eq(batchLine.batchId, rosterRequest.batchId), eq(batchLine.line, rosterRequest.line))
		)
		.where(eq(rosterRequest.id, input.requestId))
		.get();
	if (!found) return { ok: false, reason: 'not-found' };
	if (found.status !== 'pending') return { ok: false, reason: 'already-decided' };
	// The claim: only the decision whose UPDATE finds the request still pending goes on.
	const claim = (status: 'approved' | 'rejected' | 'expired') =>
		db
			.update(rosterRequest)
			.set({ status, remark: null, decidedBy: actorId, decidedAt: now })
			.where(and(eq(rosterRequest.id, found.id), eq(rosterRequest.status, 'pending')))
			.returning({ id: rosterRequest.id });
	const audit = (action: string) =>
		db.insert(auditEvent).values({
			id: newId(),
			...auditValues({
				actorId,
				organisationId: found.employerId,
				action,
				subjectType: 'roster_request',
				subjectId: found.id,
				detail: { batchId: found.batchId, line: found.line },
				at: now
			})
		});

	if (!input.approve) {
		const [claimed] = await db.batch([claim('rejected'), audit('roster-request.reject')]);
		if (claimed.length === 0) return { ok: false, reason: 'already-decided' };
		await tellEmployer(deps, found, false, now);
		return { ok: true, approved: false };
	}

	const keys = await loadBatchKeys(env.BATCH_KEYS, found.batchId);
	const raw = await openSealed<RegistrationRow>(
		keys,
		lineContext(found.batchId, found.line, 'payload'),
		found.payload
	);
	const check = raw ? validateRow(raw, { today: brusselsDate(found.receivedAt) }) : null;
	if (!check || check.problems.length > 0 || !check.birthDateIso) {
		// The line's data is gone (purged, corrected) or no longer a person: the request closes.
		const [claimed] = await db.batch([claim('expired')]);
		return claimed.length === 0
			? { ok: false, reason: 'already-decided' }
			: { ok: false, reason: 'unusable' };
	}
	const person = {
		lastName: check.row.lastName,
		firstName: check.row.firstName,
		birthDate: check.birthDateIso,
		postcode: check.row.postcode,
		email: check.row.email || null
	};
	const matchKey = matchingKey(person);
	const won = sql`exists (select 1 from roster_request r where r.id = ${found.id}
		and r.status = 'approved' and r.decided_by = ${actorId} and r.decided_at = ${now.getTime()})`;
	const [claimed] = await db.batch([
		claim('approved'),
		// The person, unless the roster already has them (another way in meanwhile).
		rawStatement(
			db,
			sql`insert into roster_entry (id, employer_id, last_name, first_name, birth_date, postcode,
					email, match_key, created_at, updated_at)
				select ${newId()}, ${found.employerId}, ${person.lastName}, ${person.firstName},
					${person.birthDate}, ${person.postcode}, ${person.email}, ${matchKey},
					${now.getTime()}, ${now.getTime()}
				where ${won} and not exists (select 1 from roster_entry e
					where e.employer_id = ${found.employerId} and e.match_key = ${matchKey})`
		),
		db
			.update(rosterRequest)
			.set({
				rosterEntryId: sql`(select e.id from roster_entry e where e.employer_id = ${found.employerId}
					and e.match_key = ${matchKey} limit 1)`
			})
			.where(and(eq(rosterRequest.id, found.id), won)),
		// The line goes back to pending in its own list; its cost stays what it was.
		db
			.update(batchLine)
			.set({
				state: 'pending',
				code: null,
				reason: null,
				hint: null,
				accountId: null,
				retainUntil: null
			})
			.where(
				and(
					eq(batchLine.batchId, found.batchId),
					eq(batchLine.line, found.line),
					eq(batchLine.state, 'done'),
					eq(batchLine.code, 3),
					sql`${batchLine.payload} is not null and ${batchLine.correctedInBatchId} is null`,
					won
				)
			),
		refreshBatchCounts(db, found.batchId, now),
		audit('roster-request.approve')
	]);
	if (claimed.length === 0) return { ok: false, reason: 'already-decided' };
	// A lost message is re-driven by the cron (lists/redrive.ts: pending lines of any list).
	await enqueueRanges(
		deps.queue ?? (env.REGISTRATION as Queue<never>),
		found.batchId,
		[found.line],
		1,
		1
	);
	await tellEmployer(deps, found, true, now);
	return { ok: true, approved: true };
}

async function tellEmployer(
	deps: { db: Db; env: Env },
	request: {
		id: string;
		requestedBy: string | null;
		batchId: string;
		number: number;
		line: number;
	},
	approved: boolean,
	now: Date
) {
	const { db, env } = deps;
	if (!request.requestedBy) return;
	const to = await db
		.select({ email: user.email, locale: user.locale })
		.from(user)
		.where(eq(user.id, request.requestedBy))
		.get();
	if (!to) return;
	await sendOnce(
		db,
		getMailer(env, db),
		{
			idempotencyKey: `roster-request:${request.id}`,
			to: to.email,
			...rosterRequestDecidedMail({
				locale: isLocale(to.locale) ? to.locale : null,
				approved,
				batchId: request.batchId,
				number: request.number,
				line: request.line,
				env
			})
		},
		{ now }
	);
}
