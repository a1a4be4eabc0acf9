/**
 * Roster requests (issue 17 §4): a code-3 line's way out inside the app. The employer asks, staff
 * decide, and on approval the line is processed again in the same list — code 1, no new list, no
 * new charge — while the request's own data (the remark) is destroyed on decision.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { batch, batchLine, devMail, rosterEntry, rosterRequest } from '$lib/server/db/schema';
import { decideRosterRequest } from '$lib/server/backoffice/roster-requests';
import { runScheduled } from '$lib/server/worker/scheduled';
import { DAY_MS } from '$lib/server/lists/periods';
import type { LineRangeMessage } from '$lib/server/lists/message';
import {
	db,
	deliver,
	getPage,
	linesOf,
	makeEmployer,
	ownerCookie,
	person,
	processedBatch,
	row,
	userByEmail
} from './pipeline-helpers';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import { postForm, waitFor } from './http';
import { appNow } from './clock';

const ask = (batchId: string, cookie: string, fields: Record<string, string>) =>
	postForm(`/werkgever/lijsten/${batchId}?/request`, fields, {
		cookie,
		headers: { 'accept-language': 'nl-BE' }
	});
const decide = (cookie: string, requestId: string, decision: 'approve' | 'reject') =>
	postForm('/beheer/aanvragen', { requestId, decision, kind: 'roster' }, { cookie });
const requestsOf = (batchId: string) =>
	db().select().from(rosterRequest).where(eq(rosterRequest.batchId, batchId));
const batchRow = (id: string) => db().select().from(batch).where(eq(batch.id, id)).get();

/** An employer whose list has one line (a stranger, code 3) and one registered person. */
async function listWithStranger(tag: string) {
	const known = person(1, tag);
	const stranger = { ...person(2, tag), lastName: `Nieuw${tag}` };
	const employer = await makeEmployer([known]);
	const batchId = await processedBatch(employer.employerId, [row(known), row(stranger)]);
	expect((await linesOf(batchId)).map((l) => l.code)).toEqual([1, 3]);
	return { ...employer, batchId, known, stranger, cookie: await ownerCookie(employer.ownerEmail) };
}

let staff = '';
beforeAll(async () => {
	await seedWithTotp();
	staff = await staffSession();
});

describe('roster requests: asking', () => {
	it('the employer asks on a code-3 line; the remark is stored encrypted, once per line', async () => {
		const list = await listWithStranger('rrask');
		// Without JavaScript the page offers the request on the code-3 line only.
		const html = await (await getPage(`/werkgever/lijsten/${list.batchId}`, list.cookie)).text();
		expect(html).toContain('action="?/request"');
		expect(html).toContain('id="ask-2"');
		expect(html).not.toContain('id="ask-1"');

		const remark = 'Nieuw in dienst sinds maandag';
		const sent = await ask(list.batchId, list.cookie, { line: '2', remark });
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toBe(`/werkgever/lijsten/${list.batchId}?aangevraagd=2`);
		const [request] = await requestsOf(list.batchId);
		expect(request).toMatchObject({ employerId: list.employerId, line: 2, status: 'pending' });
		expect(request!.remark).not.toBeNull();
		expect(request!.remark).not.toContain('maandag');

		// A second request for the same line, or one for a code-1 line, is refused.
		expect((await ask(list.batchId, list.cookie, { line: '2' })).status).toBe(409);
		expect((await ask(list.batchId, list.cookie, { line: '1' })).status).toBe(409);
		expect(await requestsOf(list.batchId)).toHaveLength(1);
		// Pending, the line is not offered for correction (the request holds it).
		const after = await (await getPage(`/werkgever/lijsten/${list.batchId}`, list.cookie)).text();
		expect(after).toContain('Toevoeging aan uw gebruikerslijst aangevraagd op');
		expect(after).not.toContain('name="l2-lastName"');

		// Staff see the request with the person's data and the remark in clear.
		const page = await (await getPage('/beheer/aanvragen', staff)).text();
		expect(page).toContain(list.stranger.lastName);
		expect(page).toContain(remark);
	});

	it('another employer cannot ask for, see or decide on a request', async () => {
		const list = await listWithStranger('rrscope');
		const other = await makeEmployer([person(3, 'rrscope')]);
		const otherCookie = await ownerCookie(other.ownerEmail);
		expect((await ask(list.batchId, otherCookie, { line: '2' })).status).toBe(404);
		expect(await requestsOf(list.batchId)).toHaveLength(0);

		expect((await ask(list.batchId, list.cookie, { line: '2' })).status).toBe(303);
		const [request] = await requestsOf(list.batchId);
		// The other employer sees neither the list nor the staff page, and cannot decide.
		expect((await getPage(`/werkgever/lijsten/${list.batchId}`, otherCookie)).status).toBe(404);
		const page = await getPage('/beheer/aanvragen', otherCookie);
		expect(await page.text()).not.toContain(list.stranger.lastName);
		const denied = await decide(otherCookie, request!.id, 'approve');
		expect(denied.headers.get('location') ?? '').not.toContain('gedaan');
		// Nor can the employer itself: decisions are for staff.
		const own = await decide(list.cookie, request!.id, 'approve');
		expect(own.headers.get('location') ?? '').not.toContain('gedaan');
		expect((await requestsOf(list.batchId))[0]!.status).toBe('pending');
	});
});

