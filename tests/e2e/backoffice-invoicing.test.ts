import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, baseUrl, expectAccessible, launchBrowser, login, newPage } from './browser';
import { staffLogin } from './backoffice-login';
import { expectAccessibleAsServed } from './employee-helpers';
import { INVOICE_HEADER_NL } from '../fixtures/exports';

const OWNER = { email: 'werkgever@demo.test', password: 'demo-werkgever-2026' };
const tag = Math.random().toString(36).slice(2, 8);

async function french(page: Page) {
	await page.context().addCookies([{ name: 'lang', value: 'fr', url: baseUrl() }]);
}

/** A download's text, started by clicking `name`. */
async function download(page: Page, name: string | RegExp): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click()
	]);
	return readFileSync((await file.path())!, 'utf8');
}

const csvRows = (text: string) =>
	text
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter(Boolean)
		// no field of these rows holds a ';': a quoted field only needs its quotes removed
		.map((line) => line.split(';').map((f) => f.replace(/^"(.*)"$/, '$1').replace(/""/g, '"')));

describe('issue 18: enterprise number, invoicing, mandate confirmation, employer search', () => {
	let browser: Browser;
	let staff: Page;
	let demoEmployerPath: string;
	const contacts = ['nl-js', 'nl-nojs', 'fr'].map((k) => ({
		name: `Intrekken ${k} ${tag}`,
		email: `revoke-${k}-${tag}@e2e.test`
	}));

	beforeAll(async () => {
		browser = await launchBrowser();
		staff = await newPage(browser);
		await staffLogin(staff);
		await staff.goto('/beheer/werkgevers');
		demoEmployerPath = (await staff
			.getByRole('link', { name: 'Demo Maatwerk vzw' })
			.getAttribute('href'))!;
		// three people with a mandate at the demo employer, to be revoked by its owner
		for (const contact of contacts) {
			await staff.goto(demoEmployerPath);
			await staff.getByLabel('Naam', { exact: true }).last().fill(contact.name);
			await staff.getByLabel('E-mailadres').fill(contact.email);
			await staff.getByLabel('Rol').selectOption('inzage');
			await staff.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
			await staff.getByRole('status').waitFor();
		}
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('staff enter an enterprise number, checked by its check digits (nl, without JavaScript)', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await staffLogin(page);
		await page.goto('/beheer/werkgevers');
		const name = `KBO E2E ${tag}`;
		await page.getByLabel('Naam').fill(name);
		await page.getByLabel('Ondernemingsnummer').fill('0403.227.516');
		await page.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await page.getByText('de laatste twee cijfers (de controle) kloppen niet').waitFor();
		expect(await page.getByLabel('Ondernemingsnummer').getAttribute('aria-invalid')).toBe('true');
		await expectAccessibleAsServed(browser, page);
		await page.screenshot({ path: '/tmp/b18-kbo-error-nl.png', fullPage: true });
		await page.getByLabel('Naam').fill(name);
		await page.getByLabel('Ondernemingsnummer').fill('0403227515');
		await page.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await page.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		expect(await page.locator('main').textContent()).toContain('Ondernemingsnummer: 0403.227.515');
		expect(await page.getByLabel('Ondernemingsnummer').inputValue()).toBe('0403.227.515');
		await page.goto('/beheer/werkgevers');
		const row = page.getByRole('row', { name: new RegExp(name) });
		expect(await row.textContent()).toContain('0403.227.515');
		await page.context().close();
	});

	it('staff correct an enterprise number on the employer page (fr, with JavaScript)', async () => {
		await french(staff);
		await staff.goto('/beheer/werkgevers');
		await staff.getByRole('link', { name: `KBO E2E ${tag}` }).click();
		await staff.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		await staff.getByLabel('Numéro d’entreprise').fill('2403.227.515');
		await staff.getByRole('button', { name: 'Enregistrer' }).click();
		await staff.getByText('Un numéro d’entreprise compte 10 chiffres').waitFor();
		await expectAccessible(staff);
		await staff.screenshot({ path: '/tmp/b18-kbo-error-fr.png', fullPage: true });
		await staff.getByLabel('Numéro d’entreprise').fill('0400 378 485');
		await staff.getByRole('button', { name: 'Enregistrer' }).click();
		await staff.getByRole('status').waitFor();
		await staff.reload();
		expect(await staff.locator('main').textContent()).toContain(
			'Numéro d’entreprise : 0400.378.485'
		);
		await staff.context().clearCookies({ name: 'lang' });
	});

	it('exports a quarter for invoicing with the enterprise number and VAT, prices excl. btw (nl)', async () => {
		const submitted = await apiCall('demo-employer-token', '/batches', {
			method: 'POST',
			headers: { 'idempotency-key': `e2e-invoice-${tag}` },
			body: JSON.stringify({
				consent: true,
				rows: [
					{
						lastName: 'Factuur',
						firstName: 'Lijn',
						postcode: '9000',
						birthDate: '01/02/1990',
						email: `invoice-${tag}@e2e.test`
					}
				]
			})
		});
		expect(submitted.status).toBe(202);
		const listId = ((await submitted.json()) as { id: string }).id;

		const clock = (await (await staff.request.get('/dev/clock')).json()) as { now: string };
		const brussels = new Date(clock.now).toLocaleDateString('sv-SE', {
			timeZone: 'Europe/Brussels'
		});
		const [year, month] = brussels.split('-').map(Number) as [number, number];
		const quarter = Math.ceil(month / 3);

		await staff.goto('/beheer/kosten');
		await staff.getByLabel('Jaar').fill(String(year));
		await staff.getByLabel('Kwartaal', { exact: true }).selectOption(String(quarter));
		await staff.getByRole('button', { name: 'Kwartaal tonen' }).click();
		await staff.getByText(`Getoond: kwartaal ${quarter} van ${year}.`).waitFor();
		const main = await staff.locator('main').textContent();
		expect(main).toContain('Alle bedragen zijn exclusief btw');
		expect(main).toContain('Kosten excl. btw');
		const demo = staff.getByRole('row', { name: /Demo Maatwerk vzw/ }).first();
		expect(await demo.textContent()).toContain('0123.456.749');
		await expectAccessible(staff);
		await staff.screenshot({ path: '/tmp/b18-costs-nl.png', fullPage: true });

		const csv = csvRows(await download(staff, 'Exporteren voor facturatie (.csv)'));
		expect(csv[0]).toEqual(INVOICE_HEADER_NL);
		const lists = csv.filter((l) => l[0] === 'Demo Maatwerk vzw');
		expect(lists.length).toBeGreaterThan(0);
		for (const l of lists) {
			expect(l[1]).toBe('0123.456.749');
			expect(l[3]).toMatch(new RegExp(`^${year}-`));
			expect(l[6]).toBe('21');
			expect(['ja', 'nee']).toContain(l[9]);
		}
		// a one-line list: € 150,50 + 21 % (31,605 → 31,61) = € 182,11
		expect(
			lists.some((l) => l[4] === '1' && l[7] === '31,61' && l[8] === '182,11'),
			JSON.stringify(lists)
		).toBe(true);

		// the employer sees the same price, excl. btw, on the list's page
		const owner = await newPage(browser);
		await login(owner, OWNER.email, OWNER.password);
		await owner.waitForURL('**/werkgever**');
		await owner.goto(`/werkgever/lijsten/${listId}`);
		await owner.getByText('€ 150,50 excl. btw').waitFor();
		await owner.goto('/werkgever/lijsten');
		await owner.getByRole('columnheader', { name: 'Kostprijs (excl. btw)' }).waitFor();
		await french(owner);
		await owner.goto(`/werkgever/lijsten/${listId}`);
		await owner.getByText('150,50 € hors TVA').waitFor();
		await owner.screenshot({ path: '/tmp/b18-list-price-fr.png', fullPage: true });
		await owner.context().close();
	});

	it('exports a range in French, without JavaScript, and shows the costs hors TVA', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await staffLogin(page);
		await french(page);
		const clock = (await (await page.request.get('/dev/clock')).json()) as { now: string };
		const year = Number(
			new Date(clock.now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' }).slice(0, 4)
		);
		await page.goto('/beheer/kosten');
		await page.getByLabel('Du', { exact: true }).fill(`${year - 1}-01-01`);
		await page.getByLabel('Au', { exact: true }).fill(`${year}-12-31`);
		await page.getByRole('button', { name: 'Afficher la période' }).click();
		await page.waitForURL(new RegExp(`from=${year - 1}-01-01&to=${year}-12-31`));
		await page.getByText(`Affiché : du 1 janv. ${year - 1} au 31 déc. ${year}.`).waitFor();
		expect(await page.getByRole('alert').count()).toBe(0);
		const main = await page.locator('main').textContent();
		expect(main).toContain('Tous les montants sont hors TVA');
		expect(main).toContain('Coût hors TVA');
		await expectAccessibleAsServed(browser, page);
		await page.screenshot({ path: '/tmp/b18-costs-fr.png', fullPage: true });
		const csv = csvRows(await download(page, 'Exporter pour la facturation (.csv)'));
		expect(csv[0]).toContain('Numéro d’entreprise');
		expect(csv[0]).toContain('Liste de correction');
		expect(
			csv.filter((l) => l[0] === 'Demo Maatwerk vzw').every((l) => l[1] === '0123.456.749')
		).toBe(true);
		await page.context().close();
	});

	for (const [index, { javaScriptEnabled, locale }] of [
		{ javaScriptEnabled: true, locale: 'nl' },
		{ javaScriptEnabled: false, locale: 'nl' },
		{ javaScriptEnabled: true, locale: 'fr' }
	].entries())
		it(`asks before revoking a mandate and says what will happen (${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const contact = contacts[index]!;
			const fr = locale === 'fr';
			const page = await newPage(browser, { javaScriptEnabled });
			if (fr) await french(page);
			await login(page, OWNER.email, OWNER.password);
			await page.waitForURL('**/werkgever**');
			await page.goto('/werkgever/volmachten');
			const revoke = page.getByRole('button', {
				name: `${fr ? 'Retirer la procuration' : 'Volmacht intrekken'} (${contact.name})`
			});
			await revoke.click();
			const title = fr
				? `Retirer la procuration de ${contact.name} pour Demo Maatwerk vzw ?`
				: `De volmacht van ${contact.name} voor Demo Maatwerk vzw intrekken?`;
			await page.getByRole('heading', { name: title }).waitFor();
			const step = await page.getByRole('region', { name: title }).textContent();
			expect(step).toContain(contact.email);
			expect(step).toContain(fr ? 'ne pourra plus agir' : 'kan dan niet meer');
			// nothing changed yet
			expect(await page.getByRole('cell', { name: contact.email }).count()).toBe(1);
			if (javaScriptEnabled) await expectAccessible(page);
			else await expectAccessibleAsServed(browser, page);
			await page.screenshot({
				path: `/tmp/b18-revoke-${locale}-js-${javaScriptEnabled}.png`,
				fullPage: true
			});
			// cancelling keeps the mandate
			await page.getByRole('link', { name: fr ? 'Annuler' : 'Annuleren' }).click();
			// (with JavaScript the link is a client-side navigation: wait for the step to go)
			await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBe(0);
			await page.getByRole('cell', { name: contact.email }).waitFor();
			await revoke.click();
			await page
				.getByRole('button', {
					name: fr ? 'Oui, retirer la procuration' : 'Ja, volmacht intrekken'
				})
				.click();
			await page.waitForURL('**/werkgever/volmachten?gedaan=revoked');
			await page.getByRole('status').waitFor();
			expect(await page.getByRole('cell', { name: contact.email }).count()).toBe(0);
			await page.context().close();
		});

	it('self-registration finds the employer by a search, without JavaScript (nl)', async () => {
		// an employer that left COLLECTIEF is not found
		const inactive = `Vertrokken ${tag} vzw`;
		await staff.goto('/beheer/werkgevers');
		await staff.getByLabel('Naam', { exact: true }).fill(inactive);
		await staff.getByRole('button', { name: 'Werkgever aanmaken' }).click();
		await staff.waitForURL(/\/beheer\/werkgevers\/[a-z2-7]{26}$/);
		await staff.getByRole('button', { name: 'Deactiveren' }).click();
		await staff.getByRole('button', { name: 'Ja, deactiveren' }).click();
		await staff.getByRole('status').waitFor();

		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto('/registreer');
		expect(await page.getByRole('combobox', { name: 'Werkgever' }).count()).toBe(0);
		expect(await page.getByRole('radio').count()).toBe(0);
		await page.getByText('Zoek hierboven eerst uw werkgever.').waitFor();
		const search = page.getByLabel('Zoek uw werkgever');
		await search.fill('De');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByText('Typ minstens 3 tekens om te zoeken.').waitFor();
		expect(await page.getByRole('radio').count()).toBe(0);
		await page.getByLabel('Zoek uw werkgever').fill(inactive);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByText(`Geen werkgever gevonden voor “${inactive}”.`, { exact: false }).waitFor();
		// by enterprise number, as on the letterhead
		await page.getByLabel('Zoek uw werkgever').fill('0123.456');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByRole('radio', { name: 'Demo Maatwerk vzw' }).waitFor();
		await expectAccessibleAsServed(browser, page);
		await page.screenshot({ path: '/tmp/b18-register-nl.png', fullPage: true });
		await page.context().close();
	});

	it('suggests employers while typing, with JavaScript (fr)', async () => {
		const page = await newPage(browser);
		await french(page);
		await page.goto('/registreer');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Cherchez votre employeur').pressSequentially('demo maat', { delay: 40 });
		await page.getByRole('radio', { name: 'Demo Maatwerk vzw' }).waitFor();
		// suggested in place: no page load, the address is unchanged
		expect(new URL(page.url()).search).toBe('');
		await page.getByText('Choisissez votre employeur parmi les employeurs trouvés.').waitFor();
		await page.getByLabel('Cherchez votre employeur').fill('zzzqqq');
		await page.getByText('Aucun employeur trouvé pour « zzzqqq »', { exact: false }).waitFor();
		expect(await page.getByRole('radio').count()).toBe(0);
		await page.getByLabel('Cherchez votre employeur').fill('0123456');
		await page.getByRole('radio', { name: 'Demo Maatwerk vzw' }).waitFor();
		await expectAccessible(page);
		await page.screenshot({ path: '/tmp/b18-register-fr.png', fullPage: true });
		await page.context().close();
	});
});
