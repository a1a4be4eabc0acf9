import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	auditEvent,
	batch,
	devMail,
	member,
	organization,
	partnerLink,
	rosterEntry,
	user
} from '$lib/server/db/schema';
import { loginCookie, makeOrganisation, post as mandatePost } from './mandates-helpers';
import { newId } from '$lib/server/db/ids';
import { DEMO, DEMO_ROSTER } from '$lib/server/dev/seed';
import {
	db,
	get,
	origin,
	passwordSession,
	post,
	seedWithTotp,
	staffSession
} from './backoffice-helpers';

const demoEmployerId = async () =>
	(await db()
		.select({ id: organization.id })
		.from(organization)
		.where(eq(organization.name, DEMO.employer.name))
		.get())!.id;

/** The visible text of a page (tags dropped, entities of Svelte's escaping undone). */
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

/** The numbers in the row of one employer on /beheer/werkgevers, in column order. */
function overviewCounts(html: string, employerId: string): number[] {
	const row = html.split('<tr').find((r) => r.includes(`/beheer/werkgevers/${employerId}"`));
	if (!row) throw new Error('employer not in the overview');
	return [...row.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
}

describe('the employers overview', () => {
	let staff: string;
	let demoId: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
		demoId = await demoEmployerId();
	}, 60_000);

	it('counts the people and contacts its detail pages show, for every employer', async () => {
		const overview = await (await get('/beheer/werkgevers', staff)).text();
		const people = await (await get(`/beheer/werkgevers/${demoId}/mensen`, staff)).text();
		const shownPeople = Number(/(\d+) personen/.exec(people)![1]);
		expect(shownPeople).toBe(44);
		const detail = await (await get(`/beheer/werkgevers/${demoId}`, staff)).text();
		expect(detail).toContain(DEMO.employer.email);
		expect(overviewCounts(overview, demoId)).toEqual([44, 1]);

		// A second employer with one contact and an empty roster: counted on its own, not summed.
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Tel bv', locale: 'nl' },
			staff
		);
		const otherId = created.headers.get('location')!.split('/').pop()!;
		await post(
			`/beheer/werkgevers/${otherId}?/addContact`,
			{ name: 'Tel Contact', email: 'tel.contact@demo.test', role: 'owner' },
			staff
		);
		const again = await (await get('/beheer/werkgevers', staff)).text();
		expect(overviewCounts(again, otherId)).toEqual([0, 1]);
		expect(overviewCounts(again, demoId)).toEqual([44, 1]);
	});
});

