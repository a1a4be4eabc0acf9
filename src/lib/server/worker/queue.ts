/**
 * Queue consumers: `you-p-registration` processes line ranges (batches/process.ts); its
 * dead-letter queue records the ranges that never succeeded so staff can see them. Every message
 * is ack()'d or retry()'d; nothing here throws.
 */
import * as v from 'valibot';
import { getDb } from '../db';
import { now as clockNow } from '../clock';
import { getMailer, type MailerOptions } from '../mail';
import { processLineRange } from '../lists/process';
import { LineRangeMessage } from '../lists/message';
import { injectFault } from '../lists/faults';
import { classifyFailure, recordDeadLetter, recordFailure } from '../lists/stuck';

/** Seconds before a retry: 2, 4, 8, … capped at 5 minutes. */
const backoff = (attempts: number) => Math.min(300, 2 ** Math.max(1, attempts));
const WAIT_FOR_EARLIER_LINE_SECONDS = 2;

export async function handleQueueBatch(
	batch: MessageBatch<unknown>,
	env: Env,
	_ctx: ExecutionContext,
	/** How the mailer reaches an HTTP provider (tests: a stand-in of it). */
	mail: MailerOptions = {}
): Promise<void> {
	const dead = batch.queue.endsWith('-dlq');
	let db: ReturnType<typeof getDb>;
	try {
		db = getDb(env.DB);
	} catch {
		for (const message of batch.messages) message.retry({ delaySeconds: 30 });
		return;
	}
	for (const message of batch.messages) {
		const parsed = v.safeParse(LineRangeMessage, message.body);
		if (!parsed.success) {
			// Not ours or malformed: retrying cannot help.
			message.ack();
			continue;
		}
		const now = clockNow(env);
		if (dead) {
			try {
				await recordDeadLetter(db, parsed.output, message.attempts, now);
				message.ack();
			} catch {
				message.retry({ delaySeconds: 60 });
			}
			continue;
		}
		try {
			const mailer = getMailer(env, db, mail);
			const outcome = await processLineRange({ db, env, mailer }, parsed.output, {
				attempt: message.attempts,
				now
			});
			injectFault(env, 'pipeline.before-ack', message.attempts);
			if (outcome.waiting > 0) {
				await recordFailure(db, parsed.output, 'waiting-for-earlier-line', message.attempts, now);
				message.retry({ delaySeconds: WAIT_FOR_EARLIER_LINE_SECONDS });
			} else message.ack();
		} catch (error) {
			try {
				await recordFailure(db, parsed.output, classifyFailure(error), message.attempts, now);
			} catch {
				// D1 itself is failing; the retry is all we can do.
			}
			message.retry({ delaySeconds: backoff(message.attempts) });
		}
	}
}
