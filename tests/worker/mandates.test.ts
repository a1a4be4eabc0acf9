import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { apiToken, auditEvent, devMail, member, session } from '$lib/server/db/schema';
import { createApiToken, resolveApiToken } from '$lib/server/api/tokens';
import { employerContext } from '$lib/server/organisations';
import { db, get, loginCookie, makeOrganisation, post } from './mandates-helpers';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import { at } from '../must';

describe('revoking a mandate', () => {
	it('ends the sessions and stops the API tokens at once, audited and mailed to the owner', async () => {
		const org = await makeOrganisation();
		const owner = await loginCookie(org.people.owner.email);
		const victim = await loginCookie(org.people.lijsten.email);
		expect((await get('/werkgever', victim)).status).toBe(200);

		const theirs = await createApiToken(db(), {
			kind: 'employer',
			organisationId: org.orgId,
			label: 'payroll',
			createdBy: org.people.lijsten.id
		});
		const ownersToken = await createApiToken(db(), {
			kind: 'employer',
			organisationId: org.orgId,
			label: 'owner payroll',
			createdBy: org.people.owner.id
		});
		expect(await resolveApiToken(db(), theirs.token)).not.toBeNull();

		const row = await db()
			.select({ id: member.id })
			.from(member)
			.where(and(eq(member.userId, org.people.lijsten.id), eq(member.organizationId, org.orgId)))
			.get();
		// the first post only asks for confirmation: nothing changes yet
		const ask = await post('/werkgever/volmachten?/revoke', owner, { memberId: row!.id });
		expect(ask.status).toBe(200);
		expect(await db().select().from(member).where(eq(member.id, row!.id)).get()).toBeDefined();
		expect((await get('/werkgever', victim)).status).toBe(200);
		expect(await resolveApiToken(db(), theirs.token)).not.toBeNull();

		const response = await post('/werkgever/volmachten?/revoke', owner, {
			memberId: row!.id,
			confirm: '1'
		});
		expect(response.status).toBe(303);

		// the very next request with the old cookie is anonymous
		const after = await get('/werkgever', victim);
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toMatch(/^\/login/);
		const sessions = await db()
			.select()
			.from(session)
			.where(eq(session.userId, org.people.lijsten.id));
		expect(sessions).toHaveLength(0);
		expect(await resolveApiToken(db(), theirs.token)).toBeNull();
		expect(await resolveApiToken(db(), ownersToken.token)).not.toBeNull();
		const revoked = await db().select().from(apiToken).where(eq(apiToken.id, theirs.id)).get();
		expect(revoked?.revokedAt).toBeInstanceOf(Date);

		const audit = await db()
			.select()
			.from(auditEvent)
			.where(
				and(eq(auditEvent.organisationId, org.orgId), eq(auditEvent.action, 'mandate.revoked'))
			)
			.get();
		expect(audit?.actorId).toBe(org.people.owner.id);
		expect(audit?.subjectId).toBe(org.people.lijsten.id);
		const mails = await db().select().from(devMail).where(eq(devMail.to, org.people.owner.email));
		expect(mails.some((m) => m.text.includes(org.people.lijsten.email))).toBe(true);
	});

	it('never lets a beheerder revoke the owner', async () => {
		const org = await makeOrganisation();
		const beheerder = await loginCookie(org.people.beheerder.email);
		const ownerRow = await db()
			.select({ id: member.id })
			.from(member)
			.where(eq(member.userId, org.people.owner.id))
			.get();
		for (const confirm of ['', '1']) {
			const response = await post('/werkgever/volmachten?/revoke', beheerder, {
				memberId: ownerRow!.id,
				confirm
			});
			expect(response.status, `confirm=${confirm}`).toBe(400);
		}
		expect(await db().select().from(member).where(eq(member.id, ownerRow!.id)).get()).toBeDefined();
	});

	it('changes a role, with an audit event and a mail to the owner', async () => {
		const org = await makeOrganisation();
		const owner = await loginCookie(org.people.owner.email);
		const row = await db()
			.select({ id: member.id })
			.from(member)
			.where(eq(member.userId, org.people.inzage.id))
			.get();
		const response = await post('/werkgever/volmachten?/role', owner, {
			memberId: row!.id,
			role: 'lijsten'
		});
		expect(response.status).toBe(303);
		expect((await db().select().from(member).where(eq(member.id, row!.id)).get())?.role).toBe(
			'lijsten'
		);
		const audit = await db()
			.select()
			.from(auditEvent)
			.where(
				and(eq(auditEvent.organisationId, org.orgId), eq(auditEvent.action, 'mandate.role-changed'))
			)
			.get();
		expect(JSON.parse(audit!.detail!)).toEqual({ from: 'inzage', to: 'lijsten' });
	});
});

describe('inviting a colleague without a login', () => {
	it('mails a single-use link that creates the login and the membership', async () => {
		const org = await makeOrganisation();
		const owner = await loginCookie(org.people.owner.email);
		const email = `new-${crypto.randomUUID().slice(0, 8)}@test.example`;
		const response = await post('/werkgever/volmachten?/invite', owner, { email, role: 'inzage' });
		expect(response.status).toBe(303);
		const mail = await db().select().from(devMail).where(eq(devMail.to, email)).get();
		const link = mail!.text.match(/\/werkgever\/volmachten\/aanvaarden\/[A-Za-z0-9_-]+/)![0];

		// reachable without a login (the page leaves the employer layout)
		expect((await get(link)).status).toBe(200);
		const accept = await post(link, '', {
			name: 'Nieuwe Collega',
			password: 'a-long-password-123'
		});
		expect(accept.status).toBe(303);
		expect(accept.headers.get('location')).toBe('/werkgever');
		const cookie = await loginCookie(email, 'a-long-password-123');
		const home = await get('/werkgever', cookie);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain(org.name);
		// the link works once
		const again = await post(link, '', { name: 'X', password: 'another-password-123' });
		expect(again.status).toBe(400);
	});
});

