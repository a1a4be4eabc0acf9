/**
 * The employer's home (issue 17, section 6): every figure from the real pipeline, scoped to the
 * caller's organisation; a member with the role `inzage` sees counts but no names.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { batch, invitation, member, user } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { employerHome } from '$lib/server/lists/results/employer-home';
import { DAY_MS } from '$lib/server/lists/periods';
import { brusselsDate } from '$lib/registration/deadline';
import { newId } from '$lib/server/db/ids';
import { appNow } from './clock';
import { loginAs, postForm } from './http';
import {
	OWNER_PASSWORD,
	credentialMailsFor,
	db,
	getPage,
	linesOf,
	makeEmployer,
	ownerCookie,
	person,
	processedBatch,
	row,
	submitCaptured,
	userByEmail
} from './pipeline-helpers';

async function setup() {
	const suffix = `home${newId().slice(0, 8)}`;
	const p = Array.from({ length: 10 }, (_, i) => person(i, suffix));
	const a = await makeEmployer(p.slice(0, 6));
	const b = await makeEmployer(p.slice(0, 6));
	// A: three registered (code 1), one bad postcode (code 4), one not on the roster (code 3).
	const done = await processedBatch(a.employerId, [
		row(p[0]!),
		row(p[1]!),
		row(p[2]!),
		row(p[3]!, { postcode: '12' }),
		row(p[9]!)
	]);
	// p0 signed in and changed the start password; p1 and p2 did not.
	const p0 = await userByEmail(p[0]!.email);
	await db().update(user).set({ mustChangePassword: false }).where(eq(user.id, p0!.id));
	// A: a list still waiting in the queue.
	const queued = await submitCaptured({ employerId: a.employerId, rows: [row(p[4]!), row(p[5]!)] });
	if (!queued.result.ok) throw new Error('submit failed');
	// A: a list of last year (Brussels 31 December 23:30) does not count in this year's costs.
	const year = Number(brusselsDate(appNow()).slice(0, 4));
	const old = await processedBatch(a.employerId, [row(p[9]!, { postcode: '13' })]);
	await db()
		.update(batch)
		.set({ receivedAt: new Date(`${year - 1}-12-31T23:30:00+01:00`) })
		.where(eq(batch.id, old));
	// …but one of Brussels 1 January 00:30 (still 31 December in UTC) does.
	await db()
		.update(batch)
		.set({ receivedAt: new Date(`${year}-01-01T00:30:00+01:00`) })
		.where(eq(batch.id, done));
	// B: one code-3 line of its own, and nothing else.
	const bDone = await processedBatch(b.employerId, [row(p[8]!)]);
	// A: one open invitation, one expired, one accepted.
	const now = appNow();
	const inviteEmail = `invitee-${suffix}@test.example`;
	await db()
		.insert(invitation)
		.values([
			{
				organizationId: a.employerId,
				email: inviteEmail,
				role: 'lijsten',
				inviterId: a.ownerId,
				expiresAt: new Date(now.getTime() + 20 * DAY_MS)
			},
			{
				organizationId: a.employerId,
				email: `expired-${suffix}@test.example`,
				role: 'lijsten',
				inviterId: a.ownerId,
				expiresAt: new Date(now.getTime() - DAY_MS)
			},
			{
				organizationId: a.employerId,
				email: `accepted-${suffix}@test.example`,
				role: 'lijsten',
				status: 'accepted',
				inviterId: a.ownerId,
				expiresAt: new Date(now.getTime() + 3 * DAY_MS)
			}
		]);
	return { p, a, b, done, queued: queued.result.batchId, old, bDone, inviteEmail, year };
}

const costOf = async (id: string) =>
	(await db().select({ c: batch.costCents }).from(batch).where(eq(batch.id, id)).get())!.c;
const numberOf = async (id: string) =>
	(await db().select({ n: batch.number }).from(batch).where(eq(batch.id, id)).get())!.n;

describe('the employer home (issue 17, section 6)', () => {
	it('shows each figure of its own organisation only', async () => {
		const s = await setup();
		// Ten days later: the code-3/4 lines keep their data for 30 days after processing.
		const later = new Date(appNow().getTime() + 10 * DAY_MS);
		const home = await employerHome(db(), {
			organisationId: s.a.employerId,
			now: later,
			withNames: true
		});
		expect(home.inProgress).toEqual([
			{
				id: s.queued,
				number: await numberOf(s.queued),
				status: 'queued',
				rowCount: 2,
				pending: 2
			}
		]);
		const retain = (await linesOf(s.done))
			.filter((l) => l.code === 3 || l.code === 4)
			.map((l) => l.retainUntil!.getTime());
		expect(retain).toHaveLength(2);
		const corrections = home.corrections.filter((c) => c.batchId === s.done);
		expect(corrections).toEqual([
			{
				batchId: s.done,
				number: await numberOf(s.done),
				lines: 2,
				daysLeft: Math.floor((Math.min(...retain) - later.getTime()) / DAY_MS)
			}
		]);
		expect(corrections[0]!.daysLeft).toBe(19);
		// The list of last year keeps its code-3 line too, and nothing of B shows.
		expect(home.corrections.map((c) => c.batchId).sort()).toEqual([s.done, s.old].sort());
		expect(home.notSignedIn, JSON.stringify(home.notSignedIn)).toHaveLength(1);
		expect(home.notSignedIn[0]!.batchId).toBe(s.done);
		expect(home.notSignedIn[0]!.count).toBe(2);
		expect(home.notSignedIn[0]!.people.map((x) => x.name).join(' ')).toContain(s.p[1]!.firstName);
		expect(home.notSignedIn[0]!.people.map((x) => x.name).join(' ')).toContain(s.p[2]!.firstName);
		expect(home.notSignedIn[0]!.people.map((x) => x.name).join(' ')).not.toContain(
			s.p[0]!.firstName
		);
		expect(home.costs).toEqual({
			year: String(s.year),
			cents: (await costOf(s.done)) + (await costOf(s.queued)),
			lists: 2
		});
		expect(home.invitations).toEqual({ count: 1, emails: [s.inviteEmail] });

		const other = await employerHome(db(), {
			organisationId: s.b.employerId,
			now: later,
			withNames: true
		});
		expect(other.inProgress).toEqual([]);
		expect(other.corrections.map((c) => c.batchId)).toEqual([s.bDone]);
		expect(other.corrections[0]!.lines).toBe(1);
		expect(other.notSignedIn).toEqual([]);
		expect(other.costs.cents).toBe(await costOf(s.bDone));
		expect(other.invitations).toEqual({ count: 0, emails: [] });

		// Past the retention date the lines are no longer waiting.
		const gone = await employerHome(db(), {
			organisationId: s.a.employerId,
			now: new Date(Math.max(...retain) + DAY_MS),
			withNames: true
		});
		expect(gone.corrections).toEqual([]);
	});

	it('renders for the owner with names, for an inzage member with counts only', async () => {
		const s = await setup();
		const owner = await getPage('/werkgever', await ownerCookie(s.a.ownerEmail));
		expect(owner.status).toBe(200);
		const html = await owner.text();
		expect(html).toContain('2 personen hebben zich nog niet aangemeld');
		expect(html).toContain(s.p[1]!.firstName);
		expect(html).toContain(s.inviteEmail);
		expect(html).toContain(`href="/werkgever/lijsten/${s.done}"`);
		expect(html).toContain(`href="/werkgever/lijsten/${s.queued}"`);
		expect(html).toContain('excl. btw');
		expect(html).not.toContain(s.bDone);

		const email = `inzage-${s.a.suffix}@test.example`;
		const id = await insertCredentialUser(
			db(),
			{ name: 'Inzage', email, kind: 'employer', origin: 'seed', locale: 'nl' },
			await hashSecret(OWNER_PASSWORD)
		);
		await db()
			.insert(member)
			.values({ organizationId: s.a.employerId, userId: id, role: 'inzage' });
		const viewer = await getPage('/werkgever', await loginAs(email, OWNER_PASSWORD));
		expect(viewer.status).toBe(200);
		const text = await viewer.text();
		expect(text).toContain('2 personen hebben zich nog niet aangemeld');
		expect(text).toContain('1 uitnodiging wacht op een antwoord');
		expect(text).not.toContain(s.p[1]!.firstName);
		expect(text).not.toContain(s.p[2]!.firstName);
		expect(text).not.toContain(s.inviteEmail);
	});

	it('sends a new start password, free, only to its own registered person who never signed in', async () => {
		const s = await setup();
		const p1 = (await userByEmail(s.p[1]!.email))!;
		const p0 = (await userByEmail(s.p[0]!.email))!;
		const before = (await credentialMailsFor(p1.id)).length;
		const costs = await employerHome(db(), {
			organisationId: s.a.employerId,
			now: appNow(),
			withNames: true
		});
		// B may not: p1 was registered by A.
		const other = await postForm(
			'/werkgever?/resend',
			{ userId: p1.id },
			{ cookie: await ownerCookie(s.b.ownerEmail), settled: true }
		);
		expect(other.status).toBe(409);
		expect(await credentialMailsFor(p1.id)).toHaveLength(before);
		// p0 signed in already.
		const cookie = await ownerCookie(s.a.ownerEmail);
		const signedIn = await postForm(
			'/werkgever?/resend',
			{ userId: p0.id },
			{ cookie, settled: true }
		);
		expect(signedIn.status).toBe(409);
		const sent = await postForm('/werkgever?/resend', { userId: p1.id }, { cookie, settled: true });
		expect(sent.status).toBe(200);
		expect(await sent.text()).toContain('Het nieuwe startwachtwoord is verstuurd.');
		expect((await credentialMailsFor(p1.id)).length).toBe(before + 1);
		// At no cost: this year's costs did not change.
		const after = await employerHome(db(), {
			organisationId: s.a.employerId,
			now: appNow(),
			withNames: true
		});
		expect(after.costs).toEqual(costs.costs);
	});
});
