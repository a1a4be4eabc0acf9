/**
 * Mandate actions cannot flood owners or outside addresses with mail, and a request is decided
 * once: a burst of withdrawals files one request, invitations and declarations are throttled
 * (reserved before anything is mailed), and simultaneous decisions have exactly one effect.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { devMail, member, organisationRequest, organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import * as m from '$lib/paraglide/messages';
import { db, get, loginCookie, makeOrganisation, post } from './mandates-helpers';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import { at } from '../must';

const BURST = 20;
const statuses = (responses: Response[]) => responses.map((r) => r.status);
const count = (seen: number[], status: number) => seen.filter((s) => s === status).length;

async function mailsTo(to: string, containing?: string) {
	const rows = await db().select().from(devMail).where(eq(devMail.to, to));
	return containing ? rows.filter((m) => m.text.includes(containing)) : rows;
}

describe('withdrawal requests', () => {
	it('files one request and mails each owner once for 20 simultaneous posts', async () => {
		const org = await makeOrganisation();
		const cookie = await loginCookie(org.people.lijsten.email);
		// the route's modules load once, before the burst (workerd shares no I/O between requests)
		expect((await get('/werkgever/organisaties', cookie)).status).toBe(200);
		const seen = statuses(
			await Promise.all(
				Array.from({ length: BURST }, () =>
					post('/werkgever/organisaties?/withdraw', cookie, { organisationId: org.orgId })
				)
			)
		);
		expect(count(seen, 303)).toBe(1);
		expect(count(seen, 409)).toBe(BURST - 1);
		const rows = await db()
			.select()
			.from(organisationRequest)
			.where(
				and(
					eq(organisationRequest.requesterId, org.people.lijsten.id),
					eq(organisationRequest.kind, 'withdraw')
				)
			);
		expect(rows).toHaveLength(1);
		expect(await mailsTo(org.people.owner.email, 'niet langer te beheren')).toHaveLength(1);
		// and again later, one at a time: still pending, so still one
		const again = await post('/werkgever/organisaties?/withdraw', cookie, {
			organisationId: org.orgId
		});
		expect(again.status).toBe(409);
		expect(await again.text()).toContain('vroeg al om te stoppen');
		expect(await mailsTo(org.people.owner.email, 'niet langer te beheren')).toHaveLength(1);
	});
});

describe('invitations', () => {
	it('mails at most 20 invitations a day per inviter; the rest get 429 and no mail', async () => {
		const org = await makeOrganisation();
		const cookie = await loginCookie(org.people.owner.email);
		expect((await get('/werkgever/volmachten', cookie)).status).toBe(200);
		const tag = newId().slice(0, 8).toLowerCase();
		const addresses = Array.from({ length: BURST + 5 }, (_, i) => `inv-${tag}-${i}@test.example`);
		const responses = await Promise.all(
			addresses.map((email) =>
				post('/werkgever/volmachten?/invite', cookie, { email, role: 'inzage' })
			)
		);
		const seen = statuses(responses);
		expect(count(seen, 303)).toBe(20);
		expect(count(seen, 429)).toBe(5);
		const refused = responses.find((r) => r.status === 429)!;
		expect(await refused.text()).toContain('veel uitnodigingen');
		let mailed = 0;
		for (const email of addresses) mailed += (await mailsTo(email)).length;
		expect(mailed).toBe(20);
		expect(
			(await mailsTo(org.people.owner.email)).filter((m) => m.text.includes('uitgenodigd'))
		).toHaveLength(20);
	});

	it('mails one address at most 3 times a day, the same whether or not it has a login', async () => {
		const a = await makeOrganisation();
		const b = await makeOrganisation();
		const cookie = await loginCookie(a.people.owner.email);
		const unknown = `nobody-${newId().slice(0, 8).toLowerCase()}@test.example`;
		const known = b.people.inzage.email; // an employer login elsewhere
		for (const email of [unknown, known]) {
			const seen = statuses(
				await Promise.all(
					Array.from({ length: 6 }, () =>
						post('/werkgever/volmachten?/invite', cookie, { email, role: 'inzage' })
					)
				)
			);
			expect([count(seen, 303), count(seen, 429)]).toEqual([3, 3]);
			expect(await mailsTo(email, 'aanvaarden')).toHaveLength(3);
		}
	});

	it('tells the owners an invitation was sent, not that a mandate was given', async () => {
		const org = await makeOrganisation();
		const cookie = await loginCookie(org.people.owner.email);
		const email = `word-${newId().slice(0, 8).toLowerCase()}@test.example`;
		expect(
			(await post('/werkgever/volmachten?/invite', cookie, { email, role: 'lijsten' })).status
		).toBe(303);
		const mail = at(await mailsTo(org.people.owner.email, email), 0, 'the invitation mails');
		expect(mail.subject).toContain('Uitnodiging');
		expect(mail.text).toContain('werd uitgenodigd');
		expect(mail.text).not.toContain('kreeg een volmacht');
		// the same message in the other languages
		const body = (locale: 'nl' | 'fr' | 'en') =>
			m['mandates.mail.owner-invited.body'](
				{ person: 'P', organisation: 'O', role: 'R' },
				{ locale }
			);
		expect(body('fr')).toContain('a été invité');
		expect(body('en')).toContain('was invited');
		for (const locale of ['nl', 'fr', 'en'] as const)
			expect(body(locale)).toMatch(/aanvaardt|accepte|accepts/);
	});
});

describe('declarations', () => {
	it('admits at most 5 declaration posts a day per person; the rest get 429 and no mail', async () => {
		const org = await makeOrganisation();
		const targets = await Promise.all(Array.from({ length: 8 }, () => makeOrganisation()));
		const cookie = await loginCookie(org.people.beheerder.email);
		const responses = await Promise.all(
			targets.map((t) =>
				post('/werkgever/organisaties?/declare', cookie, {
					organisationId: t.orgId,
					role: 'inzage'
				})
			)
		);
		const seen = statuses(responses);
		expect(count(seen, 303)).toBe(5);
		expect(count(seen, 429)).toBe(3);
		expect(await responses.find((r) => r.status === 429)!.text()).toContain('veel aanvragen');
		let mailed = 0;
		for (const t of targets) mailed += (await mailsTo(t.people.owner.email)).length;
		expect(mailed).toBe(5);
	});

	it('files (and mails the owners of) at most 30 organisations a day per person', async () => {
		const org = await makeOrganisation();
		const tag = newId().slice(0, 8);
		const ids = Array.from({ length: 40 }, () => newId());
		for (const [i, id] of ids.entries())
			await db()
				.insert(organization)
				.values({ id, name: `Flood ${tag} ${i}`, slug: `f-${id.toLowerCase()}` });
		const cookie = await loginCookie(org.people.beheerder.email);
		const first = await post('/werkgever/organisaties?/declare', cookie, {
			organisationId: ids,
			role: 'inzage'
		});
		expect(first.status).toBe(303);
		const filed = await db()
			.select()
			.from(organisationRequest)
			.where(eq(organisationRequest.requesterId, org.people.beheerder.id));
		expect(filed).toHaveLength(30);
		const more = await post('/werkgever/organisaties?/declare', cookie, {
			organisationId: ids,
			role: 'inzage'
		});
		expect(more.status).toBe(429);
	});
});

describe('deciding a request', () => {
	let staff: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
	});

	it('creates one organisation for 10 simultaneous approvals of a new employer', async () => {
		const org = await makeOrganisation();
		const name = `Race vzw ${newId().slice(0, 8)}`;
		const id = newId();
		await db().insert(organisationRequest).values({
			id,
			requesterId: org.people.beheerder.id,
			newOrganisationName: name,
			kind: 'join',
			role: 'owner'
		});
		const seen = statuses(
			await Promise.all(
				Array.from({ length: 10 }, () =>
					post('/beheer/aanvragen', staff, { requestId: id, decision: 'approve' })
				)
			)
		);
		expect(count(seen, 303)).toBe(1);
		expect(count(seen, 409)).toBe(9);
		const created = await db().select().from(organization).where(like(organization.name, name));
		expect(created).toHaveLength(1);
		const memberships = await db()
			.select()
			.from(member)
			.where(eq(member.userId, org.people.beheerder.id));
		expect(memberships.filter((m) => m.organizationId === at(created, 0).id)).toHaveLength(1);
		expect(await mailsTo(org.people.beheerder.email, 'goedgekeurd')).toHaveLength(1);
	});

	it('has exactly one effect when approvals race rejections', async () => {
		const a = await makeOrganisation();
		const b = await makeOrganisation();
		const id = newId();
		await db().insert(organisationRequest).values({
			id,
			requesterId: b.people.inzage.id,
			organisationId: a.orgId,
			kind: 'join',
			role: 'inzage'
		});
		const decisions = Array.from({ length: 10 }, (_, i) => (i % 2 ? 'reject' : 'approve'));
		const seen = statuses(
			await Promise.all(
				decisions.map((decision) => post('/beheer/aanvragen', staff, { requestId: id, decision }))
			)
		);
		expect(count(seen, 303)).toBe(1);
		expect(count(seen, 409)).toBe(9);
		const request = await db()
			.select()
			.from(organisationRequest)
			.where(eq(organisationRequest.id, id))
			.get();
		const joined = await db()
			.select()
			.from(member)
			.where(and(eq(member.userId, b.people.inzage.id), eq(member.organizationId, a.orgId)));
		expect(joined).toHaveLength(request!.status === 'approved' ? 1 : 0);
		expect(request!.status).not.toBe('pending');
		const decided = await mailsTo(b.people.inzage.email);
		expect(decided.filter((m) => /goedgekeurd|geweigerd/.test(m.text))).toHaveLength(1);
	});
});
