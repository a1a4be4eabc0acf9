import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { getDb, type Db } from '../db';
import { now as clockNow } from '../clock';
import { partnerLink, partnerIds } from '../db/schema';
import { loadPartnerAccount } from './account';
import { maxPartnerAttempts, partnerConfig } from './config';
import { connectorFor, PartnerError, type Fetcher } from './connector';

const messageSchema = v.object({ accountId: v.string(), partner: v.picklist(partnerIds) });
/** The batched shape: the accounts of one partner from one list chunk. */
const manySchema = v.object({
	accountIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(100)),
	partner: v.picklist(partnerIds)
});
type Outcome = { retryAfter?: number };

/** How long one attempt may hold a link; a second delivery waits instead of calling again. */
const LEASE_MS = 60_000;

/** Delay before attempt n+1: 1, 2, 4, ... minutes, at most an hour (8 attempts ≈ 2 hours). */
export function backoffSeconds(attempts: number): number {
	return Math.min(60 * 2 ** Math.max(0, attempts - 1), 3600);
}

interface PartnerBatchOptions {
	/** How connectors reach partners; the worker passes one that serves the local stand-in in-process. */
	fetcher?: Fetcher;
}

/** The you-p-partners consumer: acks or retries every message, never throws. */
export async function handlePartnerBatch(
	batch: MessageBatch<unknown>,
	env: Env,
	_ctx: ExecutionContext,
	options: PartnerBatchOptions = {}
): Promise<void> {
	const db = getDb(env.DB);
	for (const message of batch.messages) {
		try {
			const many = v.safeParse(manySchema, message.body);
			if (many.success) {
				await processMany(env, db, many.output, options.fetcher);
				message.ack();
				continue;
			}
			const parsed = v.safeParse(messageSchema, message.body);
			if (!parsed.success) {
				console.warn('partners: dropped malformed message', message.id);
				message.ack();
				continue;
			}
			const outcome = await processPartnerMessage(env, db, parsed.output, options.fetcher);
			if (outcome.retryAfter === undefined) message.ack();
			else message.retry({ delaySeconds: outcome.retryAfter });
		} catch (error) {
			console.error('partners: attempt crashed', message.id, (error as Error)?.name);
			message.retry({ delaySeconds: backoffSeconds(message.attempts) });
		}
	}
}

/**
 * The accounts of one batched message, one after the other (each its own claim, call and
 * outcome). The ones that must be tried again go back on the queue as new messages, grouped by
 * their delay, and the message is acked: one account's backoff never holds up another's, and a
 * partner's retries are counted on its link (attempts), not by the queue.
 */
async function processMany(
	env: Env,
	db: Db,
	message: v.InferOutput<typeof manySchema>,
	fetcher?: Fetcher
) {
	const later = new Map<number, string[]>();
	for (const accountId of message.accountIds) {
		const outcome = await processPartnerMessage(
			env,
			db,
			{ accountId, partner: message.partner },
			fetcher
		);
		if (outcome.retryAfter !== undefined)
			later.set(outcome.retryAfter, [...(later.get(outcome.retryAfter) ?? []), accountId]);
	}
	if (later.size > 0)
		await env.PARTNERS.sendBatch(
			[...later].map(([delaySeconds, accountIds]) => ({
				body: { partner: message.partner, accountIds },
				delaySeconds
			}))
		);
}

async function finish(
	db: Db,
	id: string,
	desired: 'active' | 'disabled',
	fields: Partial<typeof partnerLink.$inferInsert>
) {
	const done = await db
		.update(partnerLink)
		.set({ ...fields, leaseUntil: null })
		.where(and(eq(partnerLink.id, id), eq(partnerLink.desired, desired)))
		.returning({ id: partnerLink.id })
		.get();
	// The wish changed while we were calling (e.g. disabled meanwhile): only free the link.
	if (!done) await db.update(partnerLink).set({ leaseUntil: null }).where(eq(partnerLink.id, id));
}

async function processPartnerMessage(
	env: Env,
	db: Db,
	message: v.InferOutput<typeof messageSchema>,
	fetcher?: Fetcher
): Promise<Outcome> {
	// At most three D1 round trips per account: the claim, the account, the outcome.
	const config = await partnerConfig(env, message.partner);
	const where = and(
		eq(partnerLink.accountId, message.accountId),
		eq(partnerLink.partner, message.partner)
	);
	if (!config.enabled) {
		await db
			.update(partnerLink)
			.set({ status: 'not-enabled' })
			.where(and(where, eq(partnerLink.status, 'pending')));
		return {};
	}

	const now = clockNow(env);
	const claimed = await db
		.update(partnerLink)
		.set({
			attempts: sql`${partnerLink.attempts} + 1`,
			leaseUntil: new Date(now.getTime() + LEASE_MS)
		})
		.where(
			and(
				where,
				eq(partnerLink.status, 'pending'),
				or(isNull(partnerLink.leaseUntil), lt(partnerLink.leaseUntil, now))
			)
		)
		.returning({ id: partnerLink.id, attempts: partnerLink.attempts, desired: partnerLink.desired })
		.get();
	if (!claimed) {
		// Done already, gone, or another delivery holds the link right now: in the last case look
		// again once its lease has run out.
		const held = await db.select().from(partnerLink).where(where).get();
		if (!held || held.status !== 'pending') return {};
		const left = (held.leaseUntil?.getTime() ?? now.getTime()) - now.getTime();
		return { retryAfter: Math.max(1, Math.ceil(left / 1000) + 1) };
	}
	const link = { id: claimed.id };

	const connector = connectorFor(config, fetcher);
	try {
		if (claimed.desired === 'active') {
			const account = await loadPartnerAccount(db, message.accountId);
			if (!account) throw new PartnerError('account-missing', false);
			await connector.provision(account);
		} else {
			await connector.deprovision({ id: message.accountId });
		}
		await finish(db, link.id, claimed.desired, {
			status: claimed.desired === 'active' ? 'active' : 'disabled',
			lastError: null
		});
		return {};
	} catch (error) {
		const failure = error instanceof PartnerError ? error : new PartnerError('unexpected', true);
		const final = !failure.retryable || claimed.attempts >= maxPartnerAttempts(env);
		await finish(db, link.id, claimed.desired, {
			status: final ? 'failed' : 'pending',
			lastError: failure.code
		});
		return final ? {} : { retryAfter: backoffSeconds(claimed.attempts) };
	}
}
