import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { user } from '$lib/server/db/schema';
import { issueStartPassword } from '$lib/server/lists/issue-credentials';
import {
	formatStartPassword,
	randomStartPassword,
	START_PASSWORD_ALPHABET,
	START_PASSWORD_BITS,
	startPasswordDays
} from '$lib/server/lists/start-password';
import {
	credentialMailsFor,
	db,
	deliver,
	loginStatus,
	mailsTo,
	makeEmployer,
	person,
	row,
	startPasswordIn,
	submitCaptured,
	userByEmail
} from './pipeline-helpers';
import { appNow } from './clock';

describe('start passwords', () => {
	it('are 60 random bits from an alphabet without look-alikes, in groups of four', () => {
		expect(START_PASSWORD_ALPHABET).toHaveLength(32);
		expect(START_PASSWORD_ALPHABET).not.toMatch(/[01OIl]/);
		expect(START_PASSWORD_BITS).toBe(60);
		const seen = new Set<string>();
		for (let i = 0; i < 200; i++) {
			const password = randomStartPassword();
			expect(password).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
			seen.add(password);
		}
		expect(seen.size).toBe(200);
		expect(formatStartPassword(new Uint8Array(12).fill(31))).toBe('9999-9999-9999');
		expect(startPasswordDays({ START_PASSWORD_DAYS: '' })).toBe(30);
		expect(startPasswordDays({ START_PASSWORD_DAYS: '14' })).toBe(14);
	});

	it('issueStartPassword sends a new one (issue 2) that replaces the first', async () => {
		const p = person(3, 'reissue');
		const { employerId } = await makeEmployer([p], 'fr');
		const { messages } = await submitCaptured({ employerId, rows: [row(p)] });
		await deliver(messages);
		const account = await userByEmail(p.email);
		const [first] = await mailsTo(p.email);
		// the line names no language: the employer's (fr) comes first, the others below
		expect(first!.subject).toBe(
			'Votre accès à YOU-P / Uw toegang tot YOU-P / Your access to YOU-P / Ihr Zugang zu YOU-P'
		);
		const old = startPasswordIn(first!.text);

		const issued = await issueStartPassword(
			{ db: db(), env },
			{ userId: account!.id, now: new Date() }
		);
		expect(issued).toMatchObject({ issue: 2, sent: true });
		const mails = await credentialMailsFor(account!.id);
		expect(mails.map((m) => m.idempotencyKey).sort()).toEqual([
			`credential:${account!.id}:1`,
			`credential:${account!.id}:2`
		]);
		const second = mails.find((m) => m.idempotencyKey.endsWith(':2'))!;
		const fresh = startPasswordIn(second.text);
		expect(fresh).not.toBe(old);
		expect((await loginStatus(p.email, old)).status).toBe(400);
		expect((await loginStatus(p.email, fresh)).status).toBe(303);
		const again = await issueStartPassword(
			{ db: db(), env },
			{ userId: account!.id, issue: 2, now: appNow() }
		);
		expect(again.sent).toBe(false);
		const after = await db().select().from(user).where(eq(user.id, account!.id)).get();
		expect(after).toMatchObject({ mustChangePassword: true, status: 'pending' });
	});

	it('mails in every mail language (nl first) when the employer’s language is unknown', async () => {
		const p = person(4, 'nolang');
		const { employerId } = await makeEmployer([p], '');
		const { messages } = await submitCaptured({ employerId, rows: [row(p)] });
		await deliver(messages);
		const [mail] = await mailsTo(p.email);
		expect(mail!.subject).toBe(
			'Uw toegang tot YOU-P / Votre accès à YOU-P / Your access to YOU-P / Ihr Zugang zu YOU-P'
		);
		// one password, stated in each language
		const shown = mail!.text.match(/[A-HJ-NP-Z2-9]{4} [A-HJ-NP-Z2-9]{4} [A-HJ-NP-Z2-9]{4}/g);
		expect(shown).toHaveLength(4);
		expect(new Set(shown).size).toBe(1);
	});
});
