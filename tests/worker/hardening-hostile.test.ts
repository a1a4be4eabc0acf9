/**
 * Hostile uploads to POST /api/v1/batches (issue 10): broken spreadsheets, garbage, a 50 MB body,
 * absurd cells, RTL and zero-width characters, formulas, HTML/script in every field, and
 * fast-check-generated CSV. Each is refused with a clear JSON error or accepted as data (the
 * queue then gives every line a code) — never a 500.
 */
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utils, write } from '@e965/xlsx';
import { createApiToken } from '$lib/server/api/tokens';
import { db, makeEmployer, origin, person } from './pipeline-helpers';

let token = '';
let rosterRow: string[] = [];

beforeAll(async () => {
	const p = person(1, `hostile${Math.random().toString(36).slice(2, 8)}`);
	const { employerId } = await makeEmployer([p]);
	token = (
		await createApiToken(db(), {
			kind: 'employer',
			organisationId: employerId,
			label: 'hostile',
			createdBy: null
		})
	).token;
	const [y, m, d] = p.birthDate.split('-');
	rosterRow = [p.lastName, p.firstName, p.postcode, `${d}/${m}/${y}`, p.email];
});

function post(body: BodyInit, headers: Record<string, string> = {}) {
	return exports.default.fetch(`${origin}/api/v1/batches`, {
		method: 'POST',
		body,
		headers: { authorization: `Bearer ${token}`, ...headers }
	});
}

function upload(bytes: Uint8Array | string, name: string, type = '') {
	const form = new FormData();
	form.set('consent', 'true');
	form.set('file', new File([bytes as BlobPart], name, { type }));
	return post(form);
}

type Answer = { status: number; body: { id?: string; error?: { code: string; message: string } } };

/** The answer must be JSON: a 201/202 with an id, or a 4xx with an error code and message. */
async function expectClearAnswer(response: Response): Promise<Answer> {
	const text = await response.text();
	expect(response.status, text.slice(0, 200)).toBeLessThan(500);
	expect(response.headers.get('content-type') ?? '').toContain('application/json');
	const body = JSON.parse(text) as Answer['body'];
	if (response.status < 300) expect(body.id).toMatch(/^[a-z2-7]{26}$/);
	else {
		expect(body.error?.code).toMatch(/^[a-z-]+$/);
		expect(body.error?.message.length).toBeGreaterThan(0);
	}
	return { status: response.status, body };
}

