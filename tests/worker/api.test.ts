import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { count, eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { apiToken, batch, organization } from '$lib/server/db/schema';
import { seedDemo, DEMO } from '$lib/server/dev/seed';
import { submitCaptured } from './pipeline-helpers';
import { appNow } from './clock';
import { origin, waitFor } from './http';

const api = (path: string, init: RequestInit & { token?: string } = {}) => {
	const headers = new Headers(init.headers);
	if (init.token) headers.set('authorization', `Bearer ${init.token}`);
	return exports.default.fetch(`${origin}/api/v1${path}`, { ...init, headers });
};
const postJson = (path: string, token: string, body: unknown, headers: HeadersInit = {}) =>
	api(path, {
		method: 'POST',
		token,
		body: JSON.stringify(body),
		headers: { 'content-type': 'application/json', ...headers }
	});

const unique = Math.random().toString(36).slice(2, 8);
const people = Array.from({ length: 4 }, (_, i) => ({
	lastName: `Api${unique}`,
	firstName: `Person${'ABCD'[i]}`,
	postcode: '1000',
	birthDate: `198${i}-03-1${i}`,
	email: `api-${i}-${unique}@test.example`
}));
const asRow = (p: (typeof people)[number]) => {
	const [y, m, d] = p.birthDate.split('-');
	return { ...p, birthDate: `${d}/${m}/${y}` };
};

let employerId = '';
let token = '';

function waitForCompletion(id: string, bearer = token) {
	return waitFor(
		async () => {
			const response = await api(`/batches/${id}`, { token: bearer });
			const body = (await response.json()) as Record<string, unknown>;
			return body.status === 'completed' && body;
		},
		'the list completed',
		{ timeoutMs: 10_000, intervalMs: 100 }
	);
}

describe('API v1', () => {
	beforeAll(async () => {
		await seedDemo(getDb(env.DB));
		const created = await postJson('/employers', DEMO.staff.token, { name: `API test ${unique}` });
		expect(created.status).toBe(201);
		employerId = ((await created.json()) as { id: string }).id;
		const roster = await api(`/employers/${employerId}/roster`, {
			method: 'PUT',
			token: DEMO.staff.token,
			body: JSON.stringify({ people: people.slice(0, 3) }),
			headers: { 'content-type': 'application/json' }
		});
		expect(roster.status).toBe(200);
		expect(await roster.json()).toEqual({ count: 3 });
		const minted = await postJson(`/employers/${employerId}/tokens`, DEMO.staff.token, {
			label: 'test'
		});
		expect(minted.status).toBe(201);
		token = ((await minted.json()) as { token: string }).token;
	}, 60_000);

	it('refuses missing, unknown and wrong-kind tokens', async () => {
		const none = await api('/batches/x');
		expect(none.status).toBe(401);
		expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
		expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
		expect((await api('/batches/x', { token: 'not-a-real-token' })).status).toBe(401);
		expect((await postJson('/batches', DEMO.staff.token, { consent: true, rows: [] })).status).toBe(
			403
		);
		expect((await postJson('/employers', token, { name: 'x' })).status).toBe(403);
	});

	it('records when a token was last used, at most once a minute', async () => {
		const d = getDb(env.DB);
		const lastUsed = async () =>
			(await d.select().from(apiToken).where(eq(apiToken.organisationId, employerId)).get())!
				.lastUsedAt;
		expect((await api('/batches/unknown', { token })).status).toBe(404);
		const first = await lastUsed();
		expect(first).toBeInstanceOf(Date);
		expect((await api('/batches/unknown', { token })).status).toBe(404);
		expect((await lastUsed())!.getTime()).toBe(first!.getTime());
		// a minute later it moves again
		await d
			.update(apiToken)
			.set({ lastUsedAt: new Date(first!.getTime() - 61_000) })
			.where(eq(apiToken.organisationId, employerId));
		expect((await api('/batches/unknown', { token })).status).toBe(404);
		expect((await lastUsed())!.getTime()).toBeGreaterThan(first!.getTime() - 61_000);
	});

	it('takes a JSON list, processes it, and reports codes per line', async () => {
		const response = await postJson('/batches', token, {
			consent: true,
			rows: [asRow(people[0]!), asRow(people[3]!), { ...asRow(people[1]!), postcode: '12' }]
		});
		expect(response.status).toBe(202);
		const accepted = (await response.json()) as Record<string, unknown>;
		expect(accepted).toMatchObject({ status: 'queued', rowCount: 3, cost: { totalCents: 15_150 } });
		expect(response.headers.get('location')).toBe(`/api/v1/batches/${accepted.id}`);
		const done = await waitForCompletion(accepted.id as string);
		expect(done).toMatchObject({
			status: 'completed',
			counts: { '1': 1, '2': 0, '3': 1, '4': 1 },
			cost: { totalCents: 15_150 },
			rows: [
				{ line: 1, code: 1, reason: 'registered' },
				{ line: 2, code: 3, reason: 'not-in-roster' },
				{ line: 3, code: 4, reason: 'postcode-format' }
			]
		});
		expect(JSON.stringify(done)).not.toContain(people[0]!.email);
	});

	it('answers errors as { error: { code, message } } in the caller’s language', async () => {
		const noConsent = await postJson(
			'/batches',
			token,
			{ rows: [asRow(people[0]!)] },
			{ 'accept-language': 'fr-BE' }
		);
		expect(noConsent.status).toBe(400);
		const body = (await noConsent.json()) as { error: { code: string; message: string } };
		expect(body.error.code).toBe('consent-required');
		expect(body.error.message).toContain('personnel');
		expect(
			await (await postJson('/batches', token, { consent: true, rows: [] })).json()
		).toMatchObject({ error: { code: 'no-rows' } });
		const bad = await postJson('/batches', token, { consent: true, rows: 'nope' });
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({ error: { code: 'invalid-body' } });
		const notJson = await api('/batches', {
			method: 'POST',
			token,
			body: '{',
			headers: { 'content-type': 'application/json' }
		});
		expect(notJson.status).toBe(400);
		const tooMany = await postJson('/batches', token, {
			consent: true,
			rows: Array.from({ length: 10_001 }, () => ({ lastName: 'x' }))
		});
		expect(tooMany.status).toBe(413);
		expect(await tooMany.json()).toMatchObject({ error: { code: 'too-many-rows' } });
		const huge = await postJson('/batches', token, { consent: true, pad: 'x'.repeat(9_000_000) });
		expect(huge.status).toBe(413);
		const foreign = await postJson('/batches', token, {
			consent: true,
			rows: [asRow(people[0]!)],
			correctionOf: 'aaaaaaaaaaaaaaaaaaaaaaaaaa'
		});
		expect(foreign.status).toBe(404);
		expect(await foreign.json()).toMatchObject({ error: { code: 'batch-not-found' } });
	});

	it('hides other employers’ lists and honours Idempotency-Key', async () => {
		const first = await postJson(
			'/batches',
			token,
			{ consent: true, rows: [asRow(people[2]!)] },
			{ 'idempotency-key': `key-${unique}` }
		);
		const again = await postJson(
			'/batches',
			token,
			{ consent: true, rows: [asRow(people[2]!)] },
			{ 'idempotency-key': `key-${unique}` }
		);
		const a = (await first.json()) as { id: string };
		const b = (await again.json()) as { id: string };
		expect(b.id).toBe(a.id);
		expect((await api(`/batches/${a.id}`, { token: DEMO.employer.token })).status).toBe(404);
		expect((await api('/batches/unknown', { token })).status).toBe(404);
		await waitForCompletion(a.id);
	});

	it('takes CSV (raw and multipart, without Origin) and XLSX uploads', async () => {
		const csv = `naam;voornaam;postcode;geboortedatum;e-mail\n${people
			.map((p) => {
				const r = asRow(p);
				return [r.lastName, r.firstName, r.postcode, r.birthDate, r.email].join(';');
			})
			.join('\n')}\n`;
		const raw = await api('/batches?consent=true', {
			method: 'POST',
			token,
			body: csv,
			headers: { 'content-type': 'text/csv' }
		});
		expect(raw.status).toBe(202);
		const rawBatch = (await raw.json()) as { id: string; rowCount: number };
		expect(rawBatch.rowCount).toBe(4);
		const rawDone = await waitForCompletion(rawBatch.id);
		// people 0 and 2 were registered by earlier lists, 1 is new, 3 is not in the roster
		expect((rawDone.rows as { code: number }[]).map((r) => r.code)).toEqual([2, 1, 2, 3]);

		const form = new FormData();
		form.set('consent', 'true');
		form.set('file', new File([csv], 'lijst.csv', { type: 'text/csv' }));
		const multipart = await api('/batches', { method: 'POST', token, body: form });
		expect(multipart.status).toBe(202);
		const accepted = (await multipart.json()) as { id: string; rowCount: number };
		expect(accepted.rowCount).toBe(4);
		const done = await waitForCompletion(accepted.id);
		expect((done.rows as { code: number }[]).map((r) => r.code)).toEqual([2, 2, 2, 3]);

		const sheet = utils.aoa_to_sheet([
			['Nom', 'Prénom', 'Code postal', 'Date de naissance', 'E-mail'],
			['Dupont', 'Jean', '1000', '01/02/1980', `xl-${unique}@test.example`]
		]);
		const book = utils.book_new();
		utils.book_append_sheet(book, sheet, 'Liste');
		const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
		const xlsxForm = new FormData();
		xlsxForm.set('consent', 'true');
		xlsxForm.set('file', new File([bytes], 'liste.xlsx'));
		const xlsx = await api('/batches', { method: 'POST', token, body: xlsxForm });
		expect(xlsx.status).toBe(202);
		expect(await xlsx.json()).toMatchObject({ rowCount: 1 });
		const nope = new FormData();
		nope.set('consent', 'true');
		nope.set('file', new File(['x'], 'list.pdf', { type: 'application/pdf' }));
		expect((await api('/batches', { method: 'POST', token, body: nope })).status).toBe(415);
	});

	it('keeps account links when the roster is replaced', async () => {
		const replaced = await api(`/employers/${employerId}/roster`, {
			method: 'PUT',
			token: DEMO.staff.token,
			body: JSON.stringify({ people: people.map(asRow) }),
			headers: { 'content-type': 'application/json' }
		});
		expect(await replaced.json()).toEqual({ count: 4 });
		const response = await postJson('/batches', token, {
			consent: true,
			rows: [asRow(people[0]!)]
		});
		const done = await waitForCompletion(((await response.json()) as { id: string }).id);
		expect(done.rows).toEqual([{ line: 1, code: 2, reason: 'already-active' }]);
		const badRoster = await api(`/employers/${employerId}/roster`, {
			method: 'PUT',
			token: DEMO.staff.token,
			body: JSON.stringify({ people: [{ ...people[0]!, birthDate: 'soon' }] }),
			headers: { 'content-type': 'application/json' }
		});
		expect(badRoster.status).toBe(400);
		expect(await badRoster.json()).toMatchObject({
			error: { index: 0, reason: 'birthdate-invalid' }
		});
		expect(
			(
				await api('/employers/nope/tokens', {
					method: 'POST',
					token: DEMO.staff.token
				})
			).status
		).toBe(404);
	});

	it('serves an OpenAPI 3.1 document of the whole v1 API', async () => {
		const response = await exports.default.fetch(`${origin}/api/v1/openapi.json`);
		expect(response.status).toBe(200);
		const doc = (await response.json()) as { openapi: string; paths: Record<string, object> };
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths).sort()).toEqual([
			'/batches',
			'/batches/{id}',
			'/employers',
			'/employers/{id}/roster',
			'/employers/{id}/tokens'
		]);
	});

	describe('input and output (issue 16)', () => {
		const outsider = (n: number) => ({
			lastName: `Nobody${unique}`,
			firstName: `Line${n}`,
			postcode: '9000',
			birthDate: '01/02/1990',
			email: `nobody-${n}-${unique}@test.example`
		});
		const batchesOf = async (organisationId: string) =>
			(await getDb(env.DB)
				.select({ n: count() })
				.from(batch)
				.where(eq(batch.employerId, organisationId))
				.get())!.n;
		const demoEmployerId = async () =>
			(await getDb(env.DB)
				.select({ id: organization.id })
				.from(organization)
				.where(eq(organization.slug, 'demo-maatwerk'))
				.get())!.id;
		const consecutive = (numbers: number[]) => {
			const sorted = [...numbers].sort((a, b) => a - b);
			expect(new Set(sorted).size).toBe(numbers.length);
			expect(sorted.at(-1)! - sorted[0]!).toBe(numbers.length - 1);
		};

		it('20 concurrent API submits of one employer all get 202 and distinct consecutive numbers', async () => {
			const responses = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					postJson('/batches', DEMO.employer.token, { consent: true, rows: [outsider(i)] })
				)
			);
			expect(responses.map((r) => r.status)).toEqual(Array(20).fill(202));
			const bodies = (await Promise.all(responses.map((r) => r.json()))) as { number: number }[];
			consecutive(bodies.map((b) => b.number));
		});

		it('20 concurrent grid-side submits (submitBatch) of one employer all succeed, numbers distinct', async () => {
			const employer = await demoEmployerId();
			const results = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					submitCaptured({
						employerId: employer,
						rows: [outsider(100 + i)],
						source: 'grid',
						now: appNow()
					})
				)
			);
			const numbers = results.map(({ result }) => {
				if (!result.ok) throw new Error(result.code);
				return result.number;
			});
			consecutive(numbers);
		});

		it('refuses junk lines (arrays, empty objects, non-text fields) with 400 and bills nothing', async () => {
			const before = await batchesOf(employerId);
			const cases: [unknown, string][] = [
				[{ consent: true, rows: [{}, {}, {}] }, 'empty-row'],
				[{ consent: true, rows: [[], []] }, 'invalid-body'],
				[{ consent: true, rows: [['Doe', 'Jane', '1000', '01/01/1990', 'x@y.z']] }, 'invalid-body'],
				[{ consent: true, rows: [asRow(people[0]!), { lastName: ' ', email: '' }] }, 'empty-row'],
				[{ consent: true, rows: [{ lastName: { a: 1 }, firstName: 'x' }] }, 'invalid-body'],
				[{ consent: true, rows: [{ lastName: ['Doe'], firstName: 'x' }] }, 'invalid-body'],
				[{ consent: true, rows: [{ lastName: true, firstName: 'x' }] }, 'invalid-body'],
				[{ consent: true, rows: [null] }, 'invalid-body'],
				[{ consent: true, rows: ['Doe;Jane'] }, 'invalid-body']
			];
			for (const [body, code] of cases) {
				const response = await postJson('/batches', token, body, { 'accept-language': 'en' });
				expect(response.status, JSON.stringify(body)).toBe(400);
				const answer = (await response.json()) as { error: { code: string; line?: number } };
				expect(answer.error.code, JSON.stringify(body)).toBe(code);
				if (code === 'empty-row') expect(answer.error.line).toBeGreaterThan(0);
			}
			expect(await batchesOf(employerId)).toBe(before);
		});

		it('reads UTF-16 CSV files (LE and BE, with BOM), raw and multipart', async () => {
			const csv = `naam;voornaam;postcode;geboortedatum;e-mail\r\n${[outsider(200), outsider(201)]
				.map((r) => [r.lastName, `${r.firstName}é`, r.postcode, r.birthDate, r.email].join(';'))
				.join('\r\n')}\r\n`;
			const le = new Uint8Array(2 + csv.length * 2);
			le.set([0xff, 0xfe]);
			const be = new Uint8Array(2 + csv.length * 2);
			be.set([0xfe, 0xff]);
			for (let i = 0; i < csv.length; i++) {
				const c = csv.charCodeAt(i);
				le.set([c & 0xff, c >> 8], 2 + i * 2);
				be.set([c >> 8, c & 0xff], 2 + i * 2);
			}
			for (const bytes of [le, be]) {
				const raw = await api('/batches?consent=true', {
					method: 'POST',
					token,
					body: bytes,
					headers: { 'content-type': 'text/csv' }
				});
				expect(raw.status).toBe(202);
				const accepted = (await raw.json()) as { id: string; rowCount: number };
				expect(accepted.rowCount).toBe(2);
				const done = await waitForCompletion(accepted.id);
				// decoded right: well-formed people who are not in the roster (garbage would be code 4)
				expect(done.rows).toEqual([
					{ line: 1, code: 3, reason: 'not-in-roster' },
					{ line: 2, code: 3, reason: 'not-in-roster' }
				]);
				const form = new FormData();
				form.set('consent', 'true');
				form.set('file', new File([bytes], 'lijst.csv', { type: 'text/csv' }));
				const multipart = await api('/batches', { method: 'POST', token, body: form });
				expect(multipart.status).toBe(202);
				expect(await multipart.json()).toMatchObject({ rowCount: 2 });
			}
		});

		it('Idempotency-Key: same list → the first answer; another list → 422 in nl, fr and en', async () => {
			const key = `reuse-${unique}`;
			const first = await postJson(
				'/batches',
				token,
				{ consent: true, rows: [outsider(300)] },
				{ 'idempotency-key': key }
			);
			expect(first.status).toBe(202);
			const a = (await first.json()) as Record<string, unknown>;
			await waitForCompletion(a.id as string);
			const before = await batchesOf(employerId);
			const again = await postJson(
				'/batches',
				token,
				{ consent: true, rows: [outsider(300)] },
				{ 'idempotency-key': key }
			);
			expect(again.status).toBe(202);
			expect(await again.json()).toEqual(a);
			const messages = new Set<string>();
			for (const language of ['nl', 'fr', 'en']) {
				const other = await postJson(
					'/batches',
					token,
					{ consent: true, rows: [outsider(301)] },
					{ 'idempotency-key': key, 'accept-language': language }
				);
				expect(other.status).toBe(422);
				const body = (await other.json()) as { error: { code: string; message: string } };
				expect(body.error.code).toBe('idempotency-key-reused');
				expect(body.error.message).toContain('Idempotency-Key');
				messages.add(body.error.message);
			}
			expect(messages.size).toBe(3);
			// the same lines, as a correction of another list, are another submission too
			const asCorrection = await postJson(
				'/batches',
				token,
				{ consent: true, rows: [outsider(300)], correctionOf: a.id },
				{ 'idempotency-key': key }
			);
			expect(asCorrection.status).toBe(422);
			expect(await batchesOf(employerId)).toBe(before);
		});

		it('Idempotency-Key under concurrency: one batch for the same list, 422 for the others', async () => {
			const key = `race-${unique}`;
			const before = await batchesOf(employerId);
			const same = await Promise.all(
				Array.from({ length: 10 }, () =>
					postJson(
						'/batches',
						token,
						{ consent: true, rows: [outsider(400)] },
						{ 'idempotency-key': key }
					)
				)
			);
			expect(same.map((r) => r.status)).toEqual(Array(10).fill(202));
			const ids = new Set(
				((await Promise.all(same.map((r) => r.json()))) as { id: string }[]).map((b) => b.id)
			);
			expect(ids.size).toBe(1);
			const mixed = await Promise.all(
				Array.from({ length: 10 }, (_, i) =>
					postJson(
						'/batches',
						token,
						{ consent: true, rows: [outsider(500 + i)] },
						{ 'idempotency-key': `${key}-mixed` }
					)
				)
			);
			const statuses = mixed.map((r) => r.status).sort();
			expect(statuses).toEqual([202, ...Array(9).fill(422)]);
			expect(await batchesOf(employerId)).toBe(before + 2);
			await waitForCompletion([...ids][0]!);
		});
	});
});