describe('the audit log', () => {
	let staff: string;
	let demoId: string;
	let staffId: string;
	let batchNumber: number;
	beforeAll(async () => {
		staffId = await seedWithTotp();
		staff = await staffSession();
		demoId = await demoEmployerId();
		// A list the system completed, with its counts nested the way batches/complete.ts writes them.
		const batchId = newId();
		const last = await db()
			.select({ n: batch.number })
			.from(batch)
			.where(eq(batch.employerId, demoId))
			.all();
		batchNumber = Math.max(0, ...last.map((r) => r.n)) + 1;
		await db()
			.insert(batch)
			.values({
				id: batchId,
				employerId: demoId,
				number: batchNumber,
				source: 'api',
				status: 'completed',
				rowCount: 5,
				costCents: 15250,
				consentBy: staffId,
				consentAt: new Date('2026-07-01T22:00:00Z'),
				receivedAt: new Date('2026-07-01T22:00:00Z'),
				promisedBy: '2026-07-13'
			});
		await db()
			.insert(auditEvent)
			.values({
				at: new Date('2026-07-01T22:30:05Z'),
				actorId: null,
				organisationId: demoId,
				action: 'batch.completed',
				subjectType: 'batch',
				subjectId: batchId,
				detail: JSON.stringify({
					rowCount: 5,
					counts: { 1: 2, 2: 1, 3: 1, 4: 1 },
					costCents: 15250
				})
			});
		// An employer created through the API with the staff token: the actor is `token:<id>`.
		const api = await exports.default.fetch(`${origin}/api/v1/employers`, {
			method: 'POST',
			headers: { authorization: `Bearer ${DEMO.staff.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'Via API nv' })
		});
		expect(api.status).toBe(201);
	}, 60_000);

	it('shows each event as a sentence, actors by name, in Brussels time, in nl and fr', async () => {
		const nl = text(await (await get('/beheer/audit', staff)).text());
		expect(nl).not.toContain('[object Object]');
		expect(nl).not.toMatch(/token:|batch\.completed|employer\.create|UTC/);
		expect(nl).toContain(
			`Lijst ${batchNumber} van Demo Maatwerk vzw is verwerkt: 5 regels (code 1: 2, code 2: 1, code 3: 1, code 4: 1).`
		);
		expect(nl).toMatch(/02\/07\/2026,? 00:30/);
		expect(nl).toContain(
			'API-sleutel “Demo staff token” van COLLECTIEF maakte werkgever Via API nv aan.'
		);
		const staffName = (await db().select().from(user).where(eq(user.id, staffId)).get())!.name;
		expect(nl).toContain(`${staffName} `);

		const fr = text(await (await get('/beheer/audit', `${staff}; lang=fr`)).text());
		expect(fr).toContain(
			`La liste ${batchNumber} de Demo Maatwerk vzw a été traitée : 5 lignes (code 1 : 2, code 2 : 1, code 3 : 1, code 4 : 1).`
		);
		expect(fr).toContain(
			'clé API « Demo staff token » de COLLECTIEF a créé l’employeur Via API nv.'
		);
		expect(fr).toMatch(/02\/07\/2026,? 00:30/);
	});

	it('filters by employer, actor and kind, and pages with the filters kept', async () => {
		for (let i = 0; i < 60; i += 10)
			await db()
				.insert(auditEvent)
				.values(
					Array.from({ length: 10 }, (_, j) => ({
						at: new Date(Date.UTC(2026, 5, 1, 8, i + j)),
						actorId: staffId,
						organisationId: demoId,
						action: 'roster.add',
						subjectType: 'roster_entry',
						subjectId: newId()
					}))
				);
		const rows = (html: string) => (html.match(/<td class="sentence[^"]*">/g) ?? []).length;
		const byKind = await (await get('/beheer/audit?action=batch.completed', staff)).text();
		expect(rows(byKind)).toBe(1);
		const byActor = await (await get(`/beheer/audit?actor=token:${'x'.repeat(10)}`, staff)).text();
		expect(rows(byActor)).toBe(0);
		const all = await (
			await get(`/beheer/audit?actor=${staffId}&organisation=${demoId}&action=roster.add`, staff)
		).text();
		expect(rows(all)).toBe(50);
		const next = /<a href="([^"]+)" rel="next"/.exec(all)![1]!.replace(/&amp;/g, '&');
		expect(next).toContain(`actor=${staffId}`);
		expect(next).toContain('page=2');
		const second = await (await get(`/beheer/audit${next}`, staff)).text();
		expect(rows(second)).toBe(10);
		expect(second).not.toContain('rel="next"');
		expect(second).toContain('rel="prev"');
		const otherEmployer = await (await get(`/beheer/audit?organisation=${newId()}`, staff)).text();
		expect(rows(otherEmployer)).toBe(0);
	});
});

describe('switching organisation', () => {
	let owner: string;
	let demoId: string;
	let otherId: string;
	beforeAll(async () => {
		await seedWithTotp();
		const staff = await staffSession();
		demoId = await demoEmployerId();
		// The demo owner also gets the role "inzage" at a second employer.
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Tweede Werkgever bv', locale: 'nl' },
			staff
		);
		otherId = created.headers.get('location')!.split('/').pop()!;
		await post(
			`/beheer/werkgevers/${otherId}?/addContact`,
			{ name: 'Demo Eigenaar', email: DEMO.employer.email, role: 'inzage' },
			staff
		);
		owner = (await passwordSession(DEMO.employer.email, DEMO.employer.password))!;
	}, 60_000);

	const switchTo = (organisationId: string, next: string) =>
		post('/werkgever/organisaties?/switch', { organisationId, next }, owner);

	it('goes to the same page of the other organisation, or its counterpart, never a 404', async () => {
		const cases: [from: string, toOther: string][] = [
			['/werkgever/lijsten/01abcdefghijklmnopqrstuvwx', '/werkgever/lijsten'],
			['/werkgever/lijsten', '/werkgever/lijsten'],
			['/werkgever/organisaties?gedaan=declared', '/werkgever/organisaties'],
			['/werkgever', '/werkgever'],
			// "inzage" may not submit lists or manage mandates there: the employer home instead.
			['/werkgever/lijsten/nieuw', '/werkgever'],
			['/werkgever/volmachten', '/werkgever'],
			['/werkgever/bestaat-niet', '/werkgever']
		];
		for (const [from, expected] of cases) {
			await switchTo(demoId, '/werkgever');
			const answer = await switchTo(otherId, from);
			expect(answer.status, from).toBe(303);
			expect(answer.headers.get('location'), from).toBe(expected);
			const landed = await get(expected, owner);
			expect(landed.status, from).toBe(200);
			const html = await landed.text();
			// the employer bar (sub-navigation with the switcher) is there, on the other organisation
			expect(html).toContain('class="employer-bar');
			expect(html).toMatch(/<option value="[^"]+" selected[^>]*>Tweede Werkgever bv/);
		}
		// Back to the organisation where the role may do everything: the same page again.
		expect((await switchTo(demoId, '/werkgever/volmachten')).headers.get('location')).toBe(
			'/werkgever/volmachten'
		);
		expect((await switchTo(demoId, '/werkgever/lijsten/nieuw')).headers.get('location')).toBe(
			'/werkgever/lijsten/nieuw'
		);
	});
});

describe('accounts search', () => {
	let staff: string;
	let demoId: string;
	let otherId: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
		demoId = await demoEmployerId();
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Zoek Elders bv', locale: 'nl' },
			staff
		);
		otherId = created.headers.get('location')!.split('/').pop()!;
		// Someone of another employer with a name and address that match every search below.
		await db().insert(user).values({
			name: 'Els Janssens 100%_x',
			email: 'els.janssens.elders@demo.test',
			kind: 'employee',
			status: 'active',
			employerId: otherId
		});
	}, 60_000);

	const names = async (employerId: string, q: string) => {
		const html = await (await post('/beheer/accounts?/search', { employerId, q }, staff)).text();
		return [...html.matchAll(/<a href="\/beheer\/accounts\?account=[^"]+">([^<]+)<\/a>/g)].map(
			(m) => m[1]
		);
	};

	it('finds by part of a name or e-mail address, within the chosen employer only', async () => {
		expect(await names(demoId, 'ssen')).toEqual(['Els Janssens']);
		expect(await names(demoId, 'MARIE.VAN')).toEqual(['Marie Van den Bossche']);
		expect((await names(demoId, '@demo.test')).length).toBe(3);
		expect(await names(otherId, 'ssen')).toEqual(['Els Janssens 100%_x']);
	});

	it('takes % and _ literally and needs at least 2 characters', async () => {
		expect(await names(demoId, '%')).toEqual([]);
		expect(await names(demoId, '__')).toEqual([]);
		expect(await names(otherId, '0%_')).toEqual(['Els Janssens 100%_x']);
		expect(await names(otherId, '%%')).toEqual([]);
		const short = await post('/beheer/accounts?/search', { employerId: demoId, q: 'a' }, staff);
		expect(short.status).toBe(400);
	});

	it('disables an account only after a confirmation that says what will happen', async () => {
		const target = await db()
			.select()
			.from(user)
			.where(eq(user.email, 'els.janssens.elders@demo.test'))
			.get();
		const asked = text(
			await (await post('/beheer/accounts?/disable', { userId: target!.id }, staff)).text()
		);
		expect(asked).toContain('Het account van Els Janssens 100%_x uitschakelen?');
		expect(asked).toContain('kan zich dan niet meer aanmelden');
		expect((await db().select().from(user).where(eq(user.id, target!.id)).get())!.status).toBe(
			'active'
		);
		await post('/beheer/accounts?/disable', { userId: target!.id, confirm: '1' }, staff);
		expect((await db().select().from(user).where(eq(user.id, target!.id)).get())!.status).toBe(
			'disabled'
		);
	});
});

describe('partner provisioning seen by staff', () => {
	it('shows links still being retried: attempts, next try in Brussels time, last error class', async () => {
		await seedWithTotp();
		const staff = await staffSession();
		const marie = await db()
			.select()
			.from(user)
			.where(eq(user.email, 'marie.vandenbossche@demo.test'))
			.get();
		await db()
			.insert(partnerLink)
			.values({
				accountId: marie!.id,
				partner: 'xtra-present',
				status: 'pending',
				attempts: 3,
				lastError: 'http-503',
				// the third attempt failed then; the consumer waits 4 minutes before the fourth
				updatedAt: new Date('2026-07-01T22:30:05Z')
			})
			.onConflictDoUpdate({
				target: [partnerLink.accountId, partnerLink.partner],
				set: {
					status: 'pending',
					attempts: 3,
					lastError: 'http-503',
					updatedAt: new Date('2026-07-01T22:30:05Z')
				}
			});
		const nl = text(await (await get('/beheer/partners', staff)).text());
		const section = nl.slice(nl.indexOf('Nog bezig met opnieuw proberen'), nl.indexOf('Mislukt'));
		expect(section).toContain('Marie Van den Bossche');
		expect(section).toContain('Xtra Present');
		expect(section).toContain('3 van 8');
		expect(section).toMatch(/02\/07\/2026,? 00:34/);
		expect(section).toContain('http-503');
		const fr = text(await (await get('/beheer/partners', `${staff}; lang=fr`)).text());
		expect(fr).toContain('Nouvelles tentatives en cours');
		expect(fr).toContain('3 sur 8');
	}, 60_000);
});

describe('destructive back-office actions ask first', () => {
	it('removes a contact and deactivates an employer only after "Ja, …" (confirm=1)', async () => {
		await seedWithTotp();
		const staff = await staffSession();
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Bevestig bv', locale: 'nl' },
			staff
		);
		const id = created.headers.get('location')!.split('/').pop()!;
		await post(
			`/beheer/werkgevers/${id}?/addContact`,
			{ name: 'Bea Bevestig', email: 'bea.bevestig@demo.test', role: 'owner' },
			staff
		);
		const contacts = () => db().select().from(member).where(eq(member.organizationId, id)).all();
		const memberId = (await contacts())[0]!.id;

		const asked = text(
			await (await post(`/beheer/werkgevers/${id}?/removeContact`, { memberId }, staff)).text()
		);
		expect(asked).toContain('Bea Bevestig verwijderen als contactpersoon van Bevestig bv?');
		expect(asked).toContain('Ja, verwijderen');
		expect(await contacts()).toHaveLength(1);
		await post(`/beheer/werkgevers/${id}?/removeContact`, { memberId, confirm: '1' }, staff);
		expect(await contacts()).toHaveLength(0);

		const isActive = async () =>
			(await db().select().from(organization).where(eq(organization.id, id)).get())!.active;
		const deactivate = text(
			await (await post(`/beheer/werkgevers/${id}?/active`, { active: 'false' }, staff)).text()
		);
		expect(deactivate).toContain('Werkgever Bevestig bv deactiveren?');
		expect(deactivate).toContain('Alle gegevens blijven bewaard');
		expect(await isActive()).toBe(true);
		await post(`/beheer/werkgevers/${id}?/active`, { active: 'false', confirm: '1' }, staff);
		expect(await isActive()).toBe(false);
		// activating again needs no second step
		await post(`/beheer/werkgevers/${id}?/active`, { active: 'true' }, staff);
		expect(await isActive()).toBe(true);
	}, 60_000);
});

describe('the mandate invitation mail', () => {
	it('says who invited the person and for which organisation', async () => {
		const org = await makeOrganisation('Uitnodigende Org vzw');
		const cookie = await loginCookie(org.people.owner!.email);
		const invited = `invited-${newId().slice(0, 8).toLowerCase()}@test.example`;
		await mandatePost('/werkgever/volmachten?/invite', cookie, { email: invited, role: 'lijsten' });
		const mail = await db().select().from(devMail).where(eq(devMail.to, invited)).get();
		expect(mail!.subject).toContain('Uitnodigende Org vzw');
		expect(mail!.text).toContain(
			`owner person (${org.people.owner!.email}) nodigt u uit om in YOU-P te handelen voor Uitnodigende Org vzw.`
		);
	}, 60_000);
});

describe('roster import removals', () => {
	let staff: string;
	let demoId: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
		demoId = await demoEmployerId();
	}, 60_000);

	const belgian = (iso: string) => iso.split('-').reverse().join('/');
	const csv = (rows: (typeof DEMO_ROSTER)[number][], extra = '') =>
		'naam;voornaam;postcode;geboortedatum\n' +
		rows
			.map(([last, first, birth, postcode]) => `${last};${first};${postcode};${belgian(birth)}`)
			.join('\n') +
		`\n${extra}`;
	const preview = async (content: string) => {
		const body = new FormData();
		body.set('file', new File([content], 'lijst.csv', { type: 'text/csv' }));
		const response = await exports.default.fetch(
			`${origin}/beheer/werkgevers/${demoId}/lijst-importeren?/preview`,
			{ method: 'POST', body, headers: { origin, cookie: staff, accept: 'text/html' } }
		);
		const html = await response.text();
		const field = (name: string) =>
			new RegExp(`name="${name}" value="([^"]*)"`)
				.exec(html)?.[1]
				?.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&');
		return { html: text(html), people: field('people')!, complete: field('complete')! };
	};
	const rosterSize = async () =>
		(await db().select().from(rosterEntry).where(eq(rosterEntry.employerId, demoId)).all()).length;

	it('states removals first, with the accounts among them, and applies them only when confirmed', async () => {
		// the first three people have accounts; this file leaves out the first four
		const shown = await preview(csv(DEMO_ROSTER.slice(4)));
		expect(shown.html).toContain(
			'Dit bestand verwijdert 4 personen van de gebruikerslijst, van wie 3 met een account.'
		);
		expect(shown.html.indexOf('Verwijderd (4)')).toBeLessThan(shown.html.indexOf('Nieuw ('));
		expect(shown.complete).toBe('1');
		const unconfirmed = await post(
			`/beheer/werkgevers/${demoId}/lijst-importeren?/apply`,
			{ people: shown.people, complete: '1' },
			staff
		);
		expect(unconfirmed.status).toBe(409);
		expect(await rosterSize()).toBe(44);
		await post(
			`/beheer/werkgevers/${demoId}/lijst-importeren?/apply`,
			{ people: shown.people, complete: '1', confirmRemovals: '1' },
			staff
		);
		expect(await rosterSize()).toBe(40);
	});

	it('asks for more than a fifth of the roster even without accounts, and removes nobody from an incomplete file', async () => {
		// 40 left, none with an account: leaving out 9 (> 1/5) needs confirmation
		const current = DEMO_ROSTER.slice(4);
		const big = await preview(csv(current.slice(9)));
		expect(big.html).toContain('van wie 0 met een account');
		const refused = await post(
			`/beheer/werkgevers/${demoId}/lijst-importeren?/apply`,
			{ people: big.people, complete: '1' },
			staff
		);
		expect(refused.status).toBe(409);
		// a small removal without accounts goes through at once
		const small = await preview(csv(current.slice(1)));
		await post(
			`/beheer/werkgevers/${demoId}/lijst-importeren?/apply`,
			{ people: small.people, complete: small.complete },
			staff
		);
		expect(await rosterSize()).toBe(39);
		// a file with an unreadable line removes nobody, whatever else it leaves out
		const broken = await preview(csv(current.slice(20), 'Kapot;Regel;0999;01/01/1990'));
		expect(broken.complete).toBe('0');
		expect(broken.html).toContain('niemand wordt verwijderd');
		await post(
			`/beheer/werkgevers/${demoId}/lijst-importeren?/apply`,
			{ people: broken.people, complete: broken.complete, confirmRemovals: '1' },
			staff
		);
		expect(await rosterSize()).toBe(39);
	});
});
