import { beforeAll, describe, expect, it } from 'vitest';
import { read, utils, type WorkSheet } from '@e965/xlsx';
import { eq } from 'drizzle-orm';
import { DEMO } from '$lib/server/dev/seed';
import { organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import {
	db,
	forgetUsedSteps,
	get,
	insertBatch,
	passwordSession,
	post,
	seedWithTotp,
	staffSession
} from './backoffice-helpers';
import { setAppClock } from './clock';
import { INVOICE_HEADER_NL } from '../fixtures/exports';

async function insertEmployer(name: string, enterpriseNumber: string | null = null) {
	const row = await db()
		.insert(organization)
		.values({ name, slug: `t-${newId()}`, kind: 'employer', enterpriseNumber })
		.returning({ id: organization.id })
		.get();
	return row.id;
}

/** Semicolon CSV as the export writes it (quoted fields may hold ; and ""). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ';') {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

const rowsOf = (sheet: WorkSheet) => utils.sheet_to_json<unknown[]>(sheet, { header: 1 });

describe('invoicing export', () => {
	let staff: string;
	let payerId: string;
	let hostileId: string;
	const HOSTILE = `=HYPERLINK("http://evil";"klik") ${newId().slice(0, 6)}`;

	beforeAll(async () => {
		await seedWithTotp();
		// Staff look at the first quarter of 2031 on 10 April 2031.
		setAppClock('2031-04-10T08:00:00Z');
		await forgetUsedSteps();
		staff = await staffSession();
		payerId = await insertEmployer(`Factuur Test vzw ${newId().slice(0, 6)}`, '0202239951');
		hostileId = await insertEmployer(HOSTILE);
		const first = await insertBatch(payerId, {
			number: 1,
			rows: 120,
			receivedAt: '2031-01-15T09:00:00Z',
			completedAt: '2031-01-15T09:00:00Z'
		});
		// 28 Feb 23:30 UTC is 1 March 00:30 in Brussels: a March list. A correction list of one line.
		await insertBatch(payerId, {
			number: 2,
			rows: 1,
			receivedAt: '2031-02-28T23:30:00Z',
			completedAt: '2031-02-28T23:30:00Z',
			correctionOf: first
		});
		// 31 March 21:30 UTC is 23:30 in Brussels (summer time since 30 March): still March
		await insertBatch(payerId, {
			number: 3,
			rows: 400,
			receivedAt: '2031-03-31T21:30:00Z',
			completedAt: '2031-03-31T21:30:00Z'
		});
		// 31 March 22:30 UTC is 1 April 00:30 in Brussels: the second quarter
		await insertBatch(hostileId, {
			number: 1,
			rows: 3,
			receivedAt: '2031-03-31T22:30:00Z',
			completedAt: '2031-03-31T22:30:00Z'
		});
		await insertBatch(hostileId, {
			number: 2,
			rows: 10,
			receivedAt: '2031-02-10T10:00:00Z',
			completedAt: '2031-02-10T10:00:00Z'
		});
	});

	it('is for staff only: anonymous visitors log in, employers and employees go home', async () => {
		const path = '/beheer/kosten/export?year=2031&quarter=1&format=csv';
		const anonymous = await get(path);
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe('/login?next=%2Fbeheer%2Fkosten%2Fexport');
		const employer = await passwordSession(DEMO.employer.email, DEMO.employer.password);
		const employee = await passwordSession('marie.vandenbossche@demo.test', 'demo-employee-1-2026');
		for (const [cookie, home] of [
			[employer!, '/werkgever'],
			[employee!, '/mijn']
		] as const) {
			for (const format of ['csv', 'xlsx']) {
				const response = await get(path.replace('csv', format), cookie);
				expect(response.status, format).toBe(303);
				expect(response.headers.get('location')).toBe(home);
				expect(await response.text()).not.toContain('Factuur Test');
			}
		}
		expect((await get(path, staff)).status).toBe(200);
	});

	it('lists per list the enterprise number, Brussels date, VAT and correction flag (.csv)', async () => {
		const response = await get('/beheer/kosten/export?year=2031&quarter=1&format=csv', staff);
		expect(response.headers.get('content-disposition')).toContain('you-p-facturatie-2031-Q1.csv');
		const [header, ...lines] = parseCsv(await response.text());
		expect(header).toEqual(INVOICE_HEADER_NL);
		const mine = lines.filter((l) => l.at(-1) === payerId).map((l) => l.slice(1, 10));
		expect(mine).toEqual([
			['0202.239.951', '1', '2031-01-15', '120', '210,00', '21', '44,10', '254,10', 'nee'],
			// 150,50 × 21 % = 31,605: rounded per list, half a cent up
			['0202.239.951', '2', '2031-03-01', '1', '150,50', '21', '31,61', '182,11', 'ja'],
			['0202.239.951', '3', '2031-03-31', '400', '300,00', '21', '63,00', '363,00', 'nee']
		]);
		// the hostile employer's April list is not in the first quarter; its February one is
		const hostile = lines.filter((l) => l.at(-1) === hostileId);
		expect(hostile.map((l) => l[2])).toEqual(['2']);
		expect(hostile[0]![0]).toBe(`'${HOSTILE}`);
		expect(hostile[0]![1]).toBe('');
	});

	it('takes a month, a quarter or a range of Brussels days', async () => {
		const numbersOf = async (query: string) => {
			const csv = await (await get(`/beheer/kosten/export?${query}&format=csv`, staff)).text();
			return parseCsv(csv)
				.filter((l) => l.at(-1) === payerId || l.at(-1) === hostileId)
				.map((l) => `${l.at(-1) === payerId ? 'payer' : 'hostile'} ${l[2]}`);
		};
		expect(await numbersOf('month=2031-03')).toEqual(['payer 2', 'payer 3']);
		expect(await numbersOf('month=2031-02')).toEqual(['hostile 2']);
		expect(await numbersOf('year=2031&quarter=2')).toEqual(['hostile 1']);
		expect(await numbersOf('from=2031-03-01&to=2031-04-01')).toContain('hostile 1');
		expect((await numbersOf('from=2031-03-01&to=2031-04-01')).sort()).toEqual(
			['hostile 1', 'payer 2', 'payer 3'].sort()
		);
		for (const bad of [
			'month=2031-13',
			'year=31&quarter=1',
			'year=2031&quarter=5',
			'from=2031-04-02&to=2031-04-01',
			'from=2031-01-01'
		])
			expect((await get(`/beheer/kosten/export?${bad}&format=csv`, staff)).status, bad).toBe(400);
	});

	it('.xlsx: amounts as numbers, totals per employer as sums of the lists, names as text', async () => {
		const response = await get('/beheer/kosten/export?year=2031&quarter=1&format=xlsx', staff);
		expect(response.status).toBe(200);
		const book = read(new Uint8Array(await response.arrayBuffer()), { type: 'array' });
		expect(book.SheetNames).toEqual(['Totalen', 'Lijsten']);
		const lists = rowsOf(book.Sheets.Lijsten!);
		const first = lists.find((r) => r.at(-1) === payerId && r[2] === 1)!;
		expect(first.slice(4, 10)).toEqual([120, 210, 21, 44.1, 254.1, 'nee']);
		const totals = rowsOf(book.Sheets.Totalen!);
		const payer = totals.find((r) => r.at(-1) === payerId)!;
		expect(payer[1]).toBe('0202.239.951');
		expect(payer.slice(2, 4)).toEqual([3, 521]);
		expect(payer[4]).toBeCloseTo(660.5, 2);
		expect(payer[5]).toBeCloseTo(138.71, 2);
		expect(payer[6]).toBeCloseTo(799.21, 2);
		for (const name of book.SheetNames) {
			const sheet = book.Sheets[name]!;
			const r = rowsOf(sheet).findIndex((row) => row.at(-1) === hostileId);
			const cell = sheet[utils.encode_cell({ r, c: 0 })]!;
			expect(cell.t, name).toBe('s');
			expect(cell.f, name).toBeUndefined();
			expect(cell.v, name).toBe(`'${HOSTILE}`);
		}
	});

	it('writes the headers in the reader’s language', async () => {
		const csv = await (
			await get('/beheer/kosten/export?month=2031-03&format=csv', `${staff}; lang=fr`)
		).text();
		const [header, ...lines] = parseCsv(csv);
		expect(header).toContain('Numéro d’entreprise');
		expect(header).toContain('Total TVA comprise (EUR)');
		expect(lines.find((l) => l.at(-1) === payerId && l[2] === '2')![9]).toBe('oui');
	});

	it('shows the period on the cost page with VAT and says amounts are excl. VAT', async () => {
		const text = (html: string) =>
			html
				.replace(/<[^>]+>/g, '')
				.replace(/[\u00a0\u202f]|&nbsp;/g, ' ')
				.replace(/\s+/g, ' ');
		const nl = text(await (await get('/beheer/kosten?year=2031&quarter=1', staff)).text());
		expect(nl).toContain('kwartaal 1 van 2031');
		expect(nl).toContain('exclusief btw');
		expect(nl).toContain('0202.239.951');
		expect(nl).toContain('€ 799,21');
		const fr = text(
			await (await get('/beheer/kosten?year=2031&quarter=1', `${staff}; lang=fr`)).text()
		);
		expect(fr).toContain('hors TVA');
		expect(fr).toContain('799,21 €');
		const bad = text(
			await (await get('/beheer/kosten?from=2031-05-01&to=2031-04-01', staff)).text()
		);
		expect(bad).toContain('Deze periode kunnen we niet lezen');
	});
});

describe('the enterprise number at the staff form boundary', () => {
	let staff: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
	});

	const named = (name: string) =>
		db().select().from(organization).where(eq(organization.name, name)).get();

	it('refuses a wrong check digit or format on create, and stores a valid one as ten digits', async () => {
		const name = `KBO Test ${newId().slice(0, 6)}`;
		for (const [number, message] of [
			['0202.239.952', 'controle'],
			['2202.239.951', '10 cijfers'],
			['0202.239.95', '10 cijfers'],
			['abc', '10 cijfers']
		] as const) {
			const response = await post(
				'/beheer/werkgevers?/create',
				{ name, locale: 'nl', enterpriseNumber: number },
				staff
			);
			expect(response.status, number).toBe(400);
			expect(await response.text(), number).toContain(message);
			expect(await named(name), number).toBeUndefined();
		}
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name, locale: 'nl', enterpriseNumber: 'BE 0202 239 951' },
			staff
		);
		expect(created.status).toBe(303);
		expect((await named(name))?.enterpriseNumber).toBe('0202239951');
		const page = await (await get(created.headers.get('location')!, staff)).text();
		expect(page).toContain('0202.239.951');
	});

	it('refuses a wrong number on update and keeps the stored one; empty clears it', async () => {
		const name = `KBO Edit ${newId().slice(0, 6)}`;
		const id = await insertEmployer(name, '0403227515');
		const update = (enterpriseNumber: string) =>
			post(`/beheer/werkgevers/${id}?/update`, { name, locale: 'fr', enterpriseNumber }, staff);
		const refused = await update('0403.227.516');
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('controle');
		expect(await named(name)).toMatchObject({ enterpriseNumber: '0403227515', locale: 'nl' });
		expect((await update('0400.378.485')).status).toBe(200);
		expect((await named(name))?.enterpriseNumber).toBe('0400378485');
		expect((await update('')).status).toBe(200);
		expect((await named(name))?.enterpriseNumber).toBeNull();
	});

	it('does not let an employer set an enterprise number', async () => {
		const id = await insertEmployer(`KBO Guard ${newId().slice(0, 6)}`, '0403227515');
		const employer = await passwordSession(DEMO.employer.email, DEMO.employer.password);
		const response = await post(
			`/beheer/werkgevers/${id}?/update`,
			{ name: 'Overgenomen', locale: 'nl', enterpriseNumber: '0202.239.951' },
			employer
		);
		expect(response.status).toBe(303);
		expect(
			(await db().select().from(organization).where(eq(organization.id, id)).get())
				?.enterpriseNumber
		).toBe('0403227515');
	});
});
