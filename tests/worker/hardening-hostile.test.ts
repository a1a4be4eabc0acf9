/**
 * Hostile uploads to POST /api/v1/batches (issue 10): broken spreadsheets, garbage, a 50 MB body,
 * absurd cells, RTL and zero-width characters, formulas, HTML/script in every field, and
 * fast-check-generated CSV, zip bombs (honest and lying sizes), a million-row .xlsx. Each is
 * refused with a clear JSON error or accepted as data (the queue then gives every line a code) —
 * never a 500. The back-office roster upload gets the bombs too.
 */
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utils, write } from '@e965/xlsx';
import { createApiToken } from '$lib/server/api/tokens';
import { db, makeEmployer, origin, person } from './pipeline-helpers';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import { waitFor, withOrigin } from './http';
import { manyRowsXlsx, odsRepeatBomb, zipBombXlsx } from '../fixtures/grid/hostile-files';

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
	await waitFor(
		async () => {
			const response = await exports.default.fetch(`${origin}/api/v1/batches/${id}`, {
				headers: { authorization: `Bearer ${token}` }
			});
			return ((await response.json()) as { status: string }).status === 'completed';
		},
		'the list completed',
		{ timeoutMs: 15_000, intervalMs: 100 }
	);
	const lines = await env.DB.prepare('select code from batch_line where batch_id = ? order by line')
		.bind(id)
		.all<{ code: number }>();
	return lines.results.map((l) => l.code);
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

	it('a zip bomb (2 GiB declared honestly, about 2 MB sent): 413, nothing inflated past the cap', async () => {
		const bomb = zipBombXlsx(2048);
		expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
		const answer = await expectClearAnswer(await upload(bomb, 'bom.xlsx'));
		expect(answer.status).toBe(413);
		expect(answer.body.error!.code).toBe('payload-too-large');
	});

	it('a zip bomb whose headers claim 1 KB (1 GiB real): 413 too, the guard counts what inflates', async () => {
		const answer = await expectClearAnswer(await upload(zipBombXlsx(1024, true), 'bom.xlsx'));
		expect(answer.status).toBe(413);
		expect(answer.body.error!.code).toBe('payload-too-large');
		const raw = await expectClearAnswer(
			await post(zipBombXlsx(1024, true) as BodyInit, {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			})
		);
		expect(raw.status).toBe(413);
		// sizes declared as 0: inflated, counted, stopped at the worker's 32 MiB cap
		const zero = await expectClearAnswer(await upload(zipBombXlsx(1024, 'zero'), 'bom.xlsx'));
		expect(zero.status).toBe(413);
		expect(zero.body.error!.code).toBe('payload-too-large');
	}, 180_000);

	it('an .xlsx with 1,000,000 rows (small compressed): 413 too-many-rows, as upload and as body', async () => {
		const million = manyRowsXlsx(1_000_000);
		expect(million.length).toBeLessThan(1024 * 1024);
		const answer = await expectClearAnswer(await upload(million, 'groot.xlsx'));
		expect(answer.status).toBe(413);
		expect(answer.body.error).toEqual({
			code: 'too-many-rows',
			message: 'De lijst heeft te veel regels. Verdeel hem over meerdere lijsten.'
		});
		const raw = await expectClearAnswer(
			await post(million as BodyInit, {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'accept-language': 'fr'
			})
		);
		expect(raw.status).toBe(413);
		expect(raw.body.error!.code).toBe('too-many-rows');
		// 10,001 lines is one too many; 10,000 go through (the queue then decides each line)
		expect((await expectClearAnswer(await upload(manyRowsXlsx(10_001), 'over.xlsx'))).status).toBe(
			413
		);
	}, 60_000);
});

describe('hostile roster uploads (back office)', () => {
	let cookie = '';
	let employerId = '';
	beforeAll(async () => {
		await seedWithTotp();
		cookie = await staffSession();
		employerId = (
			await makeEmployer([person(2, `roster${Math.random().toString(36).slice(2, 8)}`)])
		).employerId;
	});

	async function preview(bytes: Uint8Array, name: string) {
		const form = new FormData();
		form.set('file', new File([bytes as BlobPart], name));
		const response = await exports.default.fetch(
			`${origin}/beheer/werkgevers/${employerId}/lijst-importeren?/preview`,
			{ method: 'POST', body: form, headers: withOrigin({ accept: 'text/html', cookie }) }
		);
		return { status: response.status, html: await response.text() };
	}

	it('a zip bomb: 413 with a clear message', async () => {
		for (const bomb of [zipBombXlsx(2048), zipBombXlsx(1024, true), zipBombXlsx(1024, 'zero')]) {
			const answer = await preview(bomb, 'bom.xlsx');
			expect(answer.status).toBe(413);
			expect(answer.html).toContain('uitgepakt veel te groot');
		}
	}, 180_000);

	it('a million rows: 413 with a clear message', async () => {
		const answer = await preview(manyRowsXlsx(1_000_000), 'groot.xlsx');
		expect(answer.status).toBe(413);
		expect(answer.html).toContain('meer dan 20.000 regels');
		// an .ods with one value repeated a million times (SheetJS would expand it cell by cell)
		const ods = await preview(odsRepeatBomb(1_000_000, 1000), 'herhaald.ods');
		expect(ods.status).toBe(413);
		expect(ods.html).toContain('meer dan 20.000 regels');
	});

	it('a corrupt .xlsx: 400 unreadable, never a 500', async () => {
		const good = xlsx([rosterRow, rosterRow]);
		const answer = await preview(good.slice(0, Math.floor(good.length / 2)), 'kapot.xlsx');
		expect(answer.status).toBe(400);
		expect(answer.html).toContain('kon niet gelezen worden');
		// random bytes are read as (useless) text by SheetJS: still a clear 400
		const noise = await preview(garbage(3000, 11), 'ruis.xlsx');
		expect(noise.status).toBe(400);
		expect(noise.html).toMatch(/kon niet gelezen worden|geen bruikbare personen/);
	});
});
