import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch, user, auditEvent } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { decryptJson, lineContext, loadBatchKeys } from '$lib/server/lists/batch-keys';
import { getBatchView } from '$lib/server/lists/read';
import {
	db,
	deliver,
	linesOf,
	rosterEntryId,
	loginStatus,
	mailsTo,
	makeEmployer,
	person,
	row,
	startPasswordIn,
	submitCaptured,
	userByEmail
} from './pipeline-helpers';

describe('pipeline: result codes', () => {
	it('gives each line its code and reason, creates accounts and mails start passwords', async () => {
		const people = [0, 1, 2, 3, 4].map((n) => person(n, 'codes'));
		const twin = { ...person(3, 'codes') };
		const { employerId, suffix } = await makeEmployer([...people, twin]);
		const p = [0, 1, 2, 3, 4, 5, 6].map((n) => person(n, 'codes'));
		// p1 already registered itself (code 2); p2's address belongs to someone else.
		await insertCredentialUser(
			db(),
			{
				name: 'x',
				email: `self-${suffix}@test.example`,
				kind: 'employee',
				employerId,
				rosterEntryId: await rosterEntryId(employerId, p[1]!.firstName)
			},
			'x'
		);
		await insertCredentialUser(db(), { name: 'y', email: `taken-${suffix}@test.example` }, 'x');
		const rows = [
			row(p[0]!), // 1
			row(p[1]!), // 2 already-active
			row(p[2]!, { email: `taken-${suffix}@test.example` }), // 4 email-used-by-other
			row(p[3]!), // 3 ambiguous (two roster entries)
			row(p[4]!, { postcode: '1000' }), // 3 not-in-roster, hint: other postcode
			row(p[5]!), // 3 not-in-roster, no hint
			row(p[6]!, { postcode: '12' }) // 4 postcode-format
		];
		const { result, messages } = await submitCaptured({ employerId, rows });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.costCents).toBe(15_000 + 7 * 50);
		const outcome = await deliver(messages);
		expect(outcome.explicitAcks.length).toBe(messages.length);

		const lines = await linesOf(result.batchId);
		expect(lines.map((l) => [l.code, l.reason])).toEqual([
			[1, 'registered'],
			[2, 'already-active'],
			[4, 'email-used-by-other'],
			[3, 'ambiguous-roster-match'],
			[3, 'not-in-roster'],
			[3, 'not-in-roster'],
			[4, 'postcode-format']
		]);

		const created = await userByEmail(p[0]!.email);
		expect(created).toMatchObject({
			kind: 'employee',
			origin: 'batch',
			employerId,
			status: 'pending',
			mustChangePassword: true,
			lastName: p[0]!.lastName,
			firstName: p[0]!.firstName,
			birthDate: p[0]!.birthDate,
			postcode: '9000',
			email: p[0]!.email.toLowerCase()
		});
		expect(created!.rosterEntryId).toBe(await rosterEntryId(employerId, p[0]!.firstName));
		expect(created!.startPasswordExpiresAt!.getTime() - Date.now()).toBeGreaterThan(
			29 * 24 * 3600 * 1000
		);
		expect(lines[0]!.accountId).toBe(created!.id);

		const mails = await mailsTo(p[0]!.email);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.idempotencyKey).toBe(`credential:${created!.id}:1`);
		expect(mails[0]!.text).toContain(p[0]!.email.toLowerCase());
		expect(mails[0]!.text).toContain('/login');
		expect(mails[0]!.text).not.toContain(p[0]!.lastName);
		const password = startPasswordIn(mails[0]!.text);
		const login = await loginStatus(p[0]!.email, password);
		expect(login.status).toBe(303);
		expect(await loginStatus(p[0]!.email, 'AAAA-BBBB-CCCC')).toMatchObject({ status: 400 });
		expect(await mailsTo(p[4]!.email)).toHaveLength(0);

		// The hint is encrypted under the batch key and names this employer's roster entry.
		expect(lines[4]!.hint).not.toContain(p[4]!.lastName);
		const keys = await loadBatchKeys(env.BATCH_KEYS, result.batchId);
		const hint = await decryptJson<{ hint: string; candidate: { postcode: string } }>(
			keys!.aes,
			lineContext(result.batchId, 5, 'hint'),
			lines[4]!.hint!
		);
		expect(hint).toMatchObject({
			hint: 'hint.same-person-other-postcode',
			candidate: { postcode: '9000' }
		});
		expect(lines[5]!.hint).toBeNull();

		const view = await getBatchView(db(), { employerId, batchId: result.batchId });
		expect(view).toMatchObject({ status: 'completed', counts: { 1: 1, 2: 1, 3: 3, 4: 2 } });
		expect(await getBatchView(db(), { employerId: 'someone-else', batchId: result.batchId })).toBe(
			null
		);
	});

	it('applies the precedence 4 → 3 → 2 → 4 (e-mail) → 1', async () => {
		const { employerId, suffix } = await makeEmployer([0, 1].map((n) => person(n, 'prec')));
		const p = [0, 1, 2].map((n) => person(n, 'prec'));
		const other = `other-${suffix}@test.example`;
		await insertCredentialUser(db(), { name: 'o', email: other }, 'x');
		await insertCredentialUser(
			db(),
			{
				name: 'a',
				email: `has-${suffix}@test.example`,
				employerId,
				rosterEntryId: await rosterEntryId(employerId, p[1]!.firstName)
			},
			'x'
		);
		const rows = [
			row(p[2]!, { postcode: 'x' }), // not in roster AND invalid → 4
			row(p[2]!, { email: other }), // not in roster AND e-mail taken → 3
			row(p[1]!, { email: other }) // has an account AND e-mail taken → 2
		];
		const { result, messages } = await submitCaptured({ employerId, rows });
		await deliver(messages);
		const lines = await linesOf(result.ok ? result.batchId : '');
		expect(lines.map((l) => l.code)).toEqual([4, 3, 2]);
	});

	it('matches only against this employer’s roster', async () => {
		const mine = await makeEmployer([person(1, 'scope')]);
		const theirs = await makeEmployer([person(2, 'scope')]);
		expect(theirs.employerId).not.toBe(mine.employerId);
		const { result, messages } = await submitCaptured({
			employerId: mine.employerId,
			rows: [row(person(2, 'scope')), row({ ...person(2, 'scope') }, { postcode: '1000' })]
		});
		await deliver(messages);
		const lines = await linesOf(result.ok ? result.batchId : '');
		expect(lines.map((l) => [l.code, l.hint])).toEqual([
			[3, null],
			[3, null]
		]);
	});
});

