import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch } from '$lib/server/db/schema';
import { runScheduled } from '$lib/server/worker/scheduled';
import { DAY_MS } from '$lib/server/lists/periods';
import { readResultLines } from '$lib/server/lists/results/batch-lines';
import { RESULT_WIDTHS } from '$lib/server/lists/results/results-file';
import { addRosterPerson } from '$lib/server/rosters/edit-roster';
import {
	db,
	linesOf,
	getPage,
	makeEmployer,
	ownerCookie,
	person,
	processedBatch,
	row,
	submitCaptured
} from './pipeline-helpers';
import { loginCookie as rolesLogin, makeOrganisation } from './mandates-helpers';
import { postForm } from './http';
import { RESULTS_HEADER_NL } from '../fixtures/exports';

const correct = (batchId: string, cookie: string, fields: Record<string, string>) =>
	postForm(`/werkgever/lijsten/${batchId}?/correct`, fields, {
		cookie,
		headers: { 'accept-language': 'nl-BE' }
	});

const batchesOf = (employerId: string) =>
	db().select({ id: batch.id }).from(batch).where(eq(batch.employerId, employerId));

/** Form fields correcting `line` to `r`. */
const fieldsFor = (line: number, r: ReturnType<typeof row>) =>
	Object.fromEntries(Object.entries(r).map(([k, v]) => [`l${line}-${k}`, v]));

describe('results: corrections', () => {
	it('corrects only the changed code-3/4 lines, as a new list of the same employer', async () => {
		const p = person(1, 'rescorr');
		const q = person(2, 'rescorr');
		const mine = await makeEmployer([p, q]);
		const batchId = await processedBatch(mine.employerId, [
			row(p, { postcode: '12' }),
			row(q, { firstName: 'Somebody' })
		]);
		expect((await linesOf(batchId)).map((l) => l.code)).toEqual([4, 3]);
		const cookie = await ownerCookie(mine.ownerEmail);
		// Without JavaScript the page already holds the editable fields, prefilled.
		const before = await (await getPage(`/werkgever/lijsten/${batchId}`, cookie)).text();
		expect(before).toMatch(/<input[^>]*name="l1-postcode"[^>]*value="12"/);
		expect(before).toContain('name="l2-firstName"');

		// Without consent: refused, nothing submitted.
		const refused = await correct(batchId, cookie, { ...fieldsFor(1, row(p)) });
		expect(refused.status).toBe(400);
		expect(await batchesOf(mine.employerId)).toHaveLength(1);
		// The shared validation runs on the server too.
		const invalid = await correct(batchId, cookie, {
			...fieldsFor(1, row(p, { postcode: '99' })),
			consent: 'on'
		});
		expect(invalid.status).toBe(400);
		expect(await invalid.text()).toContain('De postcode moet uit 4 cijfers bestaan');

		// Line 2 unchanged, line 1 corrected: only line 1 goes out.
		const sent = await correct(batchId, cookie, {
			...fieldsFor(1, row(p)),
			...fieldsFor(2, row(q, { firstName: 'Somebody' })),
			consent: 'on'
		});
		expect(sent.status).toBe(303);
		const newId = sent.headers.get('location')!.split('/').pop()!;
		const created = await db().select().from(batch).where(eq(batch.id, newId)).get();
		expect(created).toMatchObject({ employerId: mine.employerId, correctionOfId: batchId });
		expect(created!.rowCount).toBe(1);
		const original = await linesOf(batchId);
		expect(original[0]).toMatchObject({ correctedInBatchId: newId, payload: null });
		// The line left alone keeps its data and can still be corrected.
		expect(original[1]).toMatchObject({ correctedInBatchId: null });
		expect(original[1]!.payload).not.toBeNull();

		const after = await (await getPage(`/werkgever/lijsten/${batchId}`, cookie)).text();
		expect(after).not.toContain('name="l1-postcode"');
		expect(after).toContain('Verbeterd in lijst 2');
		expect(after).toContain('name="l2-firstName"');

		// A corrected line cannot be corrected twice.
		const again = await correct(batchId, cookie, { ...fieldsFor(1, row(p)), consent: 'on' });
		expect(again.status).toBe(409);
		expect(await batchesOf(mine.employerId)).toHaveLength(2);
	});

	it('a correction can only reference the caller’s own batch', async () => {
		const p = person(3, 'resown');
		const mine = await makeEmployer([p]);
		const theirs = await makeEmployer([p]);
		const foreign = await processedBatch(theirs.employerId, [row(p, { postcode: '12' })]);
		const cookie = await ownerCookie(mine.ownerEmail);
		const response = await correct(foreign, cookie, { ...fieldsFor(1, row(p)), consent: 'on' });
		expect(response.status).toBe(404);
		expect(await batchesOf(mine.employerId)).toHaveLength(0);
		expect((await linesOf(foreign))[0]!.payload).not.toBeNull();
		// The pipeline itself refuses it too (API path).
		const direct = await submitCaptured({
			employerId: mine.employerId,
			rows: [row(p)],
			correctionOf: foreign
		});
		expect(direct.result).toMatchObject({ ok: false, status: 404 });
		// Neither the page nor the downloads show another employer's batch.
		expect((await getPage(`/werkgever/lijsten/${foreign}`, cookie)).status).toBe(404);
		expect((await getPage(`/werkgever/lijsten/${foreign}/resultaten.csv`, cookie)).status).toBe(
			404
		);
	});

	it('purged lines cannot be corrected; the page then shows only counts and cost', async () => {
		const p = person(4, 'respurge');
		const mine = await makeEmployer([p]);
		const batchId = await processedBatch(mine.employerId, [row(p, { postcode: '12' })]);
		await runScheduled(new Date(Date.now() + 31 * DAY_MS), env);
		expect((await linesOf(batchId))[0]!.payload).toBeNull();
		const cookie = await ownerCookie(mine.ownerEmail);
		const response = await correct(batchId, cookie, { ...fieldsFor(1, row(p)), consent: 'on' });
		expect(response.status).toBe(409);
		expect(await response.text()).toContain('Regel 1 kan niet meer worden verbeterd');
		expect(await batchesOf(mine.employerId)).toHaveLength(1);
		const html = await (await getPage(`/werkgever/lijsten/${batchId}`, cookie)).text();
		expect(html).toContain('De persoonsgegevens van deze lijst zijn gewist');
		expect(html).toMatch(/€\s?150,50/);
		expect(html).not.toContain(p.lastName);
		expect((await getPage(`/werkgever/lijsten/${batchId}/resultaten.xlsx`, cookie)).status).toBe(
			410
		);
	});
});