describe('declaring organisations', () => {
	let a: Awaited<ReturnType<typeof makeOrganisation>>;
	let b: Awaited<ReturnType<typeof makeOrganisation>>;
	let cookie: string;
	beforeAll(async () => {
		a = await makeOrganisation('Sociaal Secretariaat A');
		b = await makeOrganisation('Werkgever B');
		cookie = await loginCookie(a.people.beheerder.email);
	}, 60_000);

	it('needs an approval before the declared organisation is reachable', async () => {
		const declared = await post('/werkgever/organisaties?/declare', cookie, {
			organisationId: b.orgId,
			role: 'lijsten'
		});
		expect(declared.status).toBe(303);

		// pending: no membership, the switch is refused, the context never yields B
		const refused = await post('/werkgever/organisaties?/switch', cookie, {
			organisationId: b.orgId,
			next: '/werkgever'
		});
		expect(refused.status).toBe(400);
		expect((await employerContext(db(), a.people.beheerder.id, b.orgId))?.organisationId).toBe(
			a.orgId
		);

		// someone from A cannot approve it; B's lijsten cannot either; B's owner can
		const bLijsten = await loginCookie(b.people.lijsten.email);
		const requests = await env.DB.prepare(
			'select id from organisation_request where requester_id = ? and organization_id = ?'
		)
			.bind(a.people.beheerder.id, b.orgId)
			.all<{ id: string }>();
		const requestId = at(requests.results, 0, 'the open requests').id;
		expect(
			(
				await post('/werkgever/volmachten?/decide', bLijsten, {
					requestId,
					decision: 'approve'
				})
			).status
		).toBe(403);
		const aOwner = await loginCookie(a.people.owner.email);
		expect(
			(await post('/werkgever/volmachten?/decide', aOwner, { requestId, decision: 'approve' }))
				.status
		).toBe(400);

		const bOwner = await loginCookie(b.people.owner.email);
		const page = await get('/werkgever/volmachten', bOwner);
		expect(await page.text()).toContain(a.people.beheerder.email);
		expect(
			(await post('/werkgever/volmachten?/decide', bOwner, { requestId, decision: 'approve' }))
				.status
		).toBe(303);

		// approved: the switcher shows both, switching makes B the active organisation
		const home = await get('/werkgever', cookie);
		const html = await home.text();
		expect(html).toContain('Werkgever B');
		expect(html).toContain('org-switch');
		const switched = await post('/werkgever/organisaties?/switch', cookie, {
			organisationId: b.orgId,
			next: '/werkgever'
		});
		expect(switched.status).toBe(303);
		const now = await get('/werkgever', cookie);
		expect(await now.text()).toMatch(/U beheert Werkgever B/);
	});

	it('lets staff approve a new employer, which creates it with the declarer as owner', async () => {
		const name = `Nieuwe vzw ${crypto.randomUUID().slice(0, 6)}`;
		await post('/werkgever/organisaties?/switch', cookie, {
			organisationId: a.orgId,
			next: '/werkgever'
		});
		await post('/werkgever/organisaties?/declare', cookie, {
			newOrganisationName: name,
			role: 'inzage'
		});
		await seedWithTotp();
		const staff = await staffSession();
		const list = await get('/beheer/aanvragen', staff);
		expect(list.status).toBe(200);
		expect(await list.text()).toContain(name);
		const row = await env.DB.prepare(
			'select id from organisation_request where new_organisation_name = ?'
		)
			.bind(name)
			.first<{ id: string }>();
		// an employer cannot use the staff page
		const denied = await post('/beheer/aanvragen', cookie, {
			requestId: row!.id,
			decision: 'approve'
		});
		expect(denied.headers.get('location')).not.toMatch(/gedaan/);
		const still = await env.DB.prepare('select status from organisation_request where id = ?')
			.bind(row!.id)
			.first<{ status: string }>();
		expect(still?.status).toBe('pending');
		expect(
			(await post('/beheer/aanvragen', staff, { requestId: row!.id, decision: 'approve' })).status
		).toBe(303);
		const orgs = await env.DB.prepare(
			'select m.role from member m join organization o on o.id = m.organization_id where o.name = ? and m.user_id = ?'
		)
			.bind(name, a.people.beheerder.id)
			.first<{ role: string }>();
		expect(orgs?.role).toBe('owner');
	}, 60_000);
});

describe('phase 2: an organisation that requires the federated login', () => {
	it('sends a password session to the federated login; other organisations keep passwords', async () => {
		const strict = await makeOrganisation();
		const relaxed = await makeOrganisation();
		const { setRequireFederatedLogin } = await import('$lib/server/mandates/federated-guard');
		await setRequireFederatedLogin(db(), {
			actorId: 'staff',
			organisationId: strict.orgId,
			required: true
		});
		const cookie = await loginCookie(strict.people.owner.email);
		const sessions = await env.DB.prepare('select auth_method from session where user_id = ?')
			.bind(strict.people.owner.id)
			.all<{ auth_method: string }>();
		expect(sessions.results.map((s) => s.auth_method)).toEqual(['password']);
		const blocked = await get('/werkgever', cookie);
		expect(blocked.status).toBe(303);
		expect(blocked.headers.get('location')).toBe('/login/federated?reden=verplicht');
		const other = await loginCookie(relaxed.people.owner.email);
		expect((await get('/werkgever', other)).status).toBe(200);
	}, 60_000);
});
