/**
 * The employer guard (http/employer.ts) on form actions and endpoints, not only on the layout's
 * load, and who counts as having opened a list's results.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch, invitation, member, organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { db, get, loginCookie, makeOrganisation, post } from './mandates-helpers';
import { deliver, person, row, submitCaptured } from './pipeline-helpers';
import { appNow } from './clock';

async function strictOrganisation() {
	const org = await makeOrganisation();
	await db()
		.update(organization)
		.set({ requireFederatedLogin: true })
		.where(eq(organization.id, org.orgId));
	return org;
}

async function processed(employerId: string, suffix: string) {
	const { result, messages } = await submitCaptured({
		employerId,
		rows: [row(person(1, suffix))],
		now: appNow()
	});
	if (!result.ok) throw new Error('submit failed');
	await deliver(messages);
	return result.batchId;
}

const openedAt = async (batchId: string) =>
	(await db().select().from(batch).where(eq(batch.id, batchId)).get())?.resultsOpenedAt ?? null;

describe('an organisation that requires the federated login, in a password session', () => {
	it('cannot invite, submit a list, or fetch an employer endpoint', async () => {
		const strict = await strictOrganisation();
		const cookie = await loginCookie(strict.people.owner.email);
		const federated = '/login/federated?reden=verplicht';

		const invite = await post('/werkgever/volmachten?/invite', cookie, {
			email: `new-${newId().slice(0, 8).toLowerCase()}@test.example`,
			role: 'beheerder'
		});
		expect(invite.status).toBe(303);
		expect(invite.headers.get('location')).toBe(federated);
		const invitations = await db()
			.select()
			.from(invitation)
			.where(eq(invitation.organizationId, strict.orgId));
		expect(invitations).toHaveLength(0);

		const list = await post('/werkgever/lijsten/nieuw', cookie, {
			rows: JSON.stringify([row(person(2, 'strict'))]),
			consent: 'on'
		});
		expect(list.status).toBe(303);
		expect(list.headers.get('location')).toBe(federated);
		const batches = await db().select().from(batch).where(eq(batch.employerId, strict.orgId));
		expect(batches).toHaveLength(0);

		for (const path of [
			'/werkgever/lijsten/nieuw/voorbeeld',
			'/werkgever/lijsten/nieuw/toestemming',
			'/werkgever/lijsten'
		]) {
			const response = await get(path, cookie);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(federated);
		}
	}, 60_000);
});

describe('the employer guard’s other outcomes on a form action', () => {
	it('sends nobody to the login, refuses a lower role and a member without an organisation', async () => {
		const org = await makeOrganisation();
		const anonymous = await post('/werkgever/volmachten?/invite', '', {
			email: 'x@test.example',
			role: 'inzage'
		});
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe('/login?next=%2Fwerkgever%2Fvolmachten');

		const inzage = await loginCookie(org.people.inzage.email);
		const refused = await post('/werkgever/lijsten/nieuw', inzage, { rows: '[]' });
		expect(refused.status).toBe(403);

		const lijsten = await loginCookie(org.people.lijsten.email);
		await db().delete(member).where(eq(member.userId, org.people.lijsten.id));
		const orphan = await post('/werkgever/organisaties?/withdraw', lijsten, {
			organisationId: org.orgId
		});
		expect(orphan.status).toBe(403);
		expect(await orphan.text()).toContain('U bent niet (meer) gekoppeld aan een organisatie');
	}, 60_000);
});

describe('opening a list’s results', () => {
	it('does not count for inzage (no results to see); it does for lijsten', async () => {
		const org = await makeOrganisation();
		const batchId = await processed(org.orgId, `open${newId().slice(0, 6)}`);
		expect(await openedAt(batchId)).toBeNull();

		const inzage = await loginCookie(org.people.inzage.email);
		expect((await get(`/werkgever/lijsten/${batchId}`, inzage)).status).toBe(200);
		expect(await openedAt(batchId)).toBeNull();

		const lijsten = await loginCookie(org.people.lijsten.email);
		expect((await get(`/werkgever/lijsten/${batchId}`, lijsten)).status).toBe(200);
		expect(await openedAt(batchId)).toBeInstanceOf(Date);
	}, 60_000);
});