describe('results: hints', () => {
	it('the hint never reveals another employer’s roster', async () => {
		const x = { ...person(5, 'reshint'), lastName: 'Vandermeulen', firstName: 'Griet' };
		const owner = await makeEmployer([x]);
		const stranger = await makeEmployer([person(6, 'reshint')]);
		const misspelt = row(x, { firstName: 'Grietje' });

		const theirs = await processedBatch(stranger.employerId, [misspelt]);
		const [line] = await readResultLines(db(), env, theirs);
		expect(line).toMatchObject({ code: 3, hint: null });
		const cookie = await ownerCookie(stranger.ownerEmail);
		const html = await (await getPage(`/werkgever/lijsten/${theirs}`, cookie)).text();
		expect(html).toContain('Grietje');
		expect(html).not.toContain('Vandermeulen, Griet ');
		expect(html).not.toContain('Bedoelt u');

		// The employer whose roster has the person does get the hint.
		const own = await processedBatch(owner.employerId, [misspelt]);
		const [hinted] = await readResultLines(db(), env, own);
		expect(hinted!.hint?.candidate).toMatchObject({ lastName: 'Vandermeulen', firstName: 'Griet' });
		const ownHtml = await (
			await getPage(`/werkgever/lijsten/${own}`, await ownerCookie(owner.ownerEmail))
		).text();
		expect(ownHtml).toContain('Bedoelt u Vandermeulen, Griet');
	});
});

describe('results: downloads', () => {
	it('escapes hostile cells in .csv and .xlsx and keeps line number and code numbers', async () => {
		const p = person(7, 'resdl');
		const mine = await makeEmployer([p]);
		const hostile = ['=1+1', '+SUM(A1)', '-2+3', '@cmd'];
		const batchId = await processedBatch(
			mine.employerId,
			hostile.map((name, i) => row(person(10 + i, 'resdl'), { lastName: name }))
		);
		const cookie = await ownerCookie(mine.ownerEmail);
		const csv = await getPage(`/werkgever/lijsten/${batchId}/resultaten.csv`, cookie);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes).replace('\uFEFF', '').split('\r\n');
		expect(lines[0]).toBe(
			'Regel;Naam;Voornaam;Postcode;Geboortedatum;E-mail;Code;Resultaat;Uitleg;Suggestie'
		);
		hostile.forEach((name, i) => {
			const cells = lines[i + 1]!.split(';');
			expect(cells[0]).toBe(String(i + 1));
			expect(cells[1]).toBe(`'${name}`);
			expect(cells[6]).toBe('3');
		});

		const xlsx = await getPage(`/werkgever/lijsten/${batchId}/resultaten.xlsx`, cookie);
		expect(xlsx.status).toBe(200);
		const XLSX = await import('@e965/xlsx');
		const book = XLSX.read(new Uint8Array(await xlsx.arrayBuffer()));
		const sheet = book.Sheets[book.SheetNames[0]!]!;
		hostile.forEach((name, i) => {
			const cell = sheet[`B${i + 2}`]!;
			expect(cell).toMatchObject({ t: 's', v: `'${name}` });
			expect(cell.f).toBeUndefined();
			expect(sheet[`A${i + 2}`]).toMatchObject({ t: 'n', v: i + 1 });
			expect(sheet[`G${i + 2}`]).toMatchObject({ t: 'n', v: 3 });
		});
	});

	it('the .xlsx has every column, a frozen header row, an autofilter and widths; the hint in words', async () => {
		const known = { ...person(20, 'resxl'), lastName: 'Vandamme', firstName: 'Katrien' };
		const mine = await makeEmployer([known]);
		const batchId = await processedBatch(mine.employerId, [
			row(known, { firstName: 'Katrijn' }),
			row(person(21, 'resxl'), { postcode: '12' })
		]);
		const cookie = await ownerCookie(mine.ownerEmail);
		const response = await getPage(`/werkgever/lijsten/${batchId}/resultaten.xlsx`, cookie);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const XLSX = await import('@e965/xlsx');
		const book = XLSX.read(bytes, { cellStyles: true });
		const sheet = book.Sheets[book.SheetNames[0]!]!;
		const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
		expect(rows[0]).toEqual(RESULTS_HEADER_NL);
		expect(rows[1]!.slice(0, 3)).toEqual(['1', 'Vandamme', 'Katrijn']);
		expect(rows[1]![7]).toBe('Niet gevonden');
		expect(rows[1]![9]).toContain('Bedoelt u Vandamme, Katrien');
		expect(rows[2]![6]).toBe('4');
		expect(rows[2]![8]).toContain('postcode');
		expect(sheet['!autofilter']).toEqual({ ref: 'A1:J3' });
		expect(sheet['!cols']!.map((c) => c.wch)).toEqual(RESULT_WIDTHS);
		// The frozen pane, read from the package itself (SheetJS does not parse panes).
		const zip = XLSX.CFB.read(bytes, { type: 'array' }) as {
			FullPaths: string[];
			FileIndex: { content: Uint8Array }[];
		};
		const index = zip.FullPaths.findIndex((p) => p.endsWith('/xl/worksheets/sheet1.xml'));
		const xml = new TextDecoder().decode(zip.FileIndex[index]!.content);
		expect(xml).toMatch(
			/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/
		);
	});
});

