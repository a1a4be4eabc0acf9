/**
 * Fault injection (issue 10): lists of a few hundred lines are processed with the FAULT_INJECTION
 * switch armed at each point of a line's processing (after validation, after account insert,
 * after credential mail, before completion, before ack), and at random (seeded) attempts; every
 * message is redelivered until it is acknowledged, as the queue would. Afterwards: no duplicate
 * account, no duplicate mail, every line exactly one code; and a range that never succeeds is
 * visible as a dead letter and can be retried. With a real mail provider (a stand-in of Resend's
 * HTTP API that counts deliveries; Cloudflare Email's binding likewise), a crash between the
 * provider call and the mail log still gives one credential mail per code-1 line.
 */
import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { batch, batchStuck, devMail, mailLog, user } from '$lib/server/db/schema';
import { handleQueueBatch } from '$lib/server/worker/queue';
import { MAIL_IN_FLIGHT_MS } from '$lib/server/mail';
import { FAULT_POINTS } from '$lib/server/lists/faults';
import { listStuckWork } from '$lib/server/lists/stuck';
import { getBatchView } from '$lib/server/lists/read';
import { retryBatch } from '$lib/server/backoffice/stuck';
import type { LineRangeMessage } from '$lib/server/lists/message';
import {
	db,
	deliver,
	linesOf,
	makeEmployer,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';
import { appNow, setAppClock } from './clock';

const IN_ROSTER = 150;

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A list of IN_ROSTER roster people (each once; ten of them twice → code 2), 20 strangers
 * (code 3) and 20 broken lines (code 4), shuffled with the seed.
 */
async function makeList(tag: string, seed: number) {
	const people = Array.from({ length: IN_ROSTER }, (_, i) => person(i, tag));
	const { employerId, ownerEmail, ownerId } = await makeEmployer(people);
	const strangers = Array.from({ length: 20 }, (_, i) => row(person(1000 + i, `${tag}x`)));
	const broken = Array.from({ length: 20 }, (_, i) =>
		row(person(2000 + i, `${tag}y`), { email: `not-an-email-${i}` })
	);
	const rows = [
		...people.map((p) => row(p)),
		...people.slice(0, 10).map((p) => row(p)),
		...strangers,
		...broken
	];
	const next = random(seed);
	for (let i = rows.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[rows[i], rows[j]] = [rows[j]!, rows[i]!];
	}
	const { result, messages } = await submitCaptured({ employerId, rows });
	if (!result.ok) throw new Error('submit failed');
	return { tag, employerId, ownerEmail, ownerId, people, batchId: result.batchId, messages, rows };
}

/**
 * Delivers each message until acknowledged; `faultFor(attempt)` chooses the switch per delivery.
 * Returns how many deliveries failed (were retried).
 */
async function runUntilDone(
	messages: LineRangeMessage[],
	faultFor: (attempt: number) => string,
	options: { maxAttempts?: number; afterFirstRound?: () => Promise<void> } = {}
) {
	const maxAttempts = options.maxAttempts ?? 12;
	let retried = 0;
	let queue = messages.map((body) => ({ body, attempts: 1 }));
	for (let round = 1; queue.length > 0; round++) {
		if (round === 2) await options.afterFirstRound?.();
		const next: typeof queue = [];
		for (const m of queue) {
			if (m.attempts > maxAttempts) throw new Error('a message never succeeded');
			const result = await deliver([m.body], { fault: faultFor(m.attempts), attempts: m.attempts });
			if (result.explicitAcks.length === 1) continue;
			expect(result.retryMessages).toHaveLength(1);
			retried++;
			next.push({ body: m.body, attempts: m.attempts + 1 });
		}
		queue = next;
	}
	return retried;
}

async function expectExactlyOnce(list: Awaited<ReturnType<typeof makeList>>) {
	const d = db();
	const found = await d.select().from(batch).where(eq(batch.id, list.batchId)).get();
	expect(found!.status).toBe('completed');
	const lines = await linesOf(list.batchId);
	expect(lines).toHaveLength(list.rows.length);
	expect(lines.every((l) => l.state === 'done' && [1, 2, 3, 4].includes(l.code!))).toBe(true);
	const count = (code: number) => lines.filter((l) => l.code === code).length;
	expect([count(1), count(2), count(3), count(4)]).toEqual([IN_ROSTER, 10, 20, 20]);
	expect([found!.count1, found!.count2, found!.count3, found!.count4]).toEqual([
		IN_ROSTER,
		10,
		20,
		20
	]);

	// one account per roster person: unique e-mails and roster links, one credential login each
	const accounts = await d
		.select({ id: user.id, email: user.email, roster: user.rosterEntryId })
		.from(user)
		.where(eq(user.employerId, list.employerId));
	expect(accounts).toHaveLength(IN_ROSTER);
	expect(new Set(accounts.map((a) => a.email)).size).toBe(IN_ROSTER);
	expect(new Set(accounts.map((a) => a.roster)).size).toBe(IN_ROSTER);
	const logins = await d.all<{ n: number }>(
		sql`select count(*) as n from account a join user u on a.user_id = u.id
			where u.employer_id = ${list.employerId} group by a.user_id`
	);
	expect(logins).toHaveLength(IN_ROSTER);
	expect(logins.every((l) => l.n === 1)).toBe(true);
	// every code-1 line points at its own account
	const linked = lines.filter((l) => l.code === 1).map((l) => l.accountId);
	expect(new Set(linked).size).toBe(IN_ROSTER);

	// one credential mail per account, and one "processed" mail to the owner
	const mails = await d
		.select({ key: devMail.idempotencyKey, to: devMail.to })
		.from(devMail)
		.where(like(devMail.to, `%-${list.tag}@test.example`));
	const credential = mails.filter((m) => m.key.startsWith('credential:'));
	expect(credential).toHaveLength(IN_ROSTER);
	expect(new Set(credential.map((m) => m.to)).size).toBe(IN_ROSTER);
	const owner = await d.select().from(devMail).where(eq(devMail.to, list.ownerEmail));
	expect(owner).toHaveLength(1);
	const logged = await d.all<{ n: number }>(
		sql`select count(*) as n from mail_log m join user u on m.idempotency_key like 'credential:' || u.id || ':%'
			where u.employer_id = ${list.employerId}`
	);
	expect(logged[0]!.n).toBe(IN_ROSTER);
}

/** Nothing of the list is written yet: every line pending, no account, no mail, still queued. */
async function expectNothingDecided(list: Awaited<ReturnType<typeof makeList>>) {
	const d = db();
	const lines = await linesOf(list.batchId);
	expect(lines).toHaveLength(list.rows.length);
	expect(lines.filter((l) => l.state !== 'pending' || l.code !== null)).toEqual([]);
	const accounts = await d
		.select({ id: user.id })
		.from(user)
		.where(eq(user.employerId, list.employerId));
	expect(accounts).toEqual([]);
	const mails = await d
		.select({ key: devMail.idempotencyKey })
		.from(devMail)
		.where(like(devMail.to, `%-${list.tag}@test.example`));
	expect(mails).toEqual([]);
	const found = await d.select().from(batch).where(eq(batch.id, list.batchId)).get();
	expect(found!.status).toBe('queued');
}

describe('fault injection', () => {
	for (const point of FAULT_POINTS) {
		it(`a crash at ${point} on every first attempt: each line decided once`, async () => {
			const list = await makeList(`f${FAULT_POINTS.indexOf(point)}`, 11);
			expect(list.messages.length).toBeGreaterThan(3);
			const retried = await runUntilDone(list.messages, () => `${point}@1`, {
				// A crash right after validation comes before any write that decides a line.
				afterFirstRound:
					point === 'pipeline.after-validation' ? () => expectNothingDecided(list) : undefined
			});
			expect(retried).toBeGreaterThanOrEqual(list.messages.length);
			await expectExactlyOnce(list);
		}, 120_000);
	}

	it('random faults at random points and attempts (seeded): each line decided once', async () => {
		const seed = 20261123;
		const next = random(seed);
		const list = await makeList('frand', seed);
		const armed = new Set<string>();
		const retried = await runUntilDone(list.messages, (attempt) => {
			if (attempt > 6) return '';
			const points = FAULT_POINTS.filter(() => next() < 0.35);
			for (const p of points) armed.add(p);
			return points.map((p) => `${p}@${attempt}`).join(',');
		});
		expect(retried, `seed ${seed}`).toBeGreaterThan(0);
		expect([...armed].sort(), `seed ${seed}`).toEqual([...FAULT_POINTS].sort());
		await expectExactlyOnce(list);
	}, 180_000);

	it('a range that always fails is a visible dead letter, and a retry finishes it', async () => {
		const list = await makeList('fdead', 5);
		const [first, ...rest] = list.messages;
		// the other ranges go through (some wait for a line of the failing range)
		for (const m of rest) await deliver([m]);
		for (let attempt = 1; attempt <= 6; attempt++) {
			const result = await deliver([first!], {
				fault: 'pipeline.after-account-insert',
				attempts: attempt
			});
			expect(result.retryMessages).toHaveLength(1);
		}
		const failing = await db()
			.select()
			.from(batchStuck)
			.where(and(eq(batchStuck.batchId, list.batchId), eq(batchStuck.fromLine, first!.from)))
			.get();
		expect(failing).toMatchObject({ reason: 'injected-fault', attempts: 6, deadAt: null });
		// the queue gives up: the message goes to the dead-letter queue
		const dead = await deliver([first!], { queue: 'you-p-registration-dlq', attempts: 1 });
		expect(dead.explicitAcks).toHaveLength(1);
		const visible = (await listStuckWork(db(), 1000)).find((s) => s.batchId === list.batchId);
		expect(visible).toMatchObject({ fromLine: first!.from, toLine: first!.to });
		expect(visible!.deadAt).toBeInstanceOf(Date);
		// the employer's list page counts exactly the dead range's undecided lines as stuck
		const view = await getBatchView(db(), { employerId: list.employerId, batchId: list.batchId });
		expect(view!.stuck).toBe(first!.to - first!.from + 1);
		expect(view!.pending).toBeGreaterThanOrEqual(view!.stuck);
		expect(
			(await db().select().from(batch).where(eq(batch.id, list.batchId)).get())!.status
		).not.toBe('completed');

		// staff retry (back office): the pending lines go back on the queue and complete
		const sent: LineRangeMessage[] = [];
		const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
		const ok = await retryBatch(
			db(),
			{
				sendBatch: async (batchOf) => {
					for (const m of batchOf) sent.push(m.body as LineRangeMessage);
					return {} as QueueSendBatchResponse;
				}
			},
			list.batchId,
			list.ownerId,
			later
		);
		expect(ok).toBe(true);
		expect(sent.length).toBeGreaterThan(0);
		expect(sent.every((m) => m.batchId === list.batchId)).toBe(true);
		await runUntilDone(sent, () => '');
		await expectExactlyOnce(list);
	}, 180_000);
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A local stand-in of Resend's HTTP API (POST /emails, bearer key): counts what it delivers.
 * Like Resend, a request whose Idempotency-Key it has seen within 24 hours is answered again
 * without a second delivery; `dedupe: false` is the negative control that delivers every request.
 */
function resendStandIn(options: { dedupe: boolean }) {
	const seen = new Map<string, number>();
	const requests: (string | null)[] = [];
	const delivered: { to: string; key: string | null; subject: string }[] = [];
	const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		const request = new Request(input, init);
		const url = new URL(request.url);
		if (
			url.hostname !== 'api.resend.com' ||
			url.pathname !== '/emails' ||
			request.method !== 'POST'
		)
			return new Response('not found', { status: 404 });
		if (request.headers.get('authorization') !== 'Bearer re_test_key')
			return Response.json({ name: 'validation_error' }, { status: 401 });
		const key = request.headers.get('idempotency-key');
		requests.push(key);
		const body = (await request.json()) as { to: string[]; subject: string };
		const at = Date.now();
		if (options.dedupe && key) {
			const before = seen.get(key);
			if (before !== undefined && at - before < DAY_MS) return Response.json({ id: `re_${key}` });
			seen.set(key, at);
		}
		delivered.push({ to: body.to[0]!, key, subject: body.subject });
		return Response.json({ id: `re_${delivered.length}` });
	};
	return { fetch: fetch as typeof globalThis.fetch, requests, delivered };
}

const resendEnv = { MAIL_PROVIDER: 'resend', RESEND_API_KEY: 're_test_key' };

/** Delivers each message until acknowledged, to the consumer with another mail provider. */
async function runWithProvider(
	messages: LineRangeMessage[],
	provider: { env: Record<string, unknown>; fetch?: typeof fetch },
	faultFor: (attempt: number) => string
) {
	let queue = messages.map((body) => ({ body, attempts: 1 }));
	let retried = 0;
	while (queue.length > 0) {
		const next: typeof queue = [];
		for (const m of queue) {
			if (m.attempts > 12) throw new Error('a message never succeeded');
			const batchOf = createMessageBatch<LineRangeMessage>('you-p-registration', [
				{
					id: `p${m.body.from}-${m.attempts}`,
					timestamp: new Date(),
					attempts: m.attempts,
					body: m.body
				}
			]);
			const ctx = createExecutionContext();
			const environment = Object.assign({}, env, provider.env, {
				FAULT_INJECTION: faultFor(m.attempts)
			});
			await handleQueueBatch(batchOf as MessageBatch<unknown>, environment as Env, ctx, {
				fetch: provider.fetch
			});
			const result = await getQueueResult(batchOf, ctx);
			if (result.explicitAcks.length === 1) continue;
			retried++;
			next.push({ body: m.body, attempts: m.attempts + 1 });
		}
		queue = next;
	}
	return retried;
}

/** Lines once and accounts once (the dev-mailbox checks of expectExactlyOnce do not apply). */
async function expectLinesAndAccountsOnce(list: Awaited<ReturnType<typeof makeList>>) {
	const d = db();
	expect((await d.select().from(batch).where(eq(batch.id, list.batchId)).get())!.status).toBe(
		'completed'
	);
	const lines = await linesOf(list.batchId);
	expect(lines.every((l) => l.state === 'done')).toBe(true);
	expect(lines.filter((l) => l.code === 1)).toHaveLength(IN_ROSTER);
	const accounts = await d
		.select({ id: user.id })
		.from(user)
		.where(eq(user.employerId, list.employerId));
	expect(accounts).toHaveLength(IN_ROSTER);
	// every credential mail is logged as sent, none left 'sending'
	const logged = await d.all<{ state: string; n: number }>(
		sql`select m.state as state, count(*) as n from mail_log m
			join user u on m.idempotency_key like 'credential:' || u.id || ':%'
			where u.employer_id = ${list.employerId} group by m.state`
	);
	expect(logged).toEqual([{ state: 'sent', n: IN_ROSTER }]);
}

const credentialDeliveries = (
	list: Awaited<ReturnType<typeof makeList>>,
	delivered: { to: string; key: string | null }[]
) =>
	delivered.filter(
		(m) => m.key?.startsWith('credential:') && m.to.endsWith(`-${list.tag}@test.example`)
	);

describe('fault injection: a real mail provider', () => {
	afterEach(() => setAppClock(null));

	it('Resend: a crash between the provider call and the mail log gives one mail per code-1 line', async () => {
		const list = await makeList('fresend', 21);
		const resend = resendStandIn({ dedupe: true });
		const retried = await runWithProvider(
			list.messages,
			{ env: resendEnv, fetch: resend.fetch },
			// the first two deliveries of each message crash right after a mail was handed over
			() => 'mail.after-provider-send@1,mail.after-provider-send@2'
		);
		expect(retried).toBeGreaterThanOrEqual(list.messages.length);
		await expectLinesAndAccountsOnce(list);
		const credential = credentialDeliveries(list, resend.delivered);
		expect(credential).toHaveLength(IN_ROSTER);
		expect(new Set(credential.map((m) => m.to)).size).toBe(IN_ROSTER);
		expect(new Set(credential.map((m) => m.key)).size).toBe(IN_ROSTER);
		// the mails that crashed were asked for again, with the same key each time
		const asked = resend.requests.filter((k) => k?.startsWith('credential:'));
		const twice = [...new Set(asked)].filter((k) => asked.filter((a) => a === k).length > 1);
		expect(twice.length).toBeGreaterThan(0);
		// the owner's "list processed" mail, once
		expect(resend.delivered.filter((m) => m.to === list.ownerEmail)).toHaveLength(1);
	}, 180_000);

	it('negative control: a provider that does not deduplicate shows the duplicates', async () => {
		const list = await makeList('fresendnd', 22);
		const resend = resendStandIn({ dedupe: false });
		await runWithProvider(
			list.messages,
			{ env: resendEnv, fetch: resend.fetch },
			() => 'mail.after-provider-send@1'
		);
		await expectLinesAndAccountsOnce(list);
		const credential = credentialDeliveries(list, resend.delivered);
		// this suite can see a duplicate: one per message that held a code-1 line
		expect(credential.length).toBeGreaterThan(IN_ROSTER);
		expect(new Set(credential.map((m) => m.to)).size).toBe(IN_ROSTER);
	}, 180_000);

	it('Resend: random faults at every point, the mail one included (seeded): one mail per line', async () => {
		const seed = 20261201;
		const next = random(seed);
		const list = await makeList('fresendr', seed);
		const resend = resendStandIn({ dedupe: true });
		await runWithProvider(list.messages, { env: resendEnv, fetch: resend.fetch }, (attempt) =>
			attempt > 6
				? ''
				: FAULT_POINTS.filter(() => next() < 0.35)
						.map((p) => `${p}@${attempt}`)
						.join(',')
		);
		await expectLinesAndAccountsOnce(list);
		const credential = credentialDeliveries(list, resend.delivered);
		expect(credential, `seed ${seed}`).toHaveLength(IN_ROSTER);
		expect(new Set(credential.map((m) => m.to)).size).toBe(IN_ROSTER);
	}, 180_000);

	it('Cloudflare Email (no idempotency): at-least-once, and never two sends while one is in flight', async () => {
		const p = person(1, 'fcf');
		const { employerId } = await makeEmployer([p]);
		const { result, messages } = await submitCaptured({ employerId, rows: [row(p)] });
		if (!result.ok) throw new Error('submit failed');
		const sent: { to: string; ref: string | undefined }[] = [];
		const EMAIL = {
			send: async (m: { to: string; headers?: Record<string, string> }) => {
				sent.push({ to: m.to, ref: m.headers?.['X-Entity-Ref-ID'] });
			}
		};
		const cloudflare = { env: { MAIL_PROVIDER: 'cloudflare', EMAIL } };
		const deliverOnce = async (attempts: number, fault = '') => {
			const batchOf = createMessageBatch<LineRangeMessage>('you-p-registration', [
				{ id: `cf-${attempts}`, timestamp: new Date(), attempts, body: messages[0]! }
			]);
			const ctx = createExecutionContext();
			const environment = Object.assign({}, env, cloudflare.env, { FAULT_INJECTION: fault });
			await handleQueueBatch(batchOf as MessageBatch<unknown>, environment as Env, ctx);
			return getQueueResult(batchOf, ctx);
		};
		const credential = () => sent.filter((m) => m.ref?.startsWith('credential:'));
		// crash right after the provider took the mail
		expect((await deliverOnce(1, 'mail.after-provider-send@1')).retryMessages).toHaveLength(1);
		expect(credential()).toHaveLength(1);
		const key = credential()[0]!.ref!;
		expect(
			(await db().select().from(mailLog).where(eq(mailLog.idempotencyKey, key)).get())!.state
		).toBe('sending');
		// a redelivery at once cannot tell a crash from a send in flight: it waits, sends nothing
		expect((await deliverOnce(2)).retryMessages).toHaveLength(1);
		expect(credential()).toHaveLength(1);
		// later, the crash is assumed and the mail sent again (the documented at-least-once)
		setAppClock(new Date(appNow().getTime() + MAIL_IN_FLIGHT_MS + 1000));
		expect((await deliverOnce(3)).explicitAcks).toHaveLength(1);
		expect(credential()).toHaveLength(2);
		expect(credential().every((m) => m.ref === key)).toBe(true);
		expect(
			(await db().select().from(mailLog).where(eq(mailLog.idempotencyKey, key)).get())!.state
		).toBe('sent');
		// and never again once it is logged as sent
		expect((await deliverOnce(4)).explicitAcks).toHaveLength(1);
		expect(credential()).toHaveLength(2);
	}, 60_000);
});
