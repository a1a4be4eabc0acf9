/**
 * Privacy scan (issue 10): a list with distinctive names and e-mails ending in codes 1, 2, 3 and
 * 4 is processed; then every D1 table, every KV entry of BATCH_KEYS, every console line written
 * during processing and every queue payload is searched for what was submitted. Only the account
 * record may hold a code-1 person; after the retention periods (fixed clock) nothing of the list.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { runScheduled } from '$lib/server/worker/scheduled';
import type { LineRangeMessage } from '$lib/server/lists/message';
import { db, deliver, linesOf, makeEmployer, row, submitCaptured } from './pipeline-helpers';

const tag = newId().slice(0, 6);
const mk = (label: string, n: number) => ({
	lastName: `Zyxwvutsrq${label}${tag}`,
	firstName: `Qponmlkj${label}${tag}`,
	postcode: '9000',
	birthDate: `19${70 + n}-0${n}-1${n}`,
	email: `privacy-scan-${label}-${tag}@example.test`
});
const registered = mk('one', 1); // code 1, and again on a later line: code 2
const unknown = mk('three', 3); // not in the roster: code 3
const invalid = { ...mk('four', 4), birthDate: '31/02/1980' }; // impossible date: code 4

/**
 * Tables that may hold a code-1 person: the account record and the YOU-P user list (roster; the
 * person was on it before the list came), and the local stand-ins of systems outside YOU-P (the
 * dev mailbox is the mail provider's outbox, dev_partner_* the partner platforms; both are empty
 * in production).
 */
const ACCOUNT_TABLES = new Set(['user', 'roster_entry']);
const EXTERNAL_STAND_INS = /^dev_/;

const needles = (p: { lastName: string; firstName: string; email: string }) => [
	p.lastName.toLowerCase(),
	p.firstName.toLowerCase(),
	p.email.toLowerCase()
];

async function tableNames(): Promise<string[]> {
	const { results } = await env.DB.prepare(
		"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%'"
	).all<{ name: string }>();
	return results.map((r) => r.name);
}

/** Every table (and KV) in which any of the needles occurs, case-insensitively. */
async function whereFound(values: string[]): Promise<string[]> {
	const found = new Set<string>();
	for (const name of await tableNames()) {
		const { results } = await env.DB.prepare(`select * from "${name}"`).all();
		const text = JSON.stringify(results).toLowerCase();
		if (values.some((v) => text.includes(v))) found.add(name);
	}
	let cursor: string | undefined;
	do {
		const page = await env.BATCH_KEYS.list({ cursor });
		for (const key of page.keys) {
			const value = (await env.BATCH_KEYS.get(key.name)) ?? '';
			const text = `${key.name} ${value}`.toLowerCase();
			if (values.some((v) => text.includes(v))) found.add(`kv:${key.name}`);
		}
		cursor = page.list_complete ? undefined : page.cursor;
	} while (cursor);
	return [...found].sort();
}

async function batchKeys(batchId: string): Promise<string[]> {
	const page = await env.BATCH_KEYS.list();
	return page.keys.map((k) => k.name).filter((k) => k.includes(batchId));
}

let batchId = '';
let messages: LineRangeMessage[] = [];
let logged = '';

afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
	const { employerId } = await makeEmployer([registered, mk('roster', 5)]);
	const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
		vi.spyOn(console, level)
	);
	const submitted = await submitCaptured({
		employerId,
		rows: [row(registered), row(unknown), row(invalid), row(registered)],
		now: new Date()
	});
	if (!submitted.result.ok) throw new Error('submit failed');
	batchId = submitted.result.batchId;
	messages = submitted.messages;
	await deliver(messages);
	await deliver(messages, { attempts: 2 }); // a redelivery must not log more either
	logged = spies
		.flatMap((spy) => spy.mock.calls.map((call) => call.map((a) => String(a)).join(' ')))
		.join('\n')
		.toLowerCase();
	vi.restoreAllMocks();
});

describe('privacy scan', () => {
	it('the list got one line per code', async () => {
		expect((await linesOf(batchId)).map((l) => l.code)).toEqual([1, 3, 4, 2]);
	});

	it('queue messages carry ids and a line range only', () => {
		expect(messages.length).toBeGreaterThan(0);
		for (const m of messages) {
			expect(Object.keys(m).sort()).toEqual(['batchId', 'from', 'to', 'v']);
			const text = JSON.stringify(m).toLowerCase();
			for (const v of [...needles(registered), ...needles(unknown), ...needles(invalid)])
				expect(text).not.toContain(v);
		}
	});

	it('nothing submitted is written to the console while processing', () => {
		for (const v of [...needles(registered), ...needles(unknown), ...needles(invalid)])
			expect(logged).not.toContain(v);
	});

	it('code 3 and 4 lines are nowhere in clear; a code-1 person only in the account record', async () => {
		expect(await whereFound([...needles(unknown), ...needles(invalid)])).toEqual([]);
		const holders = await whereFound(needles(registered));
		expect(holders).toContain('user');
		expect(holders.filter((t) => !ACCOUNT_TABLES.has(t) && !EXTERNAL_STAND_INS.test(t))).toEqual(
			[]
		);
		// the per-batch key exists until the purge
		expect((await batchKeys(batchId)).length).toBeGreaterThan(0);
	});

	it('after the retention periods (fixed clock) nothing of the list remains; the account does', async () => {
		const received = (await db().select().from(batch).where(eq(batch.id, batchId)).get())!
			.receivedAt;
		const spy = vi.spyOn(console, 'error');
		await runScheduled(new Date(received.getTime() + 31 * 86_400_000), env);
		expect(spy).not.toHaveBeenCalled();
		const lines = await linesOf(batchId);
		expect(lines.every((l) => l.payload === null && l.hint === null)).toBe(true);
		expect(lines.map((l) => l.code)).toEqual([1, 3, 4, 2]); // codes (no personal data) stay
		expect(await batchKeys(batchId)).toEqual([]);
		expect(await whereFound([...needles(unknown), ...needles(invalid)])).toEqual([]);
		const holders = await whereFound(needles(registered));
		expect(holders).toContain('user');
		expect(holders.filter((t) => !ACCOUNT_TABLES.has(t) && !EXTERNAL_STAND_INS.test(t))).toEqual(
			[]
		);
	});
});