describe('pipeline: duplicates and ordering', () => {
	it('gives the first occurrence 1 and a later one 2, even when the later chunk comes first', async () => {
		const p = person(7, 'dup');
		const q = person(8, 'dup');
		const { employerId } = await makeEmployer([p, q]);
		const rows = [
			row(p),
			row(q),
			row(p, { email: `Again-${p.email}` }),
			row(q, { email: p.email })
		];
		const { result, messages } = await submitCaptured({ employerId, rows });
		if (!result.ok) throw new Error('submit failed');
		const [message] = messages;
		const one = (line: number) => ({ ...message!, from: line, to: line });
		// Line 3 (same person as line 1) arrives first: it must wait, not take the account.
		const early = await deliver([one(3), one(4)]);
		expect(early.retryMessages.length).toBe(2);
		expect((await linesOf(result.batchId)).map((l) => l.state)).toEqual([
			'pending',
			'pending',
			'pending',
			'pending'
		]);
		await deliver([one(1), one(2)]);
		await deliver([one(3), one(4)], { attempts: 2 });
		const lines = await linesOf(result.batchId);
		expect(lines.map((l) => [l.code, l.reason])).toEqual([
			[1, 'registered'],
			[1, 'registered'],
			[2, 'duplicate-in-list'],
			// q again, with p's address: q already has an account → 2 comes before the e-mail check
			[2, 'duplicate-in-list']
		]);
		expect(lines[2]!.accountId).toBe(lines[0]!.accountId);
		expect(await mailsTo(p.email)).toHaveLength(1);
		expect(await mailsTo(`Again-${p.email}`)).toHaveLength(0);
		const status = await db()
			.select({ status: batch.status })
			.from(batch)
			.where(eq(batch.id, result.batchId))
			.get();
		expect(status!.status).toBe('completed');
	});

	it('processes duplicates inside one message in list order', async () => {
		const p = person(9, 'dup1');
		const { employerId } = await makeEmployer([p]);
		const rows = [row(p), row(p), row(p, { postcode: '12' }), row(p)];
		const { result, messages } = await submitCaptured({ employerId, rows });
		await deliver(messages);
		const lines = await linesOf(result.ok ? result.batchId : '');
		expect(lines.map((l) => l.code)).toEqual([1, 2, 4, 2]);
		const users = await db().select().from(user).where(eq(user.email, p.email.toLowerCase()));
		expect(users).toHaveLength(1);
	});
});

describe('pipeline: completion', () => {
	it('freezes counts and cost, mails the members without personal data, writes an audit event', async () => {
		const p = person(11, 'done');
		const { employerId, ownerEmail } = await makeEmployer([p]);
		const { result, messages } = await submitCaptured({
			employerId,
			rows: [row(p), row(person(12, 'done'))]
		});
		if (!result.ok) throw new Error('submit failed');
		await deliver(messages);
		const frozen = await db().select().from(batch).where(eq(batch.id, result.batchId)).get();
		expect(frozen).toMatchObject({
			status: 'completed',
			count1: 1,
			count2: 0,
			count3: 1,
			count4: 0,
			costCents: 15_100
		});
		expect(frozen!.completedAt).toBeInstanceOf(Date);
		const mails = await mailsTo(ownerEmail);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.text).toContain('1 geregistreerd');
		expect(mails[0]!.text).toContain(`/werkgever/lijsten/${result.batchId}`);
		expect(mails[0]!.text).not.toContain(p.lastName);
		expect(mails[0]!.text).not.toContain(p.email);
		const events = await db()
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.subjectId, result.batchId));
		expect(events.map((e) => e.action).sort()).toEqual(['batch.completed', 'batch.submitted']);
		for (const e of events) expect(e.detail).not.toContain('Tester');
		// delivering again changes nothing
		await deliver(messages);
		expect(await mailsTo(ownerEmail)).toHaveLength(1);
	});
});
