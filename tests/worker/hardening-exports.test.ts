/**
 * Every spreadsheet export, downloaded with hostile cells and parsed back (issue 16): the
 * employer's results (.csv, .xlsx) and the back office's invoicing (.csv, .xlsx). No text cell may
 * start a formula (= + - @ tab CR LF), and a cell holding a separator of any locale, a quote or a
 * line break is one quoted field, so `Doe,=1+1` never becomes a field `=1+1`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { read, utils } from '@e965/xlsx';
import { organization } from '$lib/server/db/schema';
import { brusselsDate } from '$lib/registration/deadline';
import { appNow } from './clock';
import {
	db,
	deliver,
	getPage,
	makeEmployer,
	ownerCookie,
	person,
	submitCaptured
} from './pipeline-helpers';
import { get, seedWithTotp, staffSession } from './backoffice-helpers';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n'];
const HOSTILE = [
	'Doe,=1+1',
	'\n=1+1',
	'\r=2+2',
	'\t=3+3',
	'=HYPERLINK("http://evil","x")',
	'@SUM(A1)',
	'Doe;=4+4',
	'a"b',
	'+32 9 000',
	'-5+5'
];

/** The text a cell holds after the export's escaping: as is, or behind one apostrophe. */
function expectSafe(text: string, original: string) {
	expect([original, `'${original}`]).toContain(text);
	if (text !== '') expect(DANGEROUS).not.toContain(text[0]);
}

/** The text of a CSV download, which starts with a UTF-8 byte-order mark (for Excel). */
async function csvText(response: Response): Promise<string> {
	const bytes = new Uint8Array(await response.arrayBuffer());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return new TextDecoder().decode(bytes.subarray(3));
}

/** Parses a `;` CSV download; also reads it with `,` (Excel elsewhere) and checks line starts. */
function parseCsv(text: string): string[][] {
	const own = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
	expect(own.errors).toEqual([]);
	const other = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
	for (const row of other.data)
		if (row[0]) expect(DANGEROUS, JSON.stringify(row[0])).not.toContain(row[0][0]);
	return own.data;
}

const month = () => brusselsDate(appNow()).slice(0, 7);

describe('exports with hostile cells', () => {
	let batchId = '';
	let cookie = '';
	let hostileEmployers: { id: string; name: string }[] = [];

	beforeAll(async () => {
		await seedWithTotp();
		const mine = await makeEmployer([person(1, 'xport')]);
		// Every field of every line hostile: lines rotate the payloads through the five columns.
		const rows = HOSTILE.map((_, i) => {
			const at = (k: number) => HOSTILE[(i + k) % HOSTILE.length]!;
			return { lastName: at(0), firstName: at(1), postcode: at(2), birthDate: at(3), email: at(4) };
		});
		const { result, messages } = await submitCaptured({
			employerId: mine.employerId,
			rows,
			now: appNow()
		});
		if (!result.ok) throw new Error(result.code);
		batchId = result.batchId;
		await deliver(messages);
		cookie = await ownerCookie(mine.ownerEmail);

		hostileEmployers = [];
		for (const name of ['Doe,=1+1', '\n=cmd|"/c calc"!A1', '=HYPERLINK("http://evil")']) {
			const employer = await makeEmployer([]);
			await db().update(organization).set({ name }).where(eq(organization.id, employer.employerId));
			const sent = await submitCaptured({
				employerId: employer.employerId,
				rows: [{ lastName: 'X', firstName: 'Y', postcode: '9000', birthDate: '', email: '' }],
				now: appNow()
			});
			if (!sent.result.ok) throw new Error(sent.result.code);
			hostileEmployers.push({ id: employer.employerId, name });
		}
	}, 60_000);

	const submitted = () =>
		HOSTILE.map((_, i) => [0, 1, 2, 3, 4].map((k) => HOSTILE[(i + k) % HOSTILE.length]!));

	it('results .csv: every submitted cell reads back escaped, in its own field', async () => {
		const response = await getPage(`/werkgever/lijsten/${batchId}/resultaten.csv`, cookie);
		expect(response.status).toBe(200);
		const body = await csvText(response);
		expect(body).toContain('"Doe,=1+1"');
		const [, ...lines] = parseCsv(body);
		expect(lines).toHaveLength(HOSTILE.length);
		// Regel, the five fields, Code, Resultaat, Uitleg, Suggestie
		submitted().forEach((cells, i) => {
			expect(lines[i]!.length).toBe(10);
			expect(lines[i]![0]).toBe(String(i + 1));
			cells.forEach((original, c) => expectSafe(lines[i]![c + 1]!, original));
			expect(lines[i]![6]).toBe('4');
		});
	});

	it('results .xlsx: every submitted cell is text, escaped; line and code are numbers', async () => {
		const response = await getPage(`/werkgever/lijsten/${batchId}/resultaten.xlsx`, cookie);
		expect(response.status).toBe(200);
		const book = read(new Uint8Array(await response.arrayBuffer()), { type: 'array' });
		const sheet = book.Sheets[book.SheetNames[0]!]!;
		submitted().forEach((cells, i) => {
			expect(sheet[utils.encode_cell({ r: i + 1, c: 0 })]).toMatchObject({ t: 'n', v: i + 1 });
			cells.forEach((original, c) => {
				const cell = sheet[utils.encode_cell({ r: i + 1, c: c + 1 })]!;
				expect(cell.t).toBe('s');
				expect(cell.f).toBeUndefined();
				expectSafe(String(cell.v).replace(/\r\n?/g, '\n'), original.replace(/\r\n?/g, '\n'));
			});
			expect(sheet[utils.encode_cell({ r: i + 1, c: 6 })]).toMatchObject({ t: 'n', v: 4 });
		});
	});

	it('invoicing .csv and .xlsx: hostile employer names read back escaped', async () => {
		const staff = await staffSession();
		const csv = await get(`/beheer/kosten/export?month=${month()}&format=csv`, staff);
		expect(csv.status).toBe(200);
		const body = await csvText(csv);
		expect(body).toContain('"Doe,=1+1"');
		const lines = parseCsv(body);
		for (const { id, name } of hostileEmployers) {
			const line = lines.find((l) => l.at(-1) === id);
			expect(line, name).toBeDefined();
			expectSafe(line![0]!, name);
		}

		const xlsx = await get(`/beheer/kosten/export?month=${month()}&format=xlsx`, staff);
		expect(xlsx.status).toBe(200);
		const book = read(new Uint8Array(await xlsx.arrayBuffer()), { type: 'array' });
		expect(book.SheetNames).toHaveLength(2);
		for (const sheetName of book.SheetNames) {
			const sheet = book.Sheets[sheetName]!;
			const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
			for (const { id, name } of hostileEmployers) {
				const r = rows.findIndex((row) => row.at(-1) === id);
				expect(r, `${sheetName} ${name}`).toBeGreaterThan(0);
				const cell = sheet[utils.encode_cell({ r, c: 0 })]!;
				expect(cell.f).toBeUndefined();
				expectSafe(String(cell.v).replace(/\r\n?/g, '\n'), name);
			}
		}
	});
});