describe('roster requests: deciding', () => {
	it('approval adds the person and reprocesses the line in the same list: code 1, no new charge', async () => {
		const list = await listWithStranger('rrok');
		const before = await batchRow(list.batchId);
		await ask(list.batchId, list.cookie, { line: '2', remark: 'graag' });
		const [request] = await requestsOf(list.batchId);

		const approved = await decide(staff, request!.id, 'approve');
		expect(approved.status).toBe(303);
		expect(approved.headers.get('location')).toBe('/beheer/aanvragen?gedaan=roster-approve');
		// The real queue consumer processes the line again.
		const line = await waitFor(async () => {
			const l = (await linesOf(list.batchId))[1]!;
			return l.state === 'done' && l.code !== null ? l : null;
		}, 'line 2 processed again');
		expect(line).toMatchObject({ code: 1, reason: 'registered' });

		const after = await batchRow(list.batchId);
		expect(after).toMatchObject({
			status: 'completed',
			costCents: before!.costCents,
			rowCount: 2,
			count1: 2,
			count3: 0,
			doneCount: 2
		});
		const lists = await db().select().from(batch).where(eq(batch.employerId, list.employerId));
		expect(lists).toHaveLength(1);
		expect(await userByEmail(list.stranger.email)).toMatchObject({ employerId: list.employerId });
		const entries = await db()
			.select()
			.from(rosterEntry)
			.where(eq(rosterEntry.employerId, list.employerId));
		expect(entries).toHaveLength(2);
		// The request's data is destroyed with the decision; the decision is recorded.
		const decided = (await requestsOf(list.batchId))[0]!;
		expect(decided).toMatchObject({ status: 'approved', remark: null });
		expect(decided.decidedBy).not.toBeNull();
		expect(decided.rosterEntryId).toBe(
			entries.find((e) => e.lastName === list.stranger.lastName)!.id
		);
		// The employer is told: by mail, and on the list page.
		const mails = await db().select().from(devMail).where(eq(devMail.to, list.ownerEmail));
		expect(mails.some((m) => m.subject.includes('toegevoegd aan uw gebruikerslijst'))).toBe(true);
		const html = await (await getPage(`/werkgever/lijsten/${list.batchId}`, list.cookie)).text();
		expect(html).toContain('Deze regel is opnieuw verwerkt in dezelfde lijst, zonder extra kosten');
		// Deciding again changes nothing.
		expect((await decide(staff, request!.id, 'reject')).status).toBe(409);
	});

	it('two decisions at once: exactly one wins, the roster gets one entry, one message is sent', async () => {
		const list = await listWithStranger('rrrace');
		await ask(list.batchId, list.cookie, { line: '2' });
		const [request] = await requestsOf(list.batchId);
		const messages: LineRangeMessage[] = [];
		const queue = {
			sendBatch: async (batch: Iterable<MessageSendRequest<LineRangeMessage>>) => {
				for (const m of batch) messages.push(m.body);
				return {} as QueueSendBatchResponse;
			}
		};
		const now = appNow();
		const outcomes = await Promise.all(
			(['approve', 'approve', 'reject'] as const).map((decision, i) =>
				decideRosterRequest(
					{ db: db(), env, queue },
					{ requestId: request!.id, actorId: `staff-${i}`, approve: decision === 'approve', now }
				)
			)
		);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
		expect(outcomes.filter((o) => !o.ok && o.reason === 'already-decided')).toHaveLength(2);
		const final = (await requestsOf(list.batchId))[0]!;
		const entries = await db()
			.select()
			.from(rosterEntry)
			.where(and(eq(rosterEntry.employerId, list.employerId)));
		if (final.status === 'approved') {
			expect(entries).toHaveLength(2);
			expect(messages).toEqual([{ v: 1, batchId: list.batchId, from: 2, to: 2 }]);
			await deliver(messages);
			expect((await linesOf(list.batchId))[1]).toMatchObject({ code: 1 });
		} else {
			expect(final.status).toBe('rejected');
			expect(entries).toHaveLength(1);
			expect(messages).toHaveLength(0);
			expect((await linesOf(list.batchId))[1]).toMatchObject({ code: 3, state: 'done' });
		}
	});

	it('refusal leaves the line as it was and erases the remark; the employer is told', async () => {
		const list = await listWithStranger('rrno');
		await ask(list.batchId, list.cookie, { line: '2', remark: 'onbekend' });
		const [request] = await requestsOf(list.batchId);
		expect((await decide(staff, request!.id, 'reject')).status).toBe(303);
		expect((await requestsOf(list.batchId))[0]).toMatchObject({ status: 'rejected', remark: null });
		const line = (await linesOf(list.batchId))[1]!;
		expect(line).toMatchObject({ code: 3, state: 'done' });
		expect(line.payload).not.toBeNull();
		const html = await (await getPage(`/werkgever/lijsten/${list.batchId}`, list.cookie)).text();
		expect(html).toContain('COLLECTIEF heeft uw aanvraag op');
		// Refused, the line can be corrected again.
		expect(html).toContain('name="l2-lastName"');
		const mails = await db().select().from(devMail).where(eq(devMail.to, list.ownerEmail));
		expect(mails.some((m) => m.subject.includes('aanvraag tot toevoeging geweigerd'))).toBe(true);
	});

	it('a request still pending when its line is purged expires with its data', async () => {
		const list = await listWithStranger('rrold');
		await ask(list.batchId, list.cookie, { line: '2', remark: 'later' });
		await runScheduled(new Date(appNow().getTime() + 31 * DAY_MS), env);
		expect((await linesOf(list.batchId))[1]!.payload).toBeNull();
		const [request] = await requestsOf(list.batchId);
		expect(request).toMatchObject({ status: 'expired', remark: null });
		expect((await decide(staff, request!.id, 'approve')).status).toBe(409);
		const lines = await db()
			.select()
			.from(batchLine)
			.where(and(eq(batchLine.batchId, list.batchId), eq(batchLine.line, 2)));
		expect(lines[0]!.code).toBe(3);
	});
});
