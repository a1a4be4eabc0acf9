/**
 * D1 round trips, statements and rows written per message of the list pipeline and per account
 * of the partner pipeline, counted by wrapping the D1, KV and queue bindings (issue 19). These
 * are counts, not timings: the same on every machine. The figures are printed (BENCHMARKS.md
 * "Round trips" quotes them) and their ceilings asserted, so a per-line loop that creeps back in
 * fails here.
 */
import { env } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { handleQueueBatch } from '$lib/server/worker/queue';
import { handlePartnerBatch } from '$lib/server/partners';
import sveltekit from 'sveltekit-worker';
import type { LineRangeMessage } from '$lib/server/lists/message';
import {
	devPartnerAccount,
	organization,
	partnerLink,
	user,
	type PartnerId
} from '$lib/server/db/schema';
import { db, linesOf, makeEmployer, person, row, submitCaptured } from './pipeline-helpers';

interface Counts {
	roundTrips: number;
	statements: number;
	rowsWritten: number;
	kv: number;
	sendBatch: number;
	send: number;
	sent: unknown[];
	/** What each round trip was (the first 70 characters of a statement, or batch(n)). */
	trace: string[];
}

const fresh = (): Counts => ({
	roundTrips: 0,
	statements: 0,
	rowsWritten: 0,
	kv: 0,
	sendBatch: 0,
	send: 0,
	sent: [],
	trace: []
});

const written = (result: unknown) =>
	(result as { meta?: { rows_written?: number } } | null)?.meta?.rows_written ?? 0;

