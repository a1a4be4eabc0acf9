import * as v from 'valibot';
import { getDb } from '../db';
import { partnerIds } from '../db/schema';
import { attemptLinks, backoffSeconds } from './attempt';
import type { Fetcher } from './connector';

export { backoffSeconds };

const messageSchema = v.object({ accountId: v.string(), partner: v.picklist(partnerIds) });
/** The batched shape: the accounts of one partner from one list chunk. */
const manySchema = v.object({
	accountIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(100)),
	partner: v.picklist(partnerIds)
});

interface PartnerBatchOptions {
	/** How connectors reach partners; the worker passes one that serves the local stand-in in-process. */
	fetcher?: Fetcher;
}

/**
 * The you-p-partners consumer: acks or retries every message, never throws. Each message is one
 * set-based attempt at its links (attempt.ts: three D1 round trips for all of them). In the
 * batched shape the accounts that must be tried again go back on the queue as new messages,
 * grouped by their delay, and the message is acked: one account's backoff never holds up
 * another's, and a partner's retries are counted on its link (attempts), not by the queue. The
 * single-account shape is retried itself.
 */
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
				const { partner, accountIds } = many.output;
				const later = await attemptLinks(env, db, partner, accountIds, options.fetcher);
				await enqueueLater(env, partner, later);
				message.ack();
				continue;
			}
			const parsed = v.safeParse(messageSchema, message.body);
			if (!parsed.success) {
				console.warn('partners: dropped malformed message', message.id);
				message.ack();
				continue;
			}
			const { partner, accountId } = parsed.output;
			const later = await attemptLinks(env, db, partner, [accountId], options.fetcher);
			const retryAfter = later.get(accountId);
			if (retryAfter === undefined) message.ack();
			else message.retry({ delaySeconds: retryAfter });
		} catch (error) {
			console.error('partners: attempt crashed', message.id, (error as Error)?.name);
			message.retry({ delaySeconds: backoffSeconds(message.attempts) });
		}
	}
}

/** The accounts to try again, one message per delay (at most as many accounts as the message had). */
async function enqueueLater(
	env: Env,
	partner: v.InferOutput<typeof manySchema>['partner'],
	later: Map<string, number>
) {
	if (later.size === 0) return;
	const byDelay = new Map<number, string[]>();
	for (const [accountId, delaySeconds] of later)
		byDelay.set(delaySeconds, [...(byDelay.get(delaySeconds) ?? []), accountId]);
	await env.PARTNERS.sendBatch(
		[...byDelay].map(([delaySeconds, accountIds]) => ({
			body: { partner, accountIds },
			delaySeconds
		}))
	);
}
