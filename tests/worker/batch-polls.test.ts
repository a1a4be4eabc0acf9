/**
 * Cheap polls (issue 19): GET /api/v1/batches/{id} answers from the batch row (ETag/304,
 * Retry-After while in progress, result lines paged once completed), the batch row's counts equal
 * the lines' codes after every kind of delivery, and the list pages' status endpoints answer the
 * employer of the list only.
 */
import { exports } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { batch, batchLine } from '$lib/server/db/schema';
import { createApiToken } from '$lib/server/api/tokens';
import {
	db,
	deliver,
	getPage,
	makeEmployer,
	origin,
	ownerCookie,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';

async function listOf(n: number, tag: string) {
	const suffix = `${tag}${Date.now() % 100000}`;
	const people = Array.from({ length: n }, (_, i) => person(i, suffix));
	// Every fifth person is not in the roster (code 3), every seventh has a bad postcode (code 4).
	const employer = await makeEmployer(people.filter((_, i) => i % 5 !== 4));
	const rows = people.map((p, i) => row(p, i % 7 === 6 ? { postcode: '12' } : {}));
	const { result, messages } = await submitCaptured({ employerId: employer.employerId, rows });
	if (!result.ok) throw new Error('submit failed');
	const { token } = await createApiToken(db(), {
		kind: 'employer',
		organisationId: employer.employerId,
		label: 'poll test',
		createdBy: null
	});
	return { ...employer, batchId: result.batchId, messages, token };
}

const api = (path: string, token: string, headers: Record<string, string> = {}) =>
	exports.default.fetch(`${origin}/api/v1${path}`, {
		headers: { authorization: `Bearer ${token}`, ...headers }
	});

/** The batch row's counts, and the same counted from its lines. */
async function countsOf(batchId: string) {
	const row = await db()
		.select({
			done: batch.doneCount,
			1: batch.count1,
			2: batch.count2,
			3: batch.count3,
			4: batch.count4
		})
		.from(batch)
		.where(eq(batch.id, batchId))
		.get();
	const lines = await db()
		.select({ code: batchLine.code, n: sql<number>`count(*)` })
		.from(batchLine)
		.where(eq(batchLine.batchId, batchId))
		.groupBy(batchLine.code);
	const fromLines = { done: 0, 1: 0, 2: 0, 3: 0, 4: 0 } as Record<string, number>;
	for (const l of lines)
		if (l.code !== null) {
			fromLines[String(l.code)] = l.n;
			fromLines.done! += l.n;
		}
	return { row, fromLines };
}

describe('GET /api/v1/batches/{id} (issue 19)', () => {
	it('in progress: counts from the row, no lines, ETag with 304, Retry-After', async () => {
		const list = await listOf(120, 'poll');
		const first = await api(`/batches/${list.batchId}`, list.token);
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^W\/".+"$/);
		expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);
		const body = (await first.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ status: 'queued', pending: 120, rows: [], nextAfter: null });

		const again = await api(`/batches/${list.batchId}`, list.token, { 'if-none-match': etag! });
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(etag);
		expect(again.headers.get('retry-after')).toBe(first.headers.get('retry-after'));
		expect(await again.text()).toBe('');

		// One message processed: the answer changes, so does its tag, and a stale tag gets 200.
		await deliver([list.messages[0]!]);
		const moved = await api(`/batches/${list.batchId}`, list.token, { 'if-none-match': etag! });
		expect(moved.status).toBe(200);
		expect(moved.headers.get('etag')).not.toBe(etag);
		const progress = (await moved.json()) as { pending: number; status: string; rows: unknown[] };
		expect(progress).toMatchObject({ status: 'processing', pending: 70, rows: [] });
	});

	it('completed: no Retry-After, result lines paged with rows/after, bad paging 400', async () => {
		const list = await listOf(120, 'page');
		await deliver(list.messages);
		const all = await api(`/batches/${list.batchId}`, list.token);
		expect(all.status).toBe(200);
		expect(all.headers.get('retry-after')).toBeNull();
		const whole = (await all.json()) as {
			status: string;
			rows: { line: number; code: number }[];
			nextAfter: number | null;
		};
		expect(whole.status).toBe('completed');
		expect(whole.rows.map((r) => r.line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
		expect(whole.nextAfter).toBeNull();

		const seen: { line: number; code: number }[] = [];
		let after = 0;
		for (let pages = 0; pages < 10; pages++) {
			const response = await api(`/batches/${list.batchId}?rows=50&after=${after}`, list.token);
			const page = (await response.json()) as typeof whole;
			seen.push(...page.rows);
			if (page.nextAfter === null) break;
			after = page.nextAfter;
		}
		expect(seen).toEqual(whole.rows);
		const empty = await api(`/batches/${list.batchId}?rows=0`, list.token);
		expect(((await empty.json()) as typeof whole).rows).toEqual([]);
		// The tag covers the page asked for: another page is not "not modified".
		const tag = (await api(`/batches/${list.batchId}?rows=10`, list.token)).headers.get('etag')!;
		const other = await api(`/batches/${list.batchId}?rows=10&after=10`, list.token, {
			'if-none-match': tag
		});
		expect(other.status).toBe(200);
		for (const query of ['rows=-1', 'rows=1001', 'rows=abc', 'after=1.5', 'after=x'])
			expect((await api(`/batches/${list.batchId}?${query}`, list.token)).status).toBe(400);
	});
});

