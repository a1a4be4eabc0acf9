import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db';
import { now as clockNow } from '../clock';
import { partnerLink, type PartnerLinkStatus } from '../db/schema';
import { partnerAccountsQuery, type PartnerAccount } from './account';
import { maxPartnerAttempts, partnerConfig, type PartnerId } from './config';
import { CALL_TIMEOUT_MS, connectorFor, PartnerError, type Fetcher } from './connector';

type Statement = BatchItem<'sqlite'>;

/** D1 binds at most 100 parameters per statement: ids plus at most six others. */
const IDS_PER_STATEMENT = 90;

/** How long an attempt may hold a link beyond its calls; a second delivery waits instead of calling. */
const LEASE_MS = 60_000;

/**
 * A message's links are claimed together, before the first call: the lease covers every call
 * the message may make (each at most CALL_TIMEOUT_MS), so no link is free for a second delivery
 * while this one may still call for it.
 */
const leaseMs = (links: number) => LEASE_MS + links * CALL_TIMEOUT_MS;

/** Delay before attempt n+1: 1, 2, 4, ... minutes, at most an hour (8 attempts ≈ 2 hours). */
export function backoffSeconds(attempts: number): number {
	return Math.min(60 * 2 ** Math.max(0, attempts - 1), 3600);
}

const chunk = <T>(items: T[], size = IDS_PER_STATEMENT): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size)
	);

/** One D1 round trip for any number of statements (none: no round trip). */
async function batch(db: Db, statements: Statement[]): Promise<unknown[]> {
	return statements.length === 0 ? [] : db.batch(statements as [Statement, ...Statement[]]);
}

interface Claimed {
	id: string;
	accountId: string;
	attempts: number;
	desired: 'active' | 'disabled';
}

interface Outcome {
	link: Claimed;
	status: PartnerLinkStatus;
	lastError: string | null;
}

/**
 * One attempt at one partner's links for these accounts, set-based: one claim (an atomic
 * `UPDATE … WHERE account_id IN (…) RETURNING` per 90 accounts, in one batch), one read of the
 * claimed accounts (and, only when some link was not claimed, of those links' state), one call
 * per account to the partner, and all outcomes in one batch: three D1 round trips per message.
 * Returns the accounts to try again and after how many seconds; every other link is settled
 * (active, disabled, failed) or not ours to handle (done already, gone).
 */
export async function attemptLinks(
	env: Env,
	db: Db,
	partner: PartnerId,
	accountIds: string[],
	fetcher?: Fetcher
): Promise<Map<string, number>> {
	const ids = [...new Set(accountIds)];
	const later = new Map<string, number>();
	const config = await partnerConfig(env, partner);
	const ofPartner = (part: string[]) =>
		and(eq(partnerLink.partner, partner), inArray(partnerLink.accountId, part));
	if (!config.enabled) {
		await batch(
			db,
			chunk(ids).map((part) =>
				db
					.update(partnerLink)
					.set({ status: 'not-enabled' })
					.where(and(ofPartner(part), eq(partnerLink.status, 'pending')))
			)
		);
		return later;
	}

	const now = clockNow(env);
	const leaseUntil = new Date(now.getTime() + leaseMs(ids.length));
	const claimedRows = (
		(await batch(
			db,
			chunk(ids).map((part) =>
				db
					.update(partnerLink)
					.set({ attempts: sql`${partnerLink.attempts} + 1`, leaseUntil })
					.where(
						and(
							ofPartner(part),
							eq(partnerLink.status, 'pending'),
							or(isNull(partnerLink.leaseUntil), lt(partnerLink.leaseUntil, now))
						)
					)
					.returning({
						id: partnerLink.id,
						accountId: partnerLink.accountId,
						attempts: partnerLink.attempts,
						desired: partnerLink.desired
					})
			)
		)) as Claimed[][]
	).flat();

	// The accounts to provision, and the state of the links this attempt did not get: done
	// already, gone, or held by another delivery right now (then look again once its lease has
	// run out, or after LEASE_MS at most: a message that holds it usually ends much sooner).
	const claimed = new Set(claimedRows.map((link) => link.accountId));
	const toProvision = claimedRows.filter((link) => link.desired === 'active');
	const accountReads = chunk(toProvision.map((link) => link.accountId)).map((part) =>
		partnerAccountsQuery(db, part)
	);
	const heldReads = chunk(ids.filter((id) => !claimed.has(id))).map((part) =>
		db
			.select({
				accountId: partnerLink.accountId,
				status: partnerLink.status,
				leaseUntil: partnerLink.leaseUntil
			})
			.from(partnerLink)
			.where(ofPartner(part))
	);
	const reads = await batch(db, [...accountReads, ...heldReads]);
	const accounts = new Map(
		(reads.slice(0, accountReads.length) as PartnerAccount[][])
			.flat()
			.map((account) => [account.id, account])
	);
	const held = reads.slice(accountReads.length) as {
		status: string;
		accountId: string;
		leaseUntil: Date | null;
	}[][];
	for (const link of held.flat()) {
		if (link.status !== 'pending') continue;
		const left = Math.min((link.leaseUntil?.getTime() ?? now.getTime()) - now.getTime(), LEASE_MS);
		later.set(link.accountId, Math.max(1, Math.ceil(left / 1000) + 1));
	}

	const connector = connectorFor(config, fetcher);
	const outcomes: Outcome[] = [];
	for (const link of claimedRows) {
		try {
			if (link.desired === 'active') {
				const account = accounts.get(link.accountId);
				if (!account) throw new PartnerError('account-missing', false);
				await connector.provision(account);
			} else {
				await connector.deprovision({ id: link.accountId });
			}
			outcomes.push({ link, status: link.desired, lastError: null });
		} catch (error) {
			const failure = error instanceof PartnerError ? error : new PartnerError('unexpected', true);
			const final = !failure.retryable || link.attempts >= maxPartnerAttempts(env);
			outcomes.push({ link, status: final ? 'failed' : 'pending', lastError: failure.code });
			if (!final) later.set(link.accountId, backoffSeconds(link.attempts));
		}
	}
	await batch(db, outcomeStatements(db, outcomes, leaseUntil));
	return later;
}

/**
 * The outcomes, one `UPDATE … WHERE id IN (…)` per kind (usually one or two), each only where
 * the wish is still the one we acted on; then the links whose wish changed while we were calling
 * (e.g. disabled meanwhile) are only freed: their lease is still ours, the others' is gone.
 */
function outcomeStatements(db: Db, outcomes: Outcome[], leaseUntil: Date): Statement[] {
	const kinds = new Map<string, Outcome[]>();
	for (const outcome of outcomes) {
		const kind = JSON.stringify([outcome.link.desired, outcome.status, outcome.lastError]);
		kinds.set(kind, [...(kinds.get(kind) ?? []), outcome]);
	}
	const statements: Statement[] = [];
	for (const group of kinds.values()) {
		const { link, status, lastError } = group[0]!;
		for (const part of chunk(group.map((outcome) => outcome.link.id)))
			statements.push(
				db
					.update(partnerLink)
					.set({ status, lastError, leaseUntil: null })
					.where(and(inArray(partnerLink.id, part), eq(partnerLink.desired, link.desired)))
			);
	}
	for (const part of chunk(outcomes.map((outcome) => outcome.link.id)))
		statements.push(
			db
				.update(partnerLink)
				.set({ leaseUntil: null })
				.where(and(inArray(partnerLink.id, part), eq(partnerLink.leaseUntil, leaseUntil)))
		);
	return statements;
}
