import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, completedBatch, launchBrowser, login } from './browser';
import { staffLogin } from './backoffice-login';
import { cell, pasteIntoGrid, poll } from './grid-helpers';
import { openMail } from './employee-helpers';
import { expectNoInjection, FORMULAS, hostilePage, mailsTo, XSS } from './hardening-xss-helpers';

// Issue 10, XSS: hostile strings in every free-text field the UI echoes, checked in Chromium with
// the CSP bypassed (so escaping itself is proven), and in the exports as literal, formula-safe text.

const tag = Math.random().toString(36).slice(2, 8);
const mail = (who: string) => `xss-${who}-${tag}@e2e.test`;

async function submitBatch(token: string, rows: object[]): Promise<string> {
	const response = await apiCall(token, '/batches', {
		method: 'POST',
		body: JSON.stringify({ consent: true, rows })
	});
	expect(response.status).toBe(202);
	const { id } = (await response.json()) as { id: string };
	await completedBatch(token, id, 120_000);
	return id;
}

/** The hostile employer, its roster and its list (created through the staff API). */
const ORG = `=1+1 ${XSS.script} ${XSS.bold} ${tag}`;
const TOKEN_LABEL = `${XSS.svg} ${XSS.quotes}`;
const ROSTER = [
	{ lastName: `${XSS.img} A${tag}`, firstName: XSS.svg, birthDate: '01/02/1980', postcode: '1000' },
	{
		lastName: `${XSS.textarea} B${tag}`,
		firstName: XSS.quotes,
		birthDate: '02/03/1981',
		postcode: '2000'
	},
	{
		lastName: `${XSS.bold} C${tag}`,
		firstName: XSS.template,
		birthDate: '03/04/1982',
		postcode: '3000'
	},
	{
		lastName: `${XSS.iframe} D${tag}`,
		firstName: `${XSS.js} ${XSS.rtl}`,
		birthDate: '04/05/1983',
		postcode: '9000'
	}
];
/** Lines of the demo employer's list: not on its roster (code 3) or not valid (code 4). */
const DEMO_LINES = [
	{ lastName: `${XSS.img} L${tag}`, firstName: XSS.svg, postcode: '1000', birthDate: '05/06/1990' },
	{
		lastName: `${XSS.script} M${tag}`,
		firstName: XSS.template,
		postcode: '2000',
		birthDate: '06/07/1991'
	},
	{ lastName: `${XSS.textarea} N${tag}`, firstName: XSS.quotes, postcode: '12', birthDate: 'x' },
	{
		lastName: `${XSS.bold} O${tag}`,
		firstName: XSS.rtl,
		postcode: '3000',
		birthDate: '07/08/1992'
	},
	{
		lastName: `${XSS.iframe} P${tag}`,
		firstName: XSS.js,
		postcode: '9000',
		birthDate: '08/09/1993'
	},
	...FORMULAS.map((formula, i) => ({
		lastName: `${formula}${tag}`,
		firstName: formula,
		postcode: '8000',
		birthDate: `0${i + 1}/01/1970`
	}))
].map((row, i) => ({ ...row, email: i === 2 ? `${XSS.script}@x` : mail(`demo${i}`) }));

const allNames = (rows: { lastName: string; firstName: string }[]) =>
	rows.flatMap((r) => [r.lastName, r.firstName]).filter((s) => !/^[=+\-@\t\r]/.test(s));

