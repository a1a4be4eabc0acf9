import { describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { account, batch, mailLog, user } from '$lib/server/db/schema';
import {
	credentialMailsFor,
	db,
	deliver,
	linesOf,
	loginStatus,
	mailsTo,
	makeEmployer,
	person,
	row,
	startPasswordIn,
	submitCaptured,
	userByEmail
} from './pipeline-helpers';

async function setup(tag: string, n = 3) {
	const people = Array.from({ length: n }, (_, i) => person(i + 30, tag));
	const { employerId, ownerEmail } = await makeEmployer(people);
	const { result, messages } = await submitCaptured({
		employerId,
		rows: people.map((p) => row(p))
	});
	if (!result.ok) throw new Error('submit failed');
	return { people, employerId, ownerEmail, batchId: result.batchId, messages };
}

async function expectOneAccountAndMailEach(people: { email: string }[]) {
	for (const p of people) {
		const users = await db().select().from(user).where(eq(user.email, p.email.toLowerCase()));
		expect(users).toHaveLength(1);
		const accounts = await db().select().from(account).where(eq(account.userId, users[0]!.id));
		expect(accounts).toHaveLength(1);
		expect(await credentialMailsFor(users[0]!.id)).toHaveLength(1);
		// the mailed password is the one whose hash is stored
		const [mail] = await mailsTo(p.email);
		expect((await loginStatus(p.email, startPasswordIn(mail!.text))).status).toBe(303);
	}
}

describe('pipeline: at-least-once delivery', () => {
	it('delivering every message twice (together and later again) changes nothing', async () => {
		const { people, batchId, messages, ownerEmail } = await setup('twice');
		const first = await deliver([...messages, ...messages]);
		expect(first.retryMessages).toEqual([]);
		await deliver(messages, { attempts: 2 });
		const lines = await linesOf(batchId);
		expect(lines.map((l) => l.code)).toEqual([1, 1, 1]);
		await expectOneAccountAndMailEach(people);
		expect(await mailsTo(ownerEmail)).toHaveLength(1);
	});

	it('a crash after the account insert and before the mail: the retry mails, once', async () => {
		const { people, batchId, messages } = await setup('crash1');
		const crashed = await deliver(messages, { fault: 'pipeline.after-account-insert@1' });
		expect(crashed.retryMessages.length).toBe(messages.length);
		expect(crashed.explicitAcks).toEqual([]);
		const made = await userByEmail(people[0]!.email);
		expect(made).toBeDefined();
		expect(await credentialMailsFor(made!.id)).toHaveLength(0);
		expect((await linesOf(batchId)).every((l) => l.state === 'pending')).toBe(true);

		const retried = await deliver(messages, {
			fault: 'pipeline.after-account-insert@1',
			attempts: 2
		});
		expect(retried.explicitAcks.length).toBe(messages.length);
		expect((await linesOf(batchId)).map((l) => [l.code, l.accountId !== null])).toEqual([
			[1, true],
			[1, true],
			[1, true]
		]);
		await expectOneAccountAndMailEach(people);
	});

	it('a crash after the mail and before it is logged as sent or acked: no second mail', async () => {
		const { people, batchId, messages } = await setup('crash2');
		const crashed = await deliver(messages, { fault: 'mail.after-provider-send' });
		expect(crashed.retryMessages.length).toBe(messages.length);
		const made = await userByEmail(people[0]!.email);
		expect(await credentialMailsFor(made!.id)).toHaveLength(1);
		// the intent was logged before the provider call, the "sent" mark never came
		const logged = await db()
			.select()
			.from(mailLog)
			.where(like(mailLog.idempotencyKey, `credential:${made!.id}:%`));
		expect(logged.map((l) => l.state)).toEqual(['sending']);

		await deliver(messages, { attempts: 2 });
		expect((await linesOf(batchId)).map((l) => l.code)).toEqual([1, 1, 1]);
		await expectOneAccountAndMailEach(people);
	});

	it('a crash after everything but before the ack: the redelivery is a no-op', async () => {
		const { people, batchId, messages } = await setup('crash3');
		const crashed = await deliver(messages, { fault: 'pipeline.before-ack@1' });
		expect(crashed.retryMessages.length).toBe(messages.length);
		const status = async () =>
			(await db().select({ s: batch.status }).from(batch).where(eq(batch.id, batchId)).get())!.s;
		expect(await status()).toBe('completed');
		await deliver(messages, { fault: 'pipeline.before-ack@1', attempts: 2 });
		await expectOneAccountAndMailEach(people);
	});

	it('a crash before completion: the retry completes and mails the members once', async () => {
		const { batchId, messages, ownerEmail } = await setup('crash4', 2);
		await deliver(messages, { fault: 'pipeline.before-completion@1' });
		const before = await db().select().from(batch).where(eq(batch.id, batchId)).get();
		expect(before!.status).toBe('processing');
		await deliver(messages, { fault: 'pipeline.before-completion@1', attempts: 2 });
		const after = await db().select().from(batch).where(eq(batch.id, batchId)).get();
		expect(after).toMatchObject({ status: 'completed', count1: 2 });
		expect(await mailsTo(ownerEmail)).toHaveLength(1);
	});

	it('two lists naming the same person, processed concurrently: one account', async () => {
		const p = person(50, 'race');
		const { employerId } = await makeEmployer([p]);
		const a = await submitCaptured({ employerId, rows: [row(p)] });
		const b = await submitCaptured({ employerId, rows: [row(p)] });
		await Promise.all([deliver(a.messages), deliver(b.messages)]);
		const codes = [
			...(await linesOf(a.result.ok ? a.result.batchId : '')),
			...(await linesOf(b.result.ok ? b.result.batchId : ''))
		].map((l) => l.code);
		expect(codes.sort()).toEqual([1, 2]);
		await expectOneAccountAndMailEach([p]);
	});
});
