/**
 * The employer's home (/werkgever, issue 17 section 6): what needs attention in the current
 * organisation, in one D1 batch. Every query is scoped by the organisation id; names of people
 * only for roles that may see results (`withNames`), counts for everyone else.
 */
import { and, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import { brusselsDate } from '$lib/registration/deadline';
import type { Db } from '../../db';
import { batch, batchLine, invitation, user } from '../../db/schema';
import { recordAudit } from '../../audit';
import { issueStartPassword } from '../issue-credentials';
import { DAY_MS } from '../periods';

export interface HomeListInProgress {
	id: string;
	number: number;
	status: 'queued' | 'processing';
	rowCount: number;
	pending: number;
}

export interface HomeCorrection {
	batchId: string;
	number: number;
	/** Code-3/4 lines still keeping their data (not corrected, not purged). */
	lines: number;
	/** Whole days until the first of them is purged (its retainUntil; 0 = today). */
	daysLeft: number;
}

export interface HomeNotSignedIn {
	batchId: string;
	number: number;
	count: number;
	/** Only for roles that may see results; otherwise empty. */
	people: { id: string; name: string }[];
}

export interface EmployerHome {
	inProgress: HomeListInProgress[];
	corrections: HomeCorrection[];
	notSignedIn: HomeNotSignedIn[];
	costs: { year: string; cents: number; lists: number };
	invitations: { count: number; emails: string[] };
}

/** How many names per list the home shows at most (the results page has them all). */
const NAMES_PER_LIST = 10;

export async function employerHome(
	db: Db,
	input: { organisationId: string; now: Date; withNames: boolean }
): Promise<EmployerHome> {
	const { organisationId: org, now, withNames } = input;
	const year = brusselsDate(now).slice(0, 4);
	// A UTC window that surely holds the Brussels year; narrowed with brusselsDate below.
	const from = new Date(Date.UTC(Number(year), 0, 1) - DAY_MS);
	const to = new Date(Date.UTC(Number(year) + 1, 0, 1) + DAY_MS);

	const [busy, waiting, unsigned, yearBatches, invites] = await db.batch([
		db
			.select({
				id: batch.id,
				number: batch.number,
				status: batch.status,
				rowCount: batch.rowCount,
				doneCount: batch.doneCount
			})
			.from(batch)
			.where(and(eq(batch.employerId, org), ne(batch.status, 'completed')))
			.orderBy(desc(batch.number)),
		db
			.select({
				batchId: batch.id,
				number: batch.number,
				lines: sql<number>`count(*)`,
				firstPurge: sql<number>`min(${batchLine.retainUntil})`
			})
			.from(batchLine)
			.innerJoin(batch, eq(batch.id, batchLine.batchId))
			.where(
				and(
					eq(batch.employerId, org),
					eq(batch.status, 'completed'),
					eq(batchLine.state, 'done'),
					inArray(batchLine.code, [3, 4]),
					isNotNull(batchLine.payload),
					isNull(batchLine.correctedInBatchId),
					gt(batchLine.retainUntil, now)
				)
			)
			.groupBy(batch.id)
			.orderBy(sql`min(${batchLine.retainUntil})`),
		db
			.select({
				batchId: batch.id,
				number: batch.number,
				// (not user.id: two columns named `id` in one row confuse the batch's row mapping)
				id: batchLine.accountId,
				name: user.name
			})
			.from(batchLine)
			.innerJoin(batch, eq(batch.id, batchLine.batchId))
			.innerJoin(user, eq(user.id, batchLine.accountId))
			.where(
				and(
					eq(batch.employerId, org),
					eq(batchLine.code, 1),
					eq(user.employerId, org),
					eq(user.mustChangePassword, true)
				)
			)
			.orderBy(desc(batch.number), batchLine.line),
		db
			.select({ cents: batch.costCents, receivedAt: batch.receivedAt })
			.from(batch)
			.where(and(eq(batch.employerId, org), gte(batch.receivedAt, from), lt(batch.receivedAt, to))),
		db
			.select({ email: invitation.email })
			.from(invitation)
			.where(
				and(
					eq(invitation.organizationId, org),
					eq(invitation.status, 'pending'),
					gt(invitation.expiresAt, now)
				)
			)
			.orderBy(invitation.createdAt)
	]);

	const notSignedIn = new Map<string, HomeNotSignedIn>();
	for (const r of unsigned) {
		let entry = notSignedIn.get(r.batchId);
		if (!entry) {
			entry = { batchId: r.batchId, number: r.number, count: 0, people: [] };
			notSignedIn.set(r.batchId, entry);
		}
		entry.count++;
		if (withNames && entry.people.length < NAMES_PER_LIST)
			entry.people.push({ id: r.id ?? '', name: r.name });
	}
	const thisYear = yearBatches.filter((b) => brusselsDate(b.receivedAt).startsWith(`${year}-`));

	return {
		inProgress: busy.map((b) => ({
			id: b.id,
			number: b.number,
			status: b.status === 'queued' ? 'queued' : 'processing',
			rowCount: b.rowCount,
			pending: Math.max(0, b.rowCount - b.doneCount)
		})),
		corrections: waiting.map((w) => ({
			batchId: w.batchId,
			number: w.number,
			lines: w.lines,
			daysLeft: Math.max(0, Math.floor((Number(w.firstPurge) - now.getTime()) / DAY_MS))
		})),
		notSignedIn: [...notSignedIn.values()],
		costs: {
			year,
			cents: thisYear.reduce((sum, b) => sum + b.cents, 0),
			lists: thisYear.length
		},
		invitations: {
			count: invites.length,
			emails: withNames ? invites.map((i) => i.email) : []
		}
	};
}

/**
 * The employer sends a person it registered a new start password, at no cost: only someone
 * registered by a code-1 line of one of this organisation's lists, who never signed in.
 */
export async function resendStartPasswordAsEmployer(
	deps: { db: Db; env: Env },
	input: { organisationId: string; userId: string; actorId: string; now: Date }
): Promise<{ ok: true } | { ok: false; reason: 'not-pending' }> {
	const { db } = deps;
	const target = await db
		.select({ id: user.id })
		.from(user)
		.where(
			and(
				eq(user.id, input.userId),
				eq(user.employerId, input.organisationId),
				eq(user.kind, 'employee'),
				eq(user.status, 'pending'),
				eq(user.mustChangePassword, true),
				sql`exists (select 1 from batch_line l join batch b on b.id = l.batch_id
					where l.account_id = ${user.id} and l.code = 1 and b.employer_id = ${input.organisationId})`
			)
		)
		.get();
	if (!target) return { ok: false, reason: 'not-pending' };
	const issued = await issueStartPassword(deps, { userId: target.id, now: input.now });
	await recordAudit(db, {
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: 'account.start-password-resent',
		subjectType: 'user',
		subjectId: target.id,
		detail: { issue: issued.issue }
	});
	return { ok: true };
}