describe('XSS: hostile input in every field, in Chromium and in the exports', () => {
	let browser: Browser;
	let staff: Page;
	let employerId = '';
	let employerToken = '';
	let demoBatch = '';
	let employerBatch = '';
	const invitee = mail('x');
	const inviteeName = `${XSS.textarea} ${XSS.img} X${tag}`;
	const contactName = `${XSS.svg} ${XSS.rtl} K${tag}`;
	const declaredName = `${XSS.iframe} ${XSS.template} Q${tag}`;

	beforeAll(async () => {
		browser = await launchBrowser();
		const created = await apiCall('demo-staff-token', '/employers', {
			method: 'POST',
			body: JSON.stringify({ name: ORG })
		});
		expect(created.status).toBe(201);
		employerId = ((await created.json()) as { id: string }).id;
		const roster = await apiCall('demo-staff-token', `/employers/${employerId}/roster`, {
			method: 'PUT',
			body: JSON.stringify({ people: ROSTER.map((p) => ({ ...p, email: null })) })
		});
		expect(roster.status).toBe(200);
		const token = await apiCall('demo-staff-token', `/employers/${employerId}/tokens`, {
			method: 'POST',
			body: JSON.stringify({ label: TOKEN_LABEL })
		});
		expect(token.status).toBe(201);
		employerToken = ((await token.json()) as { token: string }).token;
		// Line 1 is on the roster (code 1, an account), line 2 almost (code 3 with the roster
		// person as hint), line 3 not valid (code 4).
		employerBatch = await submitBatch(employerToken, [
			{ ...ROSTER[0], email: mail('employee') },
			{ ...ROSTER[1], firstName: `${XSS.quotes}x`, email: mail('hint') },
			{ ...ROSTER[2], postcode: XSS.img, email: `"${XSS.svg}"@x` }
		]);
		demoBatch = await submitBatch('demo-employer-token', DEMO_LINES);
		staff = await hostilePage(browser);
		await staffLogin(staff);
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function employerPage(): Promise<Page> {
		const page = await hostilePage(browser, { viewport: { width: 1280, height: 1000 } });
		for (let attempt = 1; ; attempt++) {
			await login(page, 'werkgever@demo.test', 'demo-werkgever-2026');
			try {
				await page.waitForURL('**/werkgever', { timeout: 15_000 });
				return page;
			} catch (error) {
				if (attempt >= 2) throw error;
			}
		}
	}

	it('grid: pasted payload rows, their problem tooltips and a payload header in the mapping', async () => {
		const page = await employerPage();
		await page.goto('/werkgever/lijsten/nieuw');
		await page.locator('.ht_master td').first().waitFor();
		const header = ['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail', XSS.img];
		const rows = [
			[XSS.img, XSS.svg, '1000', '01/01/1990', `${XSS.script}@x`, XSS.bold],
			[XSS.textarea, XSS.quotes, XSS.bold, XSS.template, 'a@b.test', ''],
			[XSS.iframe, XSS.js, '2000', '02/02/1990', XSS.rtl, ''],
			[XSS.bold, XSS.template, '3000', '03/03/1990', 'c@d.test', '']
		];
		// As a spreadsheet puts them on the clipboard: cells with quotes are quoted.
		const tsvCell = (value: string) =>
			/["\t\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
		await pasteIntoGrid(page, [header, ...rows].map((r) => r.map(tsvCell).join('\t')).join('\r\n'));
		await poll(() => page.getByTestId('grid-totals').textContent()).toMatch(/4 regels/);
		// The payload header is named in the mapping controls, as text.
		expect(await page.getByLabel(`Kolom 6: “${XSS.img}”`).count()).toBe(1);
		// Focus and hover every flagged cell so its tooltip and the explanation render.
		const flagged = page.locator('.ht_master td.cell-problem');
		expect(await flagged.count()).toBeGreaterThan(0);
		for (let i = 0; i < (await flagged.count()); i++) {
			await flagged.nth(i).hover();
			await flagged.nth(i).click();
		}
		await cell(page, 0, 0).dblclick();
		await page.keyboard.press('Escape');
		await expectNoInjection(page, [
			XSS.img,
			XSS.svg,
			XSS.textarea,
			XSS.quotes,
			XSS.iframe,
			XSS.js,
			XSS.template,
			XSS.bold,
			XSS.rtl
		]);
		await page.context().close();
	});

	it('grid: an .xlsx with payload cells and a payload file name, then sent as a list', async () => {
		const page = await employerPage();
		await page.goto('/werkgever/lijsten/nieuw');
		await page.locator('.ht_master td').first().waitFor();
		const rows = [
			['Naam', 'Voornaam', 'Postcode', 'Geboortedatum', 'E-mail', XSS.svg],
			[`${XSS.bold} G${tag}`, XSS.img, '1000', '01/01/1990', mail('grid1'), XSS.script],
			[`${XSS.textarea} H${tag}`, XSS.template, XSS.quotes, '02/02/1990', mail('grid2'), ''],
			[`${XSS.iframe} I${tag}`, XSS.js, '2000', XSS.rtl, `${XSS.svg}@x`, '']
		];
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Lijst');
		const fileName = `${XSS.img.replace(/[/\\]/g, '')}.xlsx`;
		await page.getByLabel(/Kies een bestand/).setInputFiles({
			name: fileName,
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
		});
		await poll(() => page.getByTestId('grid-totals').textContent()).toMatch(/^3 regels/);
		const names = rows.slice(1).flatMap((r) => [r[0]!, r[1]!]);
		await expectNoInjection(page, [...names, XSS.svg, fileName]);

		await page.getByLabel(/Ook de \d+ regels met problemen versturen/).check();
		await page
			.getByLabel('Mijn medewerkers gaven toestemming om hun e-mailadres door te geven')
			.check();
		await page.getByRole('button', { name: 'Lijst versturen' }).click();
		await page.waitForURL(/\/werkgever\/lijsten\/(?!nieuw)[a-z0-9]+$/);
		await page.locator('table.lines').waitFor();
		await expectNoInjection(page, names);
		await page.context().close();
	});

	it('results, corrections form, lists overview and the .xlsx/.csv downloads', async () => {
		const page = await employerPage();
		await page.goto('/werkgever/lijsten');
		await expectNoInjection(page);
		await page.goto(`/werkgever/lijsten/${demoBatch}`);
		await page.locator('table.lines').waitFor();
		await expectNoInjection(page, allNames(DEMO_LINES));
		// The corrections form holds the payloads as input values; typing one more changes nothing.
		const lastName = page.getByLabel('Naam, regel 1', { exact: true });
		expect(await lastName.inputValue()).toBe(DEMO_LINES[0]!.lastName);
		await lastName.fill(XSS.textarea);
		await page.getByLabel('Voornaam, regel 1', { exact: true }).fill(XSS.svg);
		await expectNoInjection(page, [XSS.textarea]);

		for (const [link, kind] of [
			['Excel (.xlsx)', 'xlsx'],
			[/CSV/, 'csv']
		] as const) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: link }).click()
			]);
			const bytes = readFileSync((await download.path())!);
			let cells: unknown[][];
			if (kind === 'xlsx') {
				const book = XLSX.read(bytes);
				const sheet = book.Sheets[book.SheetNames[0]!]!;
				for (const [ref, value] of Object.entries(sheet)) {
					if (!ref.startsWith('!')) expect((value as XLSX.CellObject).f, ref).toBeUndefined();
				}
				cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
			} else {
				const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
				cells = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
			}
			const strings = cells.flat().filter((v): v is string => typeof v === 'string');
			for (const literal of allNames(DEMO_LINES)) expect(strings, kind).toContain(literal);
			expect(strings, kind).toContain(`${XSS.script}@x`);
			expect(
				strings.filter((s) => /^[=+\-@\t\r]/.test(s)),
				kind
			).toEqual([]);
			for (const formula of FORMULAS.filter((f) => !/^\s/.test(f)))
				expect(strings, kind).toContain(`'${formula}`);
		}
		await page.context().close();
	});

	it('back office: employers, contacts, tokens, roster, lists, costs export, accounts, audit', async () => {
		await staff.goto('/beheer');
		await expectNoInjection(staff);
		await staff.goto('/beheer/werkgevers');
		await expectNoInjection(staff, [ORG]);
		await staff.goto(`/beheer/werkgevers/${employerId}`);
		await staff.waitForLoadState('networkidle');
		await staff.locator('#contact-name').fill(contactName);
		await staff.locator('#contact-email').fill(mail('contact'));
		await staff.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
		await staff
			.getByRole('cell', { name: mail('contact') })
			.waitFor({ timeout: 10_000 })
			.catch(async () => {
				throw new Error(await staff.locator('main').innerText());
			});
		await expectNoInjection(staff, [ORG, contactName, TOKEN_LABEL]);
		await staff.goto(`/beheer/werkgevers/${employerId}/mensen`);
		await expectNoInjection(staff, allNames(ROSTER));

		// A roster file with a hostile new person: the differences show the name as text.
		await staff.goto(`/beheer/werkgevers/${employerId}/lijst-importeren`);
		const csv = [
			'Naam;Voornaam;Postcode;Geboortedatum;E-mail',
			...ROSTER.map((p) => `${p.lastName};${p.firstName};${p.postcode};${p.birthDate};`),
			`${XSS.bold} R${tag};${XSS.img};1000;09/09/1999;`
		]
			.map((line) =>
				line
					.split(';')
					.map((f) => `"${f.replace(/"/g, '""')}"`)
					.join(';')
			)
			.join('\r\n');
		await staff.getByLabel('Bestand').setInputFiles({
			name: 'roster.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
		await staff.getByRole('button', { name: 'Verschillen tonen' }).click();
		await staff.getByText(/1 nieuw/).waitFor();
		await expectNoInjection(staff, [`${XSS.bold} R${tag}`, XSS.img]);

		await staff.goto('/beheer/lijsten');
		await expectNoInjection(staff, [ORG]);
		await staff.goto(`/beheer/lijsten?employer=${employerId}`);
		await expectNoInjection(staff, [ORG]);
		await staff.goto('/beheer/partners');
		await expectNoInjection(staff);
		await staff.goto('/beheer/audit');
		await expectNoInjection(staff);
		await staff.goto('/beheer/api-sleutels');
		await staff.waitForLoadState('networkidle');
		const staffLabel = `${XSS.iframe} S${tag}`.slice(-100);
		await staff.getByLabel('Omschrijving').fill(staffLabel);
		await staff.getByRole('button', { name: 'Sleutel aanmaken' }).click();
		await staff.getByText(/youp_[A-Za-z0-9_-]{20,}/).waitFor();
		await expectNoInjection(staff, [staffLabel]);
		await staff.goto('/beheer/accounts');
		await staff.getByLabel('E-mailadres', { exact: true }).fill(mail('employee'));
		await staff
			.getByRole('search', { name: 'Zoeken op e-mailadres' })
			.getByRole('button', { name: 'Zoeken' })
			.click();
		// The page also has a heading of its own: wait for the answer to the search itself.
		await staff.waitForURL(/[?&]email=/);
		await staff.getByRole('heading', { level: 2 }).first().waitFor();
		await expectNoInjection(staff, [ROSTER[0]!.lastName, ORG]);

		await staff.goto('/beheer/kosten');
		await expectNoInjection(staff, [ORG]);
		for (const format of ['xlsx', 'csv'] as const) {
			const [download] = await Promise.all([
				staff.waitForEvent('download'),
				staff.locator(`a[href*="format=${format}"]`).click()
			]);
			const bytes = readFileSync((await download.path())!);
			const strings: string[] = [];
			if (format === 'xlsx') {
				const book = XLSX.read(bytes);
				for (const name of book.SheetNames) {
					const sheet = book.Sheets[name]!;
					for (const [ref, value] of Object.entries(sheet)) {
						if (ref.startsWith('!')) continue;
						expect((value as XLSX.CellObject).f, ref).toBeUndefined();
						if (typeof (value as XLSX.CellObject).v === 'string')
							strings.push((value as XLSX.CellObject).v as string);
					}
				}
			} else {
				const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
				strings.push(
					...Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data.flat()
				);
			}
			expect(strings, format).toContain(`'${ORG}`);
			expect(
				strings.filter((s) => /^[=+\-@\t\r]/.test(s)),
				format
			).toEqual([]);
		}
	});

	it('mandates: invitee name, declared organisation, requests, switching, the mails', async () => {
		// The demo employer invites a colleague, who accepts with a hostile name.
		const owner = await employerPage();
		await owner.goto('/werkgever/volmachten');
		await owner.getByLabel('E-mailadres van uw collega').fill(invitee);
		await owner.locator('#invite-role').selectOption('beheerder');
		await owner.getByRole('button', { name: 'Uitnodigen' }).click();
		await owner.getByText('De uitnodiging is verstuurd.').waitFor();
		await expectNoInjection(owner, [invitee]);
		const text = await openMail(owner, invitee);
		const link = /\/werkgever\/volmachten\/aanvaarden\/[A-Za-z0-9_-]+/.exec(text)?.[0];
		expect(link).toBeTruthy();
		await owner.context().close();

		const colleague = await hostilePage(browser);
		await colleague.goto(link!);
		await expectNoInjection(colleague, [invitee]);
		await colleague.waitForLoadState('networkidle');
		await colleague.getByLabel('Uw naam').fill(inviteeName);
		await colleague.getByLabel('Kies een wachtwoord').fill('een lang wachtwoord 2026');
		await colleague.getByRole('button', { name: 'Login maken' }).click();
		await colleague.waitForURL(
			(url) => url.pathname.startsWith('/werkgever') && !url.pathname.includes('aanvaarden')
		);
		await colleague.goto('/werkgever/volmachten');
		await expectNoInjection(colleague, [inviteeName]);

		// Hostile employer in the "declare" list, a hostile new organisation name.
		await colleague.goto('/werkgever/organisaties');
		await expectNoInjection(colleague, [ORG]);
		await colleague.locator(`input[name="organisationId"][value="${employerId}"]`).check();
		await colleague.getByLabel('Werkgever nog niet in YOU-P (naam)').fill(declaredName);
		await colleague.getByRole('button', { name: 'Aanvraag versturen' }).click();
		await colleague.waitForURL('**gedaan=declared');
		await expectNoInjection(colleague, [ORG, declaredName]);

		await staff.goto('/beheer/aanvragen');
		await expectNoInjection(staff, [ORG, declaredName, inviteeName]);
		// Staff makes the colleague an owner of the hostile employer (existing login: membership).
		await staff.goto(`/beheer/werkgevers/${employerId}`);
		await staff.waitForLoadState('networkidle');
		await staff.locator('#contact-name').fill('ignored');
		await staff.locator('#contact-email').fill(invitee);
		await staff.locator('#contact-role').selectOption('owner');
		await staff.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
		await staff.getByRole('cell', { name: invitee }).waitFor();
		await expectNoInjection(staff, [inviteeName, contactName]);

		await colleague.goto('/werkgever/organisaties');
		await colleague.getByRole('button', { name: `Werk voor ${ORG}` }).click();
		await colleague.waitForURL('**/werkgever');
		await expectNoInjection(colleague, [ORG]);
		await colleague.goto('/werkgever/lijsten');
		await expectNoInjection(colleague);
		await colleague.goto(`/werkgever/lijsten/${employerBatch}`);
		await colleague.locator('table.lines').waitFor();
		// The code 3 line names the roster person it almost matched: as text.
		await expectNoInjection(colleague, [ROSTER[0]!.lastName, ROSTER[1]!.lastName, XSS.img]);
		await colleague.goto('/werkgever/volmachten');
		const next = mail('y');
		await colleague.getByLabel('E-mailadres van uw collega').fill(next);
		await colleague.getByRole('button', { name: 'Uitnodigen' }).click();
		await colleague.getByText('De uitnodiging is verstuurd.').waitFor();
		await expectNoInjection(colleague, [inviteeName, contactName, next]);
		await colleague.context().close();

		// The dev mailbox lists and shows the invitation whose subject names the hostile employer.
		const box = await hostilePage(browser);
		await box.goto('/dev/mailbox');
		await expectNoInjection(box, [ORG, next]);
		await box
			.getByRole('row', { name: new RegExp(next.replace(/[.+]/g, '\\$&')) })
			.getByRole('link')
			.first()
			.click();
		await box.locator('pre').waitFor();
		await expectNoInjection(box, [ORG, next]);
		await box.context().close();

		// The HTML part of every mail these steps sent, as the mailbox serves it, in the browser.
		const viewer = await hostilePage(browser);
		await expect
			.poll(async () => (await mailsTo(viewer, [next])).length, { timeout: 20_000 })
			.toBeGreaterThan(0);
		const mails = await mailsTo(viewer, [invitee, next, mail('employee')]);
		let withOrg = 0;
		for (const m of mails) {
			const response = await viewer.goto(`/dev/mailbox/${m.id}/html`);
			expect(response?.headers()['content-security-policy']).toContain('sandbox');
			const hasOrg = m.subject.includes(ORG);
			if (hasOrg) withOrg++;
			await expectNoInjection(viewer, hasOrg ? [ORG] : []);
		}
		// The invitation to the hostile employer and the owner's notice both name it.
		expect(withOrg).toBeGreaterThanOrEqual(1);
		expect(mails.some((m) => m.to === mail('employee'))).toBe(true);
		await viewer.context().close();
	});

	it('self-registration lists the hostile employer and echoes hostile input as text', async () => {
		const page = await hostilePage(browser);
		await page.goto('/registreer');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Zoek uw werkgever').fill(tag);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.locator(`input[name="employerId"][value="${employerId}"]`).waitFor();
		await expectNoInjection(page, [ORG]);
		await page.getByLabel('Naam (familienaam)').fill(XSS.textarea);
		await page.getByLabel('Voornaam').fill(XSS.img);
		await page.getByLabel('Postcode').fill(XSS.quotes);
		await page.getByLabel('Geboortedatum').fill(XSS.template);
		await page.getByLabel('E-mailadres').fill(mail('self'));
		await page.locator(`input[name="employerId"][value="${employerId}"]`).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await page.getByRole('alert').first().waitFor();
		await expectNoInjection(page, [XSS.textarea, XSS.img, XSS.quotes, XSS.template]);
		await page.context().close();
	});

	it('employee pages echo the hostile roster name and employer as text', async () => {
		const page = await hostilePage(browser);
		const text = await openMail(page, mail('employee'));
		// The start password as the mail shows it: groups of four, spaces between.
		const password = /\b([A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4})\b/.exec(
			text
		)?.[1];
		expect(password).toBeTruthy();
		await login(page, mail('employee'), password!);
		await page.waitForURL('**/wachtwoord-wijzigen');
		await expectNoInjection(page);
		await page.getByLabel('Nieuw wachtwoord').fill('de zon schijnt op het dak');
		await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
		await page.waitForURL('**/mijn?gewijzigd');
		await expectNoInjection(page, [ORG, ROSTER[0]!.lastName]);
		await page.context().close();
	});
});