/** D1 with every round trip counted: a statement's run/all/first/raw, or one batch() of many. */
function countedD1(d1: D1Database, c: Counts): D1Database {
	// Proxied statements are not the binding's own objects: batch() gets the originals.
	const original = new WeakMap<object, D1PreparedStatement>();
	const sqlOf = new WeakMap<object, string>();
	const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
		const proxy = new Proxy(statement, {
			get(target, key) {
				const value = Reflect.get(target, key, target);
				if (typeof value !== 'function') return value;
				const call = (...args: unknown[]) =>
					(value as (...a: unknown[]) => unknown).apply(target, args);
				if (key === 'bind')
					return (...args: unknown[]) => {
						const bound = wrap(call(...args) as D1PreparedStatement);
						sqlOf.set(bound, sqlOf.get(proxy) ?? '?');
						return bound;
					};
				if (key === 'run' || key === 'all' || key === 'first' || key === 'raw')
					return async (...args: unknown[]) => {
						c.roundTrips++;
						c.statements++;
						c.trace.push(sqlOf.get(proxy) ?? '?');
						const result = await call(...args);
						if (key === 'run' || key === 'all') c.rowsWritten += written(result);
						return result;
					};
				return call;
			}
		});
		original.set(proxy, statement);
		return proxy;
	};
	return new Proxy(d1, {
		get(target, key) {
			if (key === 'prepare')
				return (query: string) => {
					const w = wrap(target.prepare(query));
					sqlOf.set(w, query.slice(0, 70));
					return w;
				};
			if (key === 'batch')
				return async (statements: D1PreparedStatement[]) => {
					c.roundTrips++;
					c.statements += statements.length;
					c.trace.push(`batch(${statements.length})`);
					const results = await target.batch(statements.map((s) => original.get(s) ?? s));
					for (const result of results) c.rowsWritten += written(result);
					return results;
				};
			const value = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

function countedEnv(c: Counts): Env {
	const kv = new Proxy(env.BATCH_KEYS, {
		get(target, key) {
			const value = Reflect.get(target, key, target);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				c.kv++;
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		}
	});
	const partners = {
		send: async (body: unknown) => {
			c.send++;
			c.sent.push(body);
		},
		sendBatch: async (messages: { body: unknown }[]) => {
			c.sendBatch++;
			for (const m of messages) c.sent.push(m.body);
		}
	} as unknown as Queue;
	return Object.assign({}, env, {
		DB: countedD1(env.DB, c),
		BATCH_KEYS: kv,
		PARTNERS: partners
	}) as Env;
}

describe('round trips (issue 19)', () => {
	it('a 50-line message with 3/4 code 1: ≤ 12 D1 round trips, ≤ 60 statements, one sendBatch; partners ≤ 3 round trips a message', async () => {
		const suffix = `rt${Date.now() % 100000}`;
		const people = Array.from({ length: 100 }, (_, i) => person(i, suffix));
		// Per 50 lines: 38 new (code 1), 6 not in the roster (code 3), 6 with a bad postcode (code 4).
		const codeOf = (i: number) => (i % 50 < 38 ? 1 : i % 50 < 44 ? 3 : 4);
		const { employerId } = await makeEmployer(people.filter((_, i) => codeOf(i) !== 3));
		const rows = people.map((p, i) => row(p, codeOf(i) === 4 ? { postcode: '12' } : {}));
		const { result, messages } = await submitCaptured({ employerId, rows });
		expect(result.ok).toBe(true);
		expect(messages).toHaveLength(2);

		const runMessage = async (body: LineRangeMessage, n: number) => {
			const c = fresh();
			const batch = createMessageBatch<LineRangeMessage>('you-p-registration', [
				{ id: `rt-${n}`, timestamp: new Date(), attempts: 1, body }
			]);
			const ctx = createExecutionContext();
			await handleQueueBatch(batch as MessageBatch<unknown>, countedEnv(c), ctx);
			const outcome = await getQueueResult(batch, ctx);
			expect(outcome.explicitAcks).toHaveLength(1);
			console.log(
				`list message ${n} of 2, 50 lines (38 code 1${n === 2 ? ', completes the list' : ''}): ` +
					`${c.roundTrips} D1 round trips, ${c.statements} statements, ${c.rowsWritten} rows written ` +
					`(${(c.rowsWritten / 50).toFixed(1)} a line), ${c.kv} KV calls, ${c.sendBatch} sendBatch ` +
					`(${c.sent.length} partner messages)\n  ${c.trace.join(' | ')}`
			);
			expect(c.sendBatch).toBe(1);
			expect(c.send).toBe(0);
			// One partner message per partner for the whole chunk, not one per account.
			expect(c.sent).toHaveLength(2);
			return c;
		};
		const c = await runMessage(messages[0]!, 1);
		expect(c.roundTrips).toBeLessThanOrEqual(12);
		expect(c.statements).toBeLessThanOrEqual(60);
		// Completing the list (members' mails, audit event, status) costs 4 round trips more.
		const last = await runMessage(messages[1]!, 2);
		expect(last.roundTrips).toBeLessThanOrEqual(16);
		expect(last.statements).toBeLessThanOrEqual(70);
		const lines = await linesOf(result.ok ? result.batchId : '');
		expect(lines.map((l) => l.code)).toEqual(people.map((_, i) => codeOf(i)));

		// The partner consumer on the two partner messages; the local stand-in answers through the
		// built app's real request path, with its own counted bindings (its share printed apart).
		const p = fresh();
		const standIn = fresh();
		const partnerBatch = createMessageBatch(
			'you-p-partners',
			c.sent.map((body, i) => ({ id: `rt-p-${i}`, timestamp: new Date(), attempts: 1, body }))
		);
		const pctx = createExecutionContext();
		const standInEnv = countedEnv(standIn);
		let requests = 0;
		await handlePartnerBatch(partnerBatch, countedEnv(p), pctx, {
			fetcher: (request: Request) => {
				requests++;
				return sveltekit.fetch(request, standInEnv, pctx);
			}
		});
		const partnerOutcome = await getQueueResult(partnerBatch, pctx);
		expect(partnerOutcome.explicitAcks).toHaveLength(2);
		const links = 38 * 2;
		const perLink = (n: number) => (n / links).toFixed(2);
		console.log(
			`partner pipeline, 2 messages, ${links} links: consumer ${p.roundTrips} D1 round trips ` +
				`(${p.roundTrips / 2} a message, ${perLink(p.roundTrips)} a link), ${p.statements} statements ` +
				`(${perLink(p.statements)} a link), ${p.sendBatch} sendBatch; ${requests} partner requests; ` +
				`stand-in ${standIn.roundTrips} D1 round trips (${perLink(standIn.roundTrips)} a link), ` +
				`${standIn.statements} statements\n  consumer: ${p.trace.slice(0, 8).join(' | ')}` +
				(p.trace.length > 8 ? ` | … ${p.trace.length - 8} more` : '')
		);
		expect(requests).toBe(links);
		// Set-based per message: claim, accounts, outcomes — not three per link (that was 228 here).
		expect(p.roundTrips).toBeLessThanOrEqual(3 * 2);
		expect(p.statements).toBeLessThanOrEqual(6 * 2);
		expect(p.sendBatch + p.send).toBe(0);
		// The stand-in: one round trip per call (record and account in one batch), was four.
		expect(standIn.roundTrips).toBeLessThanOrEqual(links);

		// What arrived is each person's own data, and every link is settled and free.
		const d = db();
		const employer = await d
			.select({ name: organization.name })
			.from(organization)
			.where(eq(organization.id, employerId))
			.get();
		for (const body of c.sent as { partner: PartnerId; accountIds: string[] }[]) {
			expect(body.accountIds).toHaveLength(38);
			const held = await d
				.select({ externalId: devPartnerAccount.externalId, data: devPartnerAccount.data })
				.from(devPartnerAccount)
				.where(
					and(
						eq(devPartnerAccount.partner, body.partner),
						inArray(devPartnerAccount.externalId, body.accountIds)
					)
				);
			const emails = new Map(
				(
					await d
						.select({ id: user.id, email: user.email })
						.from(user)
						.where(inArray(user.id, body.accountIds))
				).map((u) => [u.id, u.email])
			);
			expect(held).toHaveLength(38);
			for (const account of held)
				expect(JSON.parse(account.data)).toMatchObject({
					externalId: account.externalId,
					email: emails.get(account.externalId),
					employer: employer?.name
				});
			const settled = await d
				.select({
					status: partnerLink.status,
					attempts: partnerLink.attempts,
					lease: partnerLink.leaseUntil
				})
				.from(partnerLink)
				.where(
					and(
						eq(partnerLink.partner, body.partner),
						inArray(partnerLink.accountId, body.accountIds)
					)
				);
			expect(settled).toEqual(
				body.accountIds.map(() => ({ status: 'active', attempts: 1, lease: null }))
			);
		}

		// The same messages delivered again: nothing to claim, nobody called, nothing written.
		const again = fresh();
		const redelivery = createMessageBatch(
			'you-p-partners',
			c.sent.map((body, i) => ({ id: `rt-p2-${i}`, timestamp: new Date(), attempts: 2, body }))
		);
		const actx = createExecutionContext();
		const before = requests;
		await handlePartnerBatch(redelivery, countedEnv(again), actx, {
			fetcher: (request: Request) => {
				requests++;
				return sveltekit.fetch(request, standInEnv, actx);
			}
		});
		expect((await getQueueResult(redelivery, actx)).explicitAcks).toHaveLength(2);
		console.log(
			`partner pipeline, the same 2 messages again: ${again.roundTrips} D1 round trips, ` +
				`${requests - before} partner requests`
		);
		expect(requests).toBe(before);
		expect(again.roundTrips).toBeLessThanOrEqual(2 * 2);
		expect(again.sendBatch + again.send).toBe(0);
	}, 60_000);
});
