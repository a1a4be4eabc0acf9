/**
 * Inviting a colleague is no oracle for who has a YOU-P login (issue 16): an unknown address, an
 * employee's, a staff member's and another employer's login get the same answer, and nobody
 * becomes a member before accepting through the link, signed in as the invited address.
 */
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { devMail, invitation, member, user } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { newId } from '$lib/server/db/ids';
import { PASSWORD, db, get, loginCookie, makeOrganisation, origin, post } from './mandates-helpers';
import { setAppClock, appNow } from './clock';
import { withOrigin } from './http';

type Kind = 'unknown' | 'employee' | 'staff' | 'employer';
let org: Awaited<ReturnType<typeof makeOrganisation>>;
let other: Awaited<ReturnType<typeof makeOrganisation>>;
let owner: string;
const addresses = {} as Record<Kind, string>;
const links = {} as Record<Kind, string>;

async function makeLogin(kind: 'employee' | 'staff') {
	const email = `${kind}-${newId().slice(0, 10).toLowerCase()}@test.example`;
	await insertCredentialUser(
		db(),
		{ name: `${kind} person`, email, emailVerified: true, kind, status: 'active', origin: 'seed' },
		await hashSecret(PASSWORD, START_PASSWORD_PARAMS)
	);
	return email;
}

/** The invitation form posted as the browser does with JavaScript (SvelteKit's enhance). */
function enhancedInvite(cookie: string, email: string) {
	return exports.default.fetch(`${origin}/werkgever/volmachten?/invite`, {
		method: 'POST',
		body: new URLSearchParams({ email, role: 'lijsten' }),
		headers: withOrigin({
			cookie,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		}),
		redirect: 'manual'
	});
}

const membership = async (organisationId: string, email: string) =>
	db()
		.select({ role: member.role })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.where(and(eq(member.organizationId, organisationId), eq(user.email, email)))
		.get();

beforeAll(async () => {
	org = await makeOrganisation();
	other = await makeOrganisation();
	owner = await loginCookie(org.people.owner.email);
	addresses.unknown = `unknown-${newId().slice(0, 10).toLowerCase()}@test.example`;
	addresses.employee = await makeLogin('employee');
	addresses.staff = await makeLogin('staff');
	addresses.employer = other.people.lijsten.email;
}, 60_000);

describe('inviting a colleague', () => {
	it('answers every kind of address alike, with and without JavaScript', async () => {
		const answers: Record<string, unknown> = {};
		for (const [kind, email] of Object.entries(addresses) as [Kind, string][]) {
			const plain = await post('/werkgever/volmachten?/invite', owner, { email, role: 'lijsten' });
			const location = plain.headers.get('location');
			const page = await get(location ?? '/', owner);
			const html = await page.text();
			const notice = /<p class="notice" role="status">([^<]*)<\/p>/.exec(html)?.[1];
			// the enhanced answer (JSON) of a second invitation to the same address
			const enhanced = await enhancedInvite(owner, email);
			answers[kind] = {
				status: plain.status,
				location,
				body: await plain.text(),
				page: page.status,
				notice,
				enhanced: { status: enhanced.status, body: await enhanced.text() }
			};
		}
		expect(answers.unknown).toMatchObject({ status: 303, page: 200 });
		expect((answers.unknown as { notice?: string }).notice).toBeTruthy();
		for (const kind of ['employee', 'staff', 'employer'] as const)
			expect(answers[kind], kind).toEqual(answers.unknown);
	});

	it('makes nobody a member before accepting; every address gets the same invitation mail', async () => {
		for (const [kind, email] of Object.entries(addresses) as [Kind, string][]) {
			expect(await membership(org.orgId, email), kind).toBeUndefined();
			const open = await db()
				.select()
				.from(invitation)
				.where(and(eq(invitation.organizationId, org.orgId), eq(invitation.email, email)));
			expect(open.length, kind).toBeGreaterThan(0);
			expect(open.every((i) => i.status === 'pending')).toBe(true);
			const mails = await db().select().from(devMail).where(eq(devMail.to, email));
			const invited = mails.filter((m) => m.subject.includes(org.name));
			expect(invited.length, kind).toBeGreaterThan(0);
			links[kind] = invited
				.at(-1)!
				.text.match(/\/werkgever\/volmachten\/aanvaarden\/[A-Za-z0-9_-]+/)![0];
		}
		const subjects = await Promise.all(
			Object.values(addresses).map(async (email) => {
				const mails = await db().select().from(devMail).where(eq(devMail.to, email));
				return mails.filter((m) => m.subject.includes(org.name)).map((m) => m.subject);
			})
		);
		expect(new Set(subjects.flat()).size).toBe(1);
	});
});

describe('accepting an invitation with an existing login', () => {
	it('grants the membership only to the invited address, signed in, once', async () => {
		const link = links.employer;
		const email = addresses.employer;
		// anonymous: told to sign in; posting changes nothing
		const page = await get(link);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('/login?next=');
		expect((await post(link, '', {})).status).toBe(400);
		expect((await post(link, '', { name: 'Iemand', password: 'a-long-password-123' })).status).toBe(
			400
		);
		// signed in as someone else (another employer login): refused
		const stranger = await loginCookie(other.people.beheerder.email);
		expect((await post(link, stranger, {})).status).toBe(400);
		expect(await membership(org.orgId, email)).toBeUndefined();

		// signed in as the invited address: accepted, with the invited role
		const invitee = await loginCookie(email);
		expect(await (await get(link, invitee)).text()).toContain('Volmacht aanvaarden');
		const accepted = await post(link, invitee, {});
		expect(accepted.status).toBe(303);
		expect(accepted.headers.get('location')).toBe('/werkgever');
		expect((await membership(org.orgId, email))?.role).toBe('lijsten');
		expect((await post(link, invitee, {})).status).toBe(400);
	});

	it('never gives an employee or staff login a mandate', async () => {
		for (const kind of ['employee', 'staff'] as const) {
			const page = await get(links[kind]);
			expect(await page.text(), kind).toContain('geen volmacht voor een werkgever');
			// staff sign in with a second factor too; their password session alone is enough here
			const cookie = kind === 'employee' ? await loginCookie(addresses[kind]) : '';
			const refused = await post(links[kind], cookie, {});
			expect(refused.status, kind).toBe(400);
			expect(await membership(org.orgId, addresses[kind]), kind).toBeUndefined();
		}
	});

	it('lets an unknown address create its login; the link expires on the app’s clock', async () => {
		try {
			setAppClock(new Date(appNow().getTime() + 8 * 86_400_000));
			expect(await (await get(links.unknown)).text()).toContain('niet meer geldig');
		} finally {
			setAppClock(null);
		}
		// the one password policy ($lib/password): a common password (even of 12+ characters), or
		// one made of the invitee's own address, is refused like everywhere else; nobody is created
		const local = addresses.unknown.split('@')[0]!;
		for (const password of ['wachtwoord123', `${local}1`, 'kort']) {
			const refused = await post(links.unknown, '', { name: 'Nieuwe Collega', password });
			expect(refused.status, password).toBe(400);
			expect(await membership(org.orgId, addresses.unknown), password).toBeUndefined();
		}
		const created = await post(links.unknown, '', {
			name: 'Nieuwe Collega',
			password: 'a-long-password-123'
		});
		expect(created.status).toBe(303);
		expect((await membership(org.orgId, addresses.unknown))?.role).toBe('lijsten');
	});
});
