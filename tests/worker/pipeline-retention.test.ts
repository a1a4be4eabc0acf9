import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch, batchStuck } from '$lib/server/db/schema';
import { markResultsOpened } from '$lib/server/lists/retention';
import { getBatchView } from '$lib/server/lists/read';
import { runScheduled } from '$lib/server/worker/scheduled';
import { deleteBatchKeys } from '$lib/server/lists/batch-keys';
import {
	db,
	deliver,
	linesOf,
	makeEmployer,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';

const DAY = 24 * 3600 * 1000;

/** Every row of every D1 table, as text. */
async function dumpTables(): Promise<Record<string, string>> {
	const tables = await env.DB.prepare(
		"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%'"
	).all<{ name: string }>();
	const out: Record<string, string> = {};
	for (const { name } of tables.results) {
		const rows = await env.DB.prepare(`select * from "${name}"`).all();
		out[name] = JSON.stringify(rows.results);
	}
	return out;
}

const tablesContaining = (dump: Record<string, string>, needle: string) =>
	Object.entries(dump)
		.filter(([, text]) => text.toLowerCase().includes(needle.toLowerCase()))
		.map(([name]) => name)
		.sort();

const keyInKv = async (batchId: string) => (await env.BATCH_KEYS.get(`batch:${batchId}`)) !== null;

describe('pipeline: destroying the raw list', () => {
	it('keeps no plaintext of the list in D1, and drops the key when nothing is kept', async () => {
		const registered = person(70, 'keptacct');
		const { employerId } = await makeEmployer([registered]);
		const missing = person(71, 'gonemissing');
		const wrong = person(72, 'gonewrong');
		const { result, messages } = await submitCaptured({
			employerId,
			rows: [row(registered), row(missing), row(wrong, { postcode: '12' })]
		});
		if (!result.ok) throw new Error('submit failed');
		const queued = await dumpTables();
		// The roster (the employer's YOU-P user list) names the registered person; the list does not.
		expect(tablesContaining(queued, registered.lastName)).toEqual(['roster_entry']);
		for (const p of [missing, wrong]) {
			expect(tablesContaining(queued, p.lastName)).toEqual([]);
			expect(tablesContaining(queued, p.email)).toEqual([]);
		}
		await deliver(messages);
		const done = await dumpTables();
		// The account is the YOU-P user record; the dev mailbox holds the mail sent to it.
		expect(tablesContaining(done, registered.lastName)).toEqual(['roster_entry', 'user']);
		expect(tablesContaining(done, registered.email)).toEqual(['dev_mail', 'roster_entry', 'user']);
		for (const p of [missing, wrong]) {
			expect(tablesContaining(done, p.lastName)).toEqual([]);
			expect(tablesContaining(done, p.email)).toEqual([]);
			expect(tablesContaining(done, p.firstName)).toEqual([]);
		}
		expect(await keyInKv(result.batchId)).toBe(true);

		// Opened: code-1/2 data goes at the next daily run; code 3/4 stays (not corrected yet).
		const now = new Date();
		await markResultsOpened(db(), result.batchId, now);
		// The cron says what it did, in counts (POST /dev/cron and `npm start` print this).
		expect(await runScheduled(new Date(now.getTime() + 1000), env)).toEqual({
			purged: { lines: 1, keys: 0 },
			redriven: { batches: 0, messages: 0 }
		});
		let lines = await linesOf(result.batchId);
		expect(lines.map((l) => l.payload !== null)).toEqual([false, true, true]);
		expect(await keyInKv(result.batchId)).toBe(true);

		// 30 days later nothing is kept: lines empty, key gone, batch marked purged.
		expect(await runScheduled(new Date(now.getTime() + 31 * DAY), env)).toEqual({
			purged: { lines: 2, keys: 1 },
			redriven: { batches: 0, messages: 0 }
		});
		lines = await linesOf(result.batchId);
		expect(lines.every((l) => l.payload === null && l.hint === null)).toBe(true);
		expect(await keyInKv(result.batchId)).toBe(false);
		const purged = await db().select().from(batch).where(eq(batch.id, result.batchId)).get();
		expect(purged!.purgedAt).toBeInstanceOf(Date);
		// counts and codes survive: they are not personal data
		expect(lines.map((l) => l.code)).toEqual([1, 3, 4]);
	});

	it('purges code-1/2 data after 7 days even when the results were never opened', async () => {
		const p = person(73, 'sevendays');
		const { employerId } = await makeEmployer([p]);
		const { result, messages } = await submitCaptured({ employerId, rows: [row(p)] });
		if (!result.ok) throw new Error('submit failed');
		await deliver(messages);
		await runScheduled(new Date(Date.now() + 6 * DAY), env);
		expect((await linesOf(result.batchId))[0]!.payload).not.toBeNull();
		await runScheduled(new Date(Date.now() + 7 * DAY + 60_000), env);
		expect((await linesOf(result.batchId))[0]!.payload).toBeNull();
		expect(await keyInKv(result.batchId)).toBe(false);
	});

	it('a correction ends the retention of the original’s code-3/4 lines', async () => {
		const p = person(74, 'correct');
		const { employerId } = await makeEmployer([p]);
		const first = await submitCaptured({
			employerId,
			rows: [row(p), row(p, { birthDate: '31/02/1980' })]
		});
		if (!first.result.ok) throw new Error('submit failed');
		await deliver(first.messages);
		const correction = await submitCaptured({
			employerId,
			rows: [row(p)],
			correctionOf: first.result.batchId
		});
		expect(correction.result.ok).toBe(true);
		const lines = await linesOf(first.result.batchId);
		expect(lines[0]!.payload).not.toBeNull();
		expect(lines[1]!.payload).toBeNull();
		expect(lines[1]!.correctedInBatchId).toBe(
			correction.result.ok ? correction.result.batchId : ''
		);
	});
});

describe('pipeline: submission rules', () => {
	it('refuses without consent, without rows, over the limit, and foreign corrections', async () => {
		const p = person(80, 'rules');
		const mine = await makeEmployer([p]);
		const other = await makeEmployer([p]);
		const noConsent = await submitCaptured({
			employerId: mine.employerId,
			rows: [row(p)],
			consent: false
		});
		expect(noConsent.result).toMatchObject({ ok: false, status: 400, code: 'consent-required' });
		expect(noConsent.messages).toEqual([]);
		expect((await submitCaptured({ employerId: mine.employerId, rows: [] })).result).toMatchObject({
			ok: false,
			status: 400,
			code: 'no-rows'
		});
		const small = Object.assign({}, env, { MAX_LIST_ROWS: '2' }) as Env;
		const tooMany = await submitCaptured(
			{ employerId: mine.employerId, rows: [row(p), row(p), row(p)] },
			small
		);
		expect(tooMany.result).toMatchObject({ ok: false, status: 413, code: 'too-many-rows' });
		const theirs = await submitCaptured({ employerId: other.employerId, rows: [row(p)] });
		const foreign = await submitCaptured({
			employerId: mine.employerId,
			rows: [row(p)],
			correctionOf: theirs.result.ok ? theirs.result.batchId : 'x'
		});
		expect(foreign.result).toMatchObject({ ok: false, status: 404, code: 'batch-not-found' });
	});

	it('returns the same batch for the same idempotency key, list and employer; another list is 422', async () => {
		const p = person(81, 'idem');
		const { employerId } = await makeEmployer([p]);
		const other = await makeEmployer([p]);
		const a = await submitCaptured({ employerId, rows: [row(p)], idempotencyKey: 'k-1' });
		const again = await submitCaptured({ employerId, rows: [row(p)], idempotencyKey: 'k-1' });
		const changed = await submitCaptured({
			employerId,
			rows: [row(p), row(p)],
			idempotencyKey: 'k-1'
		});
		const c = await submitCaptured({
			employerId: other.employerId,
			rows: [row(p)],
			idempotencyKey: 'k-1'
		});
		expect(a.result.ok && again.result.ok && c.result.ok).toBe(true);
		if (!a.result.ok || !again.result.ok || !c.result.ok) return;
		expect(again.result.batchId).toBe(a.result.batchId);
		expect(again.result.rowCount).toBe(1);
		expect(again.messages).toEqual([]);
		expect(changed.result).toMatchObject({
			ok: false,
			status: 422,
			code: 'idempotency-key-reused'
		});
		expect(changed.messages).toEqual([]);
		expect(c.result.batchId).not.toBe(a.result.batchId);
		expect(a.result.number).toBe(1);
		const d = await submitCaptured({ employerId, rows: [row(p)] });
		expect(d.result.ok && d.result.number).toBe(2);
	});
});

describe('pipeline: stuck work', () => {
	it('records failures with a reason and shows dead-lettered lines as stuck', async () => {
		const p = person(90, 'stuck');
		const { employerId } = await makeEmployer([p]);
		const { result, messages } = await submitCaptured({ employerId, rows: [row(p), row(p)] });
		if (!result.ok) throw new Error('submit failed');
		await deleteBatchKeys(env.BATCH_KEYS, result.batchId);
		const failed = await deliver(messages);
		expect(failed.retryMessages.length).toBe(1);
		const recorded = await db()
			.select()
			.from(batchStuck)
			.where(eq(batchStuck.batchId, result.batchId));
		expect(recorded).toMatchObject([{ reason: 'batch-key-missing', fromLine: 1, toLine: 2 }]);
		expect(recorded[0]!.deadAt).toBeNull();

		const dead = await deliver(messages, { queue: 'you-p-registration-dlq', attempts: 6 });
		expect(dead.explicitAcks.length).toBe(1);
		const view = await getBatchView(db(), { employerId, batchId: result.batchId });
		expect(view).toMatchObject({ status: 'queued', pending: 2, stuck: 2 });
		const after = await db()
			.select()
			.from(batchStuck)
			.where(eq(batchStuck.batchId, result.batchId));
		expect(after[0]).toMatchObject({ reason: 'batch-key-missing', attempts: 6 });
		expect(after[0]!.deadAt).toBeInstanceOf(Date);
	});

	it('acks malformed messages instead of retrying them forever', async () => {
		const outcome = await deliver([{ nonsense: true } as never]);
		expect(outcome.explicitAcks.length).toBe(1);
	});
});