describe('counts on the batch row (issue 19)', () => {
	it('equal the lines’ codes after crashes, retries and redeliveries', async () => {
		const list = await listOf(150, 'cnt');
		// A crash after the accounts were written, on the first attempt of every message.
		await deliver(list.messages, { fault: 'pipeline.after-account-insert@1' });
		let counts = await countsOf(list.batchId);
		expect(counts.row).toEqual(counts.fromLines);
		await deliver(list.messages, { attempts: 2 });
		counts = await countsOf(list.batchId);
		expect(counts.row).toEqual(counts.fromLines);
		expect(counts.row!.done).toBe(150);
		// A duplicate delivery (the queue is at-least-once) and a re-drive change nothing.
		await deliver(list.messages, { attempts: 3 });
		await deliver([list.messages[1]!]);
		expect(await countsOf(list.batchId)).toEqual(counts);
		const done = await db().select().from(batch).where(eq(batch.id, list.batchId)).get();
		expect(done?.status).toBe('completed');
	});
});

describe('status endpoints of the list pages (issue 19)', () => {
	it('answer the employer of the list, nobody else', async () => {
		const mine = await listOf(60, 'stat');
		const theirs = await listOf(10, 'oth');
		const cookie = await ownerCookie(mine.ownerEmail);
		const own = await getPage(`/werkgever/lijsten/${mine.batchId}/status`, cookie);
		expect(own.status).toBe(200);
		expect(await own.json()).toMatchObject({ id: mine.batchId, status: 'queued', pending: 60 });
		await deliver([mine.messages[0]!]);
		const later = (await (
			await getPage(`/werkgever/lijsten/${mine.batchId}/status`, cookie)
		).json()) as { pending: number; counts: Record<string, number> };
		expect(later.pending).toBe(10);
		const counts = await countsOf(mine.batchId);
		expect(later.counts).toEqual({
			1: counts.row![1],
			2: counts.row![2],
			3: counts.row![3],
			4: counts.row![4]
		});

		// Another employer's list: 404, and it is not in this employer's list of statuses.
		expect((await getPage(`/werkgever/lijsten/${theirs.batchId}/status`, cookie)).status).toBe(404);
		const statuses = (await (await getPage('/werkgever/lijsten/status', cookie)).json()) as {
			id: string;
		}[];
		expect(statuses.map((s) => s.id)).toEqual([mine.batchId]);
		// Nobody signed in: sent to the login, no data.
		for (const path of [`/werkgever/lijsten/${mine.batchId}/status`, '/werkgever/lijsten/status']) {
			const anonymous = await getPage(path, '');
			expect(anonymous.status).toBe(303);
			expect(anonymous.headers.get('location')).toMatch(/^\/login/);
		}
	});
});