describe('results: resending after the roster changed', () => {
	it('an unchanged code-3 line the roster now has can go out in a correction list', async () => {
		const p = person(30, 'resroster');
		const stranger = person(31, 'resroster');
		const mine = await makeEmployer([p]);
		const batchId = await processedBatch(mine.employerId, [row(stranger)]);
		expect((await linesOf(batchId))[0]!.code).toBe(3);
		const cookie = await ownerCookie(mine.ownerEmail);
		const unchanged = { ...fieldsFor(1, row(stranger)), consent: 'on' };
		// Before the roster knows the person: nothing changed, nothing to send.
		const nothing = await correct(batchId, cookie, { ...unchanged, 'l1-resend': 'on' });
		expect(nothing.status).toBe(409);
		expect(await nothing.text()).toContain('staat nog altijd niet in uw gebruikerslijst');
		let html = await (await getPage(`/werkgever/lijsten/${batchId}`, cookie)).text();
		expect(html).not.toContain('name="l1-resend"');

		// Staff add the person to the roster (another way in than a roster request).
		await addRosterPerson(db(), mine.employerId, stranger, 'staff-test');
		html = await (await getPage(`/werkgever/lijsten/${batchId}`, cookie)).text();
		expect(html).toMatch(/<input[^>]*name="l1-resend"[^>]*checked/);
		// Not ticked: still "you have not changed anything".
		expect((await correct(batchId, cookie, unchanged)).status).toBe(400);
		const sent = await correct(batchId, cookie, { ...unchanged, 'l1-resend': 'on' });
		expect(sent.status).toBe(303);
		const newId = sent.headers.get('location')!.split('/').pop()!;
		expect(await db().select().from(batch).where(eq(batch.id, newId)).get()).toMatchObject({
			correctionOfId: batchId,
			rowCount: 1
		});
		expect((await linesOf(batchId))[0]).toMatchObject({ correctedInBatchId: newId });
	});
});

describe('results: roles', () => {
	it('inzage sees lists and counts but no lines, downloads or corrections; lijsten may', async () => {
		const org = await makeOrganisation();
		const p = person(20, 'resroles');
		const batchId = await processedBatch(org.orgId, [row(p, { postcode: '12' })]);
		const inzage = await rolesLogin(org.people.inzage!.email);
		const lijsten = await rolesLogin(org.people.lijsten!.email);

		const list = await getPage('/werkgever/lijsten', inzage);
		expect(list.status).toBe(200);
		expect(await list.text()).toContain(`/werkgever/lijsten/${batchId}`);
		const page = await getPage(`/werkgever/lijsten/${batchId}`, inzage);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Met uw rol ziet u de aantallen en de kostprijs');
		expect(html).not.toContain(p.lastName);
		expect((await getPage(`/werkgever/lijsten/${batchId}/resultaten.csv`, inzage)).status).toBe(
			403
		);
		const refused = await correct(batchId, inzage, { ...fieldsFor(1, row(p)), consent: 'on' });
		expect(refused.status).toBe(403);

		expect((await getPage(`/werkgever/lijsten/${batchId}/resultaten.csv`, lijsten)).status).toBe(
			200
		);
		expect(await (await getPage(`/werkgever/lijsten/${batchId}`, lijsten)).text()).toContain(
			p.lastName
		);
	});
});