/** Polls until the queue has decided every line; returns the line codes. */
async function codesWhenDone(id: string): Promise<number[]> {
	for (let i = 0; i < 150; i++) {
		const response = await exports.default.fetch(`${origin}/api/v1/batches/${id}`, {
			headers: { authorization: `Bearer ${token}` }
		});
		const view = (await response.json()) as {
			status: string;
			lines?: { code: number }[];
			counts?: Record<string, number>;
		};
		if (view.status === 'completed') {
			const lines = await env.DB.prepare(
				'select code from batch_line where batch_id = ? order by line'
			)
				.bind(id)
				.all<{ code: number }>();
			return lines.results.map((l) => l.code);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('batch did not complete');
}

const csv = (rows: string[][]) =>
	rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

function xlsx(rows: string[][]): Uint8Array {
	const book = utils.book_new();
	utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Lijst');
	return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Deterministic pseudo-random bytes. */
function garbage(size: number, seed = 7): Uint8Array {
	const out = new Uint8Array(size);
	for (let i = 0; i < size; i++) {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		out[i] = seed & 0xff;
	}
	return out;
}

describe('hostile uploads', () => {
	it('a valid spreadsheet is accepted (sanity)', async () => {
		const answer = await expectClearAnswer(await upload(xlsx([rosterRow]), 'lijst.xlsx'));
		expect(answer.status).toBe(202);
		expect(await codesWhenDone(answer.body.id!)).toEqual([1]);
	});

	it('truncated and corrupt .xlsx files get a clear error', async () => {
		const good = xlsx([rosterRow, rosterRow]);
		for (const bytes of [
			good.slice(0, Math.floor(good.length / 2)),
			good.slice(0, 30),
			garbage(5000),
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage(2000)]) // a zip header, then noise
		]) {
			const answer = await expectClearAnswer(await upload(bytes, 'lijst.xlsx'));
			if (answer.status >= 300) expect([400, 413, 415]).toContain(answer.status);
		}
	});

	it('binary garbage named .csv, and wrong encodings: refused or taken as data', async () => {
		const utf16 = new Uint8Array(
			[0xff, 0xfe].concat(
				[...'Janssens,Jan,9000,01/01/1980,jan@example.test'].flatMap((c) => [c.charCodeAt(0), 0])
			)
		);
		const latin1 = new Uint8Array(
			[...'Müller,Zoë,9000,01/01/1980,z@example.test'].map((c) => c.charCodeAt(0))
		);
		for (const bytes of [garbage(20_000, 3), utf16, latin1, new Uint8Array([0, 0, 0, 0])]) {
			const answer = await expectClearAnswer(await upload(bytes, 'lijst.csv', 'text/csv'));
			if (answer.status < 300)
				expect((await codesWhenDone(answer.body.id!)).every((c) => c >= 1 && c <= 4)).toBe(true);
		}
	});

	it('a 50 MB body is refused with 413 without being read whole', async () => {
		const chunk = new Uint8Array(1024 * 1024).fill(0x41);
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent >= 50) return controller.close();
				sent++;
				controller.enqueue(chunk);
			}
		});
		const answer = await expectClearAnswer(await post(stream, { 'content-type': 'text/csv' }));
		expect(answer.status).toBe(413);
		expect(sent).toBeLessThan(50); // the reader stopped at the limit
		const declared = await expectClearAnswer(
			await post('x', { 'content-type': 'text/csv', 'content-length': String(50 * 1024 * 1024) })
		);
		expect(declared.status).toBe(413);
	});

	it('more rows than a list may have: 413 too-many-rows', async () => {
		const rows = Array.from({ length: 10_001 }, () => rosterRow);
		const answer = await expectClearAnswer(await upload(csv(rows), 'groot.csv', 'text/csv'));
		expect(answer.status).toBe(413);
		expect(answer.body.error!.code).toBe('too-many-rows');
	});

	it('extremely long cells, RTL and zero-width characters, formulas, HTML: data, code 4 where invalid', async () => {
		const long = 'A'.repeat(100_000);
		const nasty = [
			[long, long, long, long, long],
			['\u202Eenssnaj', '\u200BJan\u200D', '9\u200B000', '01/01/1980', 'jan\u200B@example.test'],
			['=cmd|" /C calc"!A0', '+SUM(1,2)', '-1', '@A1', '=HYPERLINK("http://evil")'],
			Array.from({ length: 5 }, () => '<script>alert(1)</script><img src=x onerror=alert(1)>'),
			['"><svg onload=alert(1)>', "'; drop table user; --", '9000', '01/01/1980', 'x@example.test'],
			rosterRow
		];
		for (const [name, bytes] of [
			['nasty.csv', csv(nasty)],
			['nasty.xlsx', xlsx(nasty.map((r) => r.map((c) => c.slice(0, 32_000))))]
		] as const) {
			const answer = await expectClearAnswer(await upload(bytes, name));
			expect(answer.status, name).toBe(202);
			const codes = await codesWhenDone(answer.body.id!);
			// invalid values → 4; well-formed strangers (RTL name, SQL-looking name) → 3
			expect([codes[0], codes[2], codes[3]]).toEqual([4, 4, 4]);
			expect([3, 4]).toContain(codes[1]);
			expect([3, 4]).toContain(codes[4]);
			expect(codes[5]).toBe(2); // the roster person, registered by the sanity test
			expect(codes).toHaveLength(6);
		}
		const users = await env.DB.prepare(
			"select count(*) as n from user where name like '%<script%'"
		).first<{ n: number }>();
		expect(users!.n).toBe(0);
	});

	it('generated CSV (fast-check): always a clear answer', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 7 }), {
					maxLength: 6
				}),
				fc.boolean(),
				async (rows, quoted) => {
					const text = quoted ? csv(rows) : rows.map((r) => r.join(';')).join('\n');
					await expectClearAnswer(await upload(text, 'gen.csv', 'text/csv'));
				}
			),
			{ numRuns: 40, seed: 20261123 }
		);
	}, 60_000);
});
