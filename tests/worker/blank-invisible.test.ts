import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { batch, organization } from '$lib/server/db/schema';
import { seedDemo, DEMO } from '$lib/server/dev/seed';

// A line made only of invisible characters (zero-width space, soft hyphen, word joiner) is as
// empty as a line of spaces: refused (JSON) or skipped (files) the same way, and never billed.
const api = (path: string, init: RequestInit = {}) => {
	const headers = new Headers(init.headers);
	headers.set('authorization', `Bearer ${DEMO.employer.token}`);
	headers.set('accept-language', 'en');
	return exports.default.fetch(`http://127.0.0.1/api/v1${path}`, { ...init, headers });
};
const postJson = (body: unknown) =>
	api('/batches', {
		method: 'POST',
		body: JSON.stringify(body),
		headers: { 'content-type': 'application/json' }
	});
const postCsv = (csv: string) =>
	api('/batches?consent=true', {
		method: 'POST',
		body: csv,
		headers: { 'content-type': 'text/csv' }
	});

let employerId = '';
const batches = async () =>
	(await getDb(env.DB)
		.select({ n: count() })
		.from(batch)
		.where(eq(batch.employerId, employerId))
		.get())!.n;

const invisibleRow = {
	lastName: '\u200b',
	firstName: '\u200b',
	postcode: '\u00ad',
	birthDate: '\u2060',
	email: '\u200b'
};

describe('blank lines include invisible-only lines', () => {
	beforeAll(async () => {
		const db = getDb(env.DB);
		await seedDemo(db);
		employerId = (await db
			.select({ id: organization.id })
			.from(organization)
			.where(eq(organization.slug, 'demo-maatwerk'))
			.get())!.id;
	}, 60_000);

	it('refuses an invisible-only JSON line with 400 empty-row, like a blank one, and bills nothing', async () => {
		const before = await batches();
		for (const row of [
			invisibleRow,
			{ lastName: '', firstName: ' ', postcode: '', birthDate: '', email: '' },
			{ lastName: '\ufeff \u200d', firstName: '\u200e\u200f', postcode: '\u180e' }
		]) {
			const response = await postJson({ consent: true, rows: [row] });
			expect(response.status, JSON.stringify(row)).toBe(400);
			expect(await response.json()).toMatchObject({ error: { code: 'empty-row', line: 1 } });
		}
		expect(await batches()).toBe(before);
	});

	it('treats an invisible-only CSV line like an empty one', async () => {
		const header = 'naam;voornaam;postcode;geboortedatum;e-mail';
		const before = await batches();
		const blank = await postCsv(`${header}\n;;;;\n`);
		const invisible = await postCsv(`${header}\n\u200b;\u200b;;;\n`);
		expect(invisible.status).toBe(blank.status);
		expect(invisible.status).toBeGreaterThanOrEqual(400);
		const blankBody = (await blank.json()) as { error: { code: string } };
		expect(await invisible.json()).toMatchObject({ error: { code: blankBody.error.code } });
		expect(await batches()).toBe(before);

		// Between real lines it is skipped, not counted.
		const mixed = await postCsv(
			`${header}\nInvis;Anna;1000;01/02/1985;invis-anna@test.example\n\u200b;\u200b;;;\n`
		);
		expect(mixed.status).toBe(202);
		expect(((await mixed.json()) as { rowCount: number }).rowCount).toBe(1);
		expect(await batches()).toBe(before + 1);
	});
});
