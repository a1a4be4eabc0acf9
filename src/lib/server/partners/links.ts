import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db';
import { partnerLink, user, type PartnerLinkStatus } from '../db/schema';
import { partnerConfigs, partnerName, type PartnerId } from './config';
import { backoffSeconds } from './consumer';

/** A queue message: ids only. The link row decides what to do (provision or remove). */
export interface PartnerMessage {
	accountId: string;
	partner: PartnerId;
}

export interface PartnerStatus {
	partner: PartnerId;
	name: string;
	status: PartnerLinkStatus;
}

type Statement = BatchItem<'sqlite'>;

async function run(db: Db, statements: Statement[]) {
	if (statements.length > 0) await db.batch(statements as [Statement, ...Statement[]]);
}

async function enqueue(env: Env, messages: PartnerMessage[]) {
	if (messages.length > 0) await env.PARTNERS.sendBatch(messages.map((body) => ({ body })));
}

/** A link set back to pending; stamped when it is used (a constant would carry the isolate's start). */
const restart = () =>
	({ status: 'pending', attempts: 0, lastError: null, updatedAt: new Date() }) as const;

/**
 * Call once the YOU-P account exists (code 1). Records "pending" per enabled partner ("not-enabled"
 * for the others) and enqueues one message per partner; safe to call again (an active link stays
 * as it is, a pending one is enqueued again, which the consumer deduplicates). Throws only when
 * D1 or the queue is unavailable — never because a partner is down.
 */
export async function requestPartnerProvisioning(
	env: Env,
	db: Db,
	accountId: string
): Promise<void> {
	const existing = await db.select().from(partnerLink).where(eq(partnerLink.accountId, accountId));
	const statements: Statement[] = [];
	const messages: PartnerMessage[] = [];
	for (const config of await partnerConfigs(env)) {
		const row = existing.find((link) => link.partner === config.id);
		if (!config.enabled) {
			if (!row)
				statements.push(
					db.insert(partnerLink).values({ accountId, partner: config.id, status: 'not-enabled' })
				);
			continue;
		}
		if (row?.desired === 'active' && row.status === 'active') continue;
		if (!(row?.desired === 'active' && row.status === 'pending'))
			statements.push(
				db
					.insert(partnerLink)
					.values({ accountId, partner: config.id, desired: 'active', status: 'pending' })
					.onConflictDoUpdate({
						target: [partnerLink.accountId, partnerLink.partner],
						set: { desired: 'active', ...restart() }
					})
			);
		messages.push({ accountId, partner: config.id });
	}
	await run(db, statements);
	await enqueue(env, messages);
}

/** Call when an account is disabled: every partner that has (or may have) it removes it. */
export async function requestPartnerDeprovisioning(
	env: Env,
	db: Db,
	accountId: string
): Promise<void> {
	const rows = await db
		.update(partnerLink)
		.set({ desired: 'disabled', ...restart() })
		.where(
			and(
				eq(partnerLink.accountId, accountId),
				ne(partnerLink.status, 'not-enabled'),
				sql`not (${partnerLink.desired} = 'disabled' and ${partnerLink.status} = 'disabled')`
			)
		)
		.returning({ partner: partnerLink.partner });
	await enqueue(
		env,
		rows.map((row) => ({ accountId, partner: row.partner }))
	);
}

/** The account's partner statuses, for /mijn and for staff. */
export async function partnerStatusesFor(db: Db, accountId: string): Promise<PartnerStatus[]> {
	const rows = await db
		.select({ partner: partnerLink.partner, status: partnerLink.status })
		.from(partnerLink)
		.where(eq(partnerLink.accountId, accountId));
	return rows
		.map((row) => ({ ...row, name: partnerName(row.partner) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Links that gave up after the retries (staff see these and can retry them). */
export function partnerFailures(db: Db, limit = 200) {
	return db
		.select({
			accountId: partnerLink.accountId,
			partner: partnerLink.partner,
			desired: partnerLink.desired,
			attempts: partnerLink.attempts,
			lastError: partnerLink.lastError,
			updatedAt: partnerLink.updatedAt,
			name: user.name,
			email: user.email
		})
		.from(partnerLink)
		.leftJoin(user, eq(user.id, partnerLink.accountId))
		.where(eq(partnerLink.status, 'failed'))
		.orderBy(desc(partnerLink.updatedAt))
		.limit(limit);
}

/**
 * Links still being retried: pending after at least one failed attempt. The next try is the
 * consumer's own backoff after the last attempt (consumer.ts backoffSeconds), the error its class.
 */
export async function partnerRetrying(db: Db, limit = 200) {
	const rows = await db
		.select({
			accountId: partnerLink.accountId,
			partner: partnerLink.partner,
			desired: partnerLink.desired,
			attempts: partnerLink.attempts,
			lastError: partnerLink.lastError,
			updatedAt: partnerLink.updatedAt,
			name: user.name,
			email: user.email
		})
		.from(partnerLink)
		.leftJoin(user, eq(user.id, partnerLink.accountId))
		.where(and(eq(partnerLink.status, 'pending'), gt(partnerLink.attempts, 0)))
		.orderBy(asc(partnerLink.updatedAt))
		.limit(limit);
	return rows
		.filter((row) => row.lastError !== null)
		.map((row) => ({
			...row,
			nextTryAt: new Date(row.updatedAt.getTime() + backoffSeconds(row.attempts) * 1000)
		}));
}

/** How many links each partner has per status. */
export function partnerSummary(db: Db) {
	return db
		.select({
			partner: partnerLink.partner,
			status: partnerLink.status,
			count: sql<number>`count(*)`
		})
		.from(partnerLink)
		.groupBy(partnerLink.partner, partnerLink.status);
}

/** Staff retry: a failed (or stuck pending) link starts over with a fresh attempt budget. */
export async function retryPartner(
	env: Env,
	db: Db,
	accountId: string,
	partner: PartnerId
): Promise<boolean> {
	const row = await db
		.update(partnerLink)
		.set(restart())
		.where(
			and(
				eq(partnerLink.accountId, accountId),
				eq(partnerLink.partner, partner),
				inArray(partnerLink.status, ['failed', 'pending'])
			)
		)
		.returning({ partner: partnerLink.partner })
		.get();
	if (!row) return false;
	await enqueue(env, [{ accountId, partner }]);
	return true;
}
