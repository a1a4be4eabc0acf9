/**
 * Lost queue messages (issue 16, operations): the local queue lives in memory, so a restart in
 * the middle of a list drops its messages. The cron re-drives every unfinished list whose lines
 * made no progress for REDRIVE_AFTER_MINUTES, once per period, and the employer sees "delayed"
 * meanwhile. The cron runs through POST /dev/cron (what `npm start` calls) and through the
 * worker's scheduled handler logic (runScheduled) with a queue that records what it is sent.
 */
import { env, exports } from 'cloudflare:workers';
import {
	createExecutionContext,
	createScheduledController,
	waitOnExecutionContext
} from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { batch, devMail, user } from '$lib/server/db/schema';
import type { LineRangeMessage, LineRangeSender } from '$lib/server/lists/message';
import { REDRIVE_AFTER_MINUTES } from '$lib/server/lists/periods';
import { REDRIVE_CRON, RETENTION_CRON, runScheduled } from '$lib/server/worker/scheduled';
import worker from '../../src/worker';
import { appNow, setAppClock } from './clock';
import {
	db,
	deliver,
	getPage,
	linesOf,
	makeEmployer,
	origin,
	ownerCookie,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';

const MINUTE = 60_000;
const IN_ROSTER = 100;

afterEach(() => setAppClock(null));

/** A queue that records what the cron sends (the messages are then delivered by the test). */
function recordingQueue() {
	const sent: LineRangeMessage[] = [];
	const queue: LineRangeSender = {
		sendBatch: async (messages) => {
			for (const m of messages) sent.push(m.body as LineRangeMessage);
			return {} as QueueSendBatchResponse;
		}
	};
	return { queue, sent, of: (batchId: string) => sent.filter((m) => m.batchId === batchId) };
}

/** 500 lines: IN_ROSTER roster people (code 1) and 400 strangers (code 3), 10 messages. */
async function makeList(tag: string) {
	const people = Array.from({ length: IN_ROSTER }, (_, i) => person(i, tag));
	const employer = await makeEmployer(people);
	const strangers = Array.from({ length: 400 }, (_, i) => row(person(1000 + i, `${tag}x`)));
	const rows = [...people.map((p) => row(p)), ...strangers];
	const { result, messages } = await submitCaptured({ employerId: employer.employerId, rows });
	if (!result.ok) throw new Error('submit failed');
	expect(messages).toHaveLength(10);
	return { ...employer, tag, batchId: result.batchId, messages, rows };
}

const cron = (host = '127.0.0.1') =>
	exports.default.fetch(`http://${host}/dev/cron`, { method: 'POST', headers: { origin } });

async function status(batchId: string) {
	return (await db().select().from(batch).where(eq(batch.id, batchId)).get())!;
}

/** Every line decided once; one account, one credential mail per code-1 line; one owner mail. */
async function expectExactlyOnce(list: Awaited<ReturnType<typeof makeList>>) {
	const d = db();
	expect((await status(list.batchId)).status).toBe('completed');
	const lines = await linesOf(list.batchId);
	expect(lines.every((l) => l.state === 'done')).toBe(true);
	expect(lines.filter((l) => l.code === 1)).toHaveLength(IN_ROSTER);
	expect(lines.filter((l) => l.code === 3)).toHaveLength(400);
	const accounts = await d
		.select({ id: user.id })
		.from(user)
		.where(eq(user.employerId, list.employerId));
	expect(accounts).toHaveLength(IN_ROSTER);
	const logins = await d.all<{ n: number }>(
		sql`select count(*) as n from account a join user u on a.user_id = u.id
			where u.employer_id = ${list.employerId} group by a.user_id`
	);
	expect(logins.map((l) => l.n)).toEqual(Array(IN_ROSTER).fill(1));
	const mails = await d
		.select({ key: devMail.idempotencyKey, to: devMail.to })
		.from(devMail)
		.where(like(devMail.to, `%-${list.tag}@test.example`));
	expect(mails).toHaveLength(IN_ROSTER);
	expect(new Set(mails.map((m) => m.to)).size).toBe(IN_ROSTER);
	expect(await d.select().from(devMail).where(eq(devMail.to, list.ownerEmail))).toHaveLength(1);
}

describe('cron: POST /dev/cron', () => {
	it('answers 200 with what it purged and re-drove (counts only), locally on loopback only', async () => {
		const response = await cron();
		expect(response.status).toBe(200);
		const summary = await response.json();
		expect(summary).toEqual({
			purged: { lines: expect.any(Number), keys: expect.any(Number) },
			redriven: { batches: expect.any(Number), messages: expect.any(Number) }
		});
		expect((await cron('youp.example')).status).toBe(404);
		expect((await exports.default.fetch(`${origin}/dev/cron`, { method: 'GET' })).status).not.toBe(
			200
		);
	});

	it('runs the daily trigger whole and the frequent one as re-drive only', async () => {
		const now = appNow();
		expect(await runScheduled(now, env)).toMatchObject({ purged: expect.any(Object) });
		expect(await runScheduled(now, env, { cron: REDRIVE_CRON })).toMatchObject({
			purged: null,
			redriven: expect.any(Object)
		});
	});
});

describe('cron: the scheduled handler', () => {
	it('runs what its trigger says: the daily one purges, the 5-minute one only re-drives', async () => {
		const p = person(7, 'trigger');
		const { employerId } = await makeEmployer([p]);
		const { result, messages } = await submitCaptured({ employerId, rows: [row(p)] });
		if (!result.ok) throw new Error('submit failed');
		await deliver(messages);
		// past the code-1 retention
		setAppClock(new Date(appNow().getTime() + 8 * 24 * 60 * MINUTE));
		const run = async (cron: string) => {
			const ctx = createExecutionContext();
			const controller = createScheduledController({ cron, scheduledTime: appNow() });
			await worker.scheduled!(controller, env, ctx);
			await waitOnExecutionContext(ctx);
		};
		const payload = async () => (await linesOf(result.batchId))[0]!.payload;
		await run(REDRIVE_CRON);
		expect(await payload()).not.toBeNull();
		await run(RETENTION_CRON);
		expect(await payload()).toBeNull();
	});
});

describe('cron: re-drive of lists whose messages were lost', () => {
	it('finishes a list that lost 7 of its 10 messages: each line once, no duplicate account or mail', async () => {
		const list = await makeList('redrive');
		const cookie = await ownerCookie(list.ownerEmail);
		const start = appNow();
		// 150 lines are processed, then the server "restarts": the other messages are gone.
		await deliver(list.messages.slice(0, 3));
		expect((await linesOf(list.batchId)).filter((l) => l.state === 'pending')).toHaveLength(350);

		const page = async () => (await getPage(`/werkgever/lijsten/${list.batchId}`, cookie)).text();
		expect(await page()).not.toContain('Vertraagd');

		// Not yet stalled: nothing is sent again.
		setAppClock(new Date(start.getTime() + (REDRIVE_AFTER_MINUTES - 2) * MINUTE));
		const early = recordingQueue();
		await runScheduled(appNow(), env, { queue: early.queue, cron: REDRIVE_CRON });
		expect(early.of(list.batchId)).toEqual([]);
		expect(await page()).not.toContain('Vertraagd');

		// Stalled: the employer sees "delayed", and the cron sends the 350 pending lines again, once.
		setAppClock(new Date(start.getTime() + (REDRIVE_AFTER_MINUTES + 1) * MINUTE));
		const html = await page();
		expect(html).toContain('Vertraagd');
		expect(html).toContain('150 van 500 regels verwerkt');
		expect(html).not.toContain('Deze pagina werkt zichzelf bij tot de lijst verwerkt is');
		const first = recordingQueue();
		const summary = await runScheduled(appNow(), env, { queue: first.queue, cron: REDRIVE_CRON });
		expect(summary.redriven!.batches).toBeGreaterThanOrEqual(1);
		const resent = first.of(list.batchId);
		expect(resent).toHaveLength(7);
		expect(resent.reduce((n, m) => n + m.to - m.from + 1, 0)).toBe(350);
		expect((await status(list.batchId)).redrivenAt).toBeInstanceOf(Date);

		// A second run right after (or a concurrent one) sends nothing more.
		const second = recordingQueue();
		const again = await Promise.all([
			runScheduled(appNow(), env, { queue: second.queue, cron: REDRIVE_CRON }),
			runScheduled(appNow(), env, { queue: second.queue })
		]);
		expect(again.every((s) => s.redriven !== null)).toBe(true);
		expect(second.of(list.batchId)).toEqual([]);

		// The re-driven messages arrive (one of them twice, as a queue may deliver): done, once.
		await deliver([...resent, resent[0]!]);
		await expectExactlyOnce(list);
		expect(await page()).not.toContain('Vertraagd');
	}, 120_000);

	it('measures "no progress" from the last decided line, not from the receipt', async () => {
		const list = await makeList('progress');
		const start = appNow();
		await deliver(list.messages.slice(0, 1));
		// Long after the receipt, but a line was decided a minute ago: the list is moving.
		setAppClock(new Date(start.getTime() + 40 * MINUTE));
		await deliver(list.messages.slice(1, 2));
		setAppClock(new Date(start.getTime() + 41 * MINUTE));
		const moving = recordingQueue();
		await runScheduled(appNow(), env, { queue: moving.queue, cron: REDRIVE_CRON });
		expect(moving.of(list.batchId)).toEqual([]);

		// No progress since: re-driven once per period, again only when the period passes once more.
		setAppClock(new Date(start.getTime() + (41 + REDRIVE_AFTER_MINUTES) * MINUTE));
		const stalled = recordingQueue();
		await runScheduled(appNow(), env, { queue: stalled.queue, cron: REDRIVE_CRON });
		expect(stalled.of(list.batchId)).toHaveLength(8);
		setAppClock(new Date(start.getTime() + (41 + 2 * REDRIVE_AFTER_MINUTES - 1) * MINUTE));
		const soon = recordingQueue();
		await runScheduled(appNow(), env, { queue: soon.queue, cron: REDRIVE_CRON });
		expect(soon.of(list.batchId)).toEqual([]);
		setAppClock(new Date(start.getTime() + (42 + 2 * REDRIVE_AFTER_MINUTES) * MINUTE));
		const later = recordingQueue();
		await runScheduled(appNow(), env, { queue: later.queue, cron: REDRIVE_CRON });
		expect(later.of(list.batchId)).toHaveLength(8);

		await deliver(later.of(list.batchId));
		await expectExactlyOnce(list);
	}, 120_000);

	it('through POST /dev/cron and the real queue, a list that lost its messages completes', async () => {
		const list = await makeList('redrivecron');
		const start = appNow();
		await deliver(list.messages.slice(0, 2));
		setAppClock(new Date(start.getTime() + (REDRIVE_AFTER_MINUTES + 1) * MINUTE));
		const response = await cron();
		expect(response.status).toBe(200);
		const summary = (await response.json()) as { redriven: { batches: number; messages: number } };
		expect(summary.redriven.batches).toBeGreaterThanOrEqual(1);
		expect(summary.redriven.messages).toBeGreaterThanOrEqual(8);
		// The real consumer (wrangler.toml) takes them off the queue.
		await vi.waitFor(async () => expect((await status(list.batchId)).status).toBe('completed'), {
			timeout: 60_000,
			interval: 250
		});
		const again = (await (await cron()).json()) as typeof summary;
		expect(again.redriven.messages).toBe(0);
		await expectExactlyOnce(list);
		const pending = await db()
			.select()
			.from(batch)
			.where(and(eq(batch.id, list.batchId), eq(batch.status, 'completed')));
		expect(pending).toHaveLength(1);
	}, 120_000);
});
