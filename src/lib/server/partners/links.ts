import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db';
import { rawStatement } from '../db/raw';
import { newId } from '../db/ids';
import { partnerLink, user, type PartnerLinkStatus } from '../db/schema';
import { partnerConfigs, partnerName, type PartnerId } from './config';
import { backoffSeconds } from './attempt';

/**
 * A queue message: ids only. The link row decides what to do (provision or remove). One message
 * carries the accounts of one partner from one list chunk (`accountIds`), so a list of 10,000
 * lines is 400 messages, not 20,000; a single `accountId` is the older shape, still accepted.
 */
export type PartnerMessage = { partner: PartnerId } & (
	{ accountId: string; accountIds?: undefined } | { accountIds: string[]; accountId?: undefined }
);

export interface PartnerStatus {
	partner: PartnerId;
	name: string;
	status: PartnerLinkStatus;
}

type Statement = BatchItem<'sqlite'>;

/** Queue messages per partner, at most this many accounts each (the partner consumer loops). */
const ACCOUNTS_PER_PARTNER_MESSAGE = 50;

async function enqueue(env: Env, messages: PartnerMessage[]) {
	if (messages.length > 0) await env.PARTNERS.sendBatch(messages.map((body) => ({ body })));
}

/** Links to (re)enqueue, grouped per partner into messages of at most ACCOUNTS_PER_PARTNER_MESSAGE. */
function groupMessages(links: { accountId: string; partner: PartnerId }[]): PartnerMessage[] {
	const byPartner = new Map<PartnerId, string[]>();
	for (const link of links)
		byPartner.set(link.partner, [...(byPartner.get(link.partner) ?? []), link.accountId]);
	const messages: PartnerMessage[] = [];
	for (const [partner, ids] of byPartner)
		for (let i = 0; i < ids.length; i += ACCOUNTS_PER_PARTNER_MESSAGE)
			messages.push({ partner, accountIds: ids.slice(i, i + ACCOUNTS_PER_PARTNER_MESSAGE) });
	return messages;
}

/** A link set back to pending; stamped when it is used (a constant would carry the isolate's start). */
const restart = () =>
	({ status: 'pending', attempts: 0, lastError: null, updatedAt: new Date() }) as const;

/** D1 binds at most 100 parameters per statement. */
const ROWS_PER_INSERT = 45; // 2 parameters a row, 4 a statement
const IDS_PER_SELECT = 90;

const chunk = <T>(items: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);

/**
 * The set-based half of provisioning, for callers that put it in a D1 batch of their own (the
 * list pipeline writes it with the accounts): per partner one `INSERT … SELECT` over the accounts
 * that exist, then one select of the links that are to be enqueued. Give `enqueue` the results
 * of `statements` (in order) after the batch ran.
 */
export async function partnerProvisioning(
	env: Env,
	db: Db,
	accountIds: string[]
): Promise<{
	statements: Statement[];
	enqueue: (results: unknown[]) => Promise<void>;
}> {
	if (accountIds.length === 0) return { statements: [], enqueue: async () => {} };
	const statements: Statement[] = [];
	const enabled: PartnerId[] = [];
	const stamp = restart().updatedAt;
	for (const config of await partnerConfigs(env)) {
		if (config.enabled) enabled.push(config.id);
		for (const part of chunk(accountIds, ROWS_PER_INSERT)) {
			// (new link id, account id) pairs; only accounts that exist get a link.
			const pairs = sql.join(
				part.map((accountId) => sql`(${newId()}, ${accountId})`),
				sql`, `
			);
			const values = config.enabled ? sql`'active', 'pending', 0` : sql`'active', 'not-enabled', 0`;
			// An active link stays as it is, a pending one is only enqueued again; anything else
			// (failed, disabled) starts over.
			const conflict = config.enabled
				? sql`on conflict (${sql.identifier(partnerLink.accountId.name)}, ${sql.identifier(partnerLink.partner.name)})
					do update set ${sql.identifier(partnerLink.desired.name)} = 'active',
						${sql.identifier(partnerLink.status.name)} = 'pending',
						${sql.identifier(partnerLink.attempts.name)} = 0,
						${sql.identifier(partnerLink.lastError.name)} = null,
						${sql.identifier(partnerLink.updatedAt.name)} = ${stamp.getTime()}
					where not (${partnerLink.desired} = 'active' and ${partnerLink.status} in ('active', 'pending'))`
				: sql`on conflict do nothing`;
			statements.push(
				rawStatement(
					db,
					sql`insert into ${partnerLink} (
						${sql.identifier(partnerLink.id.name)}, ${sql.identifier(partnerLink.accountId.name)},
						${sql.identifier(partnerLink.partner.name)}, ${sql.identifier(partnerLink.desired.name)},
						${sql.identifier(partnerLink.status.name)}, ${sql.identifier(partnerLink.attempts.name)},
						${sql.identifier(partnerLink.createdAt.name)}, ${sql.identifier(partnerLink.updatedAt.name)})
					select v.column1, v.column2, ${config.id}, ${values}, ${stamp.getTime()}, ${stamp.getTime()}
					from (values ${pairs}) as v
					where exists (select 1 from ${user} where ${user.id} = v.column2)
					${conflict}`
				)
			);
		}
	}
	const selects =
		enabled.length === 0
			? []
			: chunk(accountIds, IDS_PER_SELECT).map((part) =>
					db
						.select({ accountId: partnerLink.accountId, partner: partnerLink.partner })
						.from(partnerLink)
						.where(
							and(
								inArray(partnerLink.accountId, part),
								inArray(partnerLink.partner, enabled),
								eq(partnerLink.desired, 'active'),
								eq(partnerLink.status, 'pending')
							)
						)
				);
	const first = statements.length;
	return {
		statements: [...statements, ...selects],
		enqueue: async (results) => {
			const links = results.slice(first).flat() as { accountId: string; partner: PartnerId }[];
			await enqueue(env, groupMessages(links));
		}
	};
}

/**
 * Call once the YOU-P account exists (code 1). Records "pending" per enabled partner ("not-enabled"
 * for the others) and enqueues the links to provision; safe to call again (an active link stays
 * as it is, a pending one is enqueued again, which the consumer deduplicates). One D1 round trip
 * and one `sendBatch` for any number of accounts. Throws only when D1 or the queue is
 * unavailable — never because a partner is down.
 */
export async function requestPartnerProvisioning(
	env: Env,
	db: Db,
	accountIds: string | string[]
): Promise<void> {
	const ids = typeof accountIds === 'string' ? [accountIds] : accountIds;
	const plan = await partnerProvisioning(env, db, ids);
	if (plan.statements.length === 0) return;
	const results = await db.batch(plan.statements as [Statement, ...Statement[]]);
	await plan.enqueue(results);
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

/** What staff see of a link that needs attention: the link, its attempts and whose account it is. */
const staffLinkColumns = {
	accountId: partnerLink.accountId,
	partner: partnerLink.partner,
	desired: partnerLink.desired,
	attempts: partnerLink.attempts,
	lastError: partnerLink.lastError,
	updatedAt: partnerLink.updatedAt,
	name: user.name,
	email: user.email
};

/** Links that gave up after the retries (staff see these and can retry them). */
export function partnerFailures(db: Db, limit = 200) {
	return db
		.select(staffLinkColumns)
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
		.select(staffLinkColumns)
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
