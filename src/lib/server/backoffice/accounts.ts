/** Accounts for staff: find by e-mail or id, search within an employer, disable, resend a start password. */
import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { contains } from '../db/like';
import type { Db } from '../db';
import { issueStartPassword } from '../lists/issue-credentials';
import { requestPartnerDeprovisioning } from '../partners';
import { organization, session, user, verification } from '../db/schema';
import { recordAudit } from '../audit';

/** What staff see of an account's state. */
export type AccountState =
	'start-password-pending' | 'start-password-expired' | 'active' | 'disabled';

export function accountState(
	row: { status: string; mustChangePassword: boolean; startPasswordExpiresAt: Date | null },
	now: Date
): AccountState {
	if (row.status === 'disabled') return 'disabled';
	if (row.status === 'pending' || row.mustChangePassword) {
		return row.startPasswordExpiresAt && row.startPasswordExpiresAt.getTime() < now.getTime()
			? 'start-password-expired'
			: 'start-password-pending';
	}
	return 'active';
}

interface AccountView {
	id: string;
	name: string;
	email: string;
	kind: string;
	state: AccountState;
	employerId: string | null;
	employerName: string | null;
	createdAt: Date;
	startPasswordExpiresAt: Date | null;
}

const accountColumns = {
	id: user.id,
	name: user.name,
	email: user.email,
	kind: user.kind,
	status: user.status,
	mustChangePassword: user.mustChangePassword,
	startPasswordExpiresAt: user.startPasswordExpiresAt,
	employerId: user.employerId,
	employerName: organization.name,
	createdAt: user.createdAt
};

type AccountRow = { [K in keyof typeof accountColumns]: (typeof accountColumns)[K]['_']['data'] };

function view(row: AccountRow, now: Date): AccountView {
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		kind: row.kind,
		state: accountState(row, now),
		employerId: row.employerId,
		employerName: row.employerName,
		createdAt: row.createdAt,
		startPasswordExpiresAt: row.startPasswordExpiresAt
	};
}

async function findAccount(db: Db, where: SQL, now: Date): Promise<AccountView | null> {
	const row = await db
		.select(accountColumns)
		.from(user)
		.leftJoin(organization, eq(user.employerId, organization.id))
		.where(where)
		.get();
	return row ? view(row as AccountRow, now) : null;
}

export function findAccountByEmail(db: Db, email: string, now: Date) {
	return findAccount(db, eq(user.email, email.trim().toLowerCase()), now);
}

export function findAccountById(db: Db, id: string, now: Date) {
	return findAccount(db, eq(user.id, id), now);
}

const ACCOUNT_SEARCH_LIMIT = 50;

/**
 * Employee accounts of one employer whose name or e-mail address contains `term` (the term's
 * wildcards taken literally, sent as a parameter), by name; at most ACCOUNT_SEARCH_LIMIT, and
 * `more` when there were more.
 */
export async function searchAccounts(
	db: Db,
	input: { employerId: string; term: string; now: Date }
): Promise<{ accounts: AccountView[]; more: boolean }> {
	const rows = await db
		.select(accountColumns)
		.from(user)
		.leftJoin(organization, eq(user.employerId, organization.id))
		.where(
			and(
				eq(user.employerId, input.employerId),
				eq(user.kind, 'employee'),
				or(contains(user.name, input.term), contains(user.email, input.term))
			)
		)
		.orderBy(asc(user.name), asc(user.email))
		.limit(ACCOUNT_SEARCH_LIMIT + 1);
	return {
		accounts: rows.slice(0, ACCOUNT_SEARCH_LIMIT).map((r) => view(r as AccountRow, input.now)),
		more: rows.length > ACCOUNT_SEARCH_LIMIT
	};
}

/** Disables an employee account and ends all its sessions. Staff accounts are not disabled here. */
export async function disableAccount(
	deps: { db: Db; env: Env },
	userId: string,
	actorId: string
): Promise<boolean> {
	const { db, env } = deps;
	const target = await db
		.select({ kind: user.kind, employerId: user.employerId })
		.from(user)
		.where(eq(user.id, userId))
		.get();
	if (!target || target.kind === 'staff') return false;
	await db.batch([
		db.update(user).set({ status: 'disabled' }).where(eq(user.id, userId)),
		db.delete(session).where(eq(session.userId, userId)),
		// pending reset links and two-factor challenges (their value is the user's id)
		db.delete(verification).where(eq(verification.value, userId))
	]);
	await recordAudit(db, {
		actorId,
		organisationId: target.employerId,
		action: 'account.disable',
		subjectType: 'user',
		subjectId: userId
	});
	await requestPartnerDeprovisioning(env, db, userId);
	return true;
}

/**
 * Sends a new start password (staff action): a fresh start password and credential mail through
 * the pipeline's issueStartPassword; only employee accounts that never set their own password.
 */
export async function resendStartPassword(
	deps: { db: Db; env: Env },
	userId: string,
	actorId: string,
	now: Date
): Promise<{ ok: false; reason: 'not-pending' } | { ok: true }> {
	const target = await deps.db
		.select({ kind: user.kind, status: user.status, employerId: user.employerId })
		.from(user)
		.where(eq(user.id, userId))
		.get();
	if (!target || target.kind !== 'employee' || target.status !== 'pending')
		return { ok: false, reason: 'not-pending' };
	const issued = await issueStartPassword(deps, { userId, now });
	await recordAudit(deps.db, {
		actorId,
		organisationId: target.employerId,
		action: 'account.start-password-resent',
		subjectType: 'user',
		subjectId: userId,
		detail: { issue: issued.issue }
	});
	return { ok: true };
}
