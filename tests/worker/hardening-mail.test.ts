/**
 * Header injection at the mail boundary (issue 16): an organisation name with CR/LF (or any other
 * control character) reaches the subject of a real mail flow (the mandate mails to an
 * organisation's owners), for every provider — the dev mailbox, Resend (a local stand-in of its
 * HTTP API answers the app's fetch) and Cloudflare Email (a stand-in of the EMAIL binding). No
 * header-bound field may carry a control character.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { devMail, organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { mailOwners } from '$lib/server/mandates/notify';
import { getMailer } from '$lib/server/mail';
import { db, makeEmployer } from './pipeline-helpers';
import * as m_ from '$lib/paraglide/messages';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const EVIL = 'Evil vzw\r\nBcc: victim@example.test\r\n\r\n<b>body</b>\u0000\u2028x\u0085y';
const EVERY_CONTROL = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c))
	.concat(['\u007f', '\u0085', '\u009f', '\u2028', '\u2029'])
	.join('');

interface Sent {
	to: string;
	subject: string;
	headers: Record<string, string>;
	text: string;
}

/** A provider's view of what it was asked to send, with the env that selects it. */
type Provider = { name: string; env: Env; sent: (key: string) => Promise<Sent[]> };

/** The mails whose idempotency key holds `key`, as the provider was given them. */
const keyed = (sent: Sent[], key: string) =>
	sent.filter((m) => Object.values(m.headers).some((v) => v.includes(key)));

let employerId = '';
let ownerEmail = '';

function resendStandIn(): Provider {
	const sent: Sent[] = [];
	vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
		const request = new Request(input, init);
		if (new URL(request.url).host !== 'api.resend.com') throw new Error('unexpected fetch');
		const body = (await request.json()) as { to: string[]; subject: string; text: string };
		sent.push({
			to: body.to.join(','),
			subject: body.subject,
			text: body.text,
			headers: Object.fromEntries(request.headers)
		});
		return Response.json({ id: newId() });
	});
	return {
		name: 'resend',
		env: { ...env, MAIL_PROVIDER: 'resend', RESEND_API_KEY: 're_test_key' } as Env,
		sent: async (key) => keyed(sent, key)
	};
}

function cloudflareStandIn(): Provider {
	const sent: Sent[] = [];
	const EMAIL = {
		send: async (m: {
			to: string;
			subject: string;
			text: string;
			headers?: Record<string, string>;
		}) => {
			sent.push({ to: m.to, subject: m.subject, text: m.text, headers: m.headers ?? {} });
			return { messageId: newId() };
		}
	};
	return {
		name: 'cloudflare',
		env: { ...env, MAIL_PROVIDER: 'cloudflare', EMAIL } as unknown as Env,
		sent: async (key) => keyed(sent, key)
	};
}

function devMailbox(): Provider {
	return {
		name: 'dev-mailbox',
		env: { ...env, MAIL_PROVIDER: 'dev-mailbox', APP_ENV: 'local' } as Env,
		sent: async (key) =>
			(
				await db()
					.select()
					.from(devMail)
					.where(like(devMail.idempotencyKey, `%${key}%`))
			).map((m) => ({
				to: m.to,
				subject: m.subject,
				text: m.text,
				headers: { 'idempotency-key': m.idempotencyKey }
			}))
	};
}

const providers = {
	'dev-mailbox': devMailbox,
	resend: resendStandIn,
	cloudflare: cloudflareStandIn
};

afterEach(() => {
	vi.unstubAllGlobals();
});

beforeAll(async () => {
	const made = await makeEmployer([]);
	employerId = made.employerId;
	ownerEmail = made.ownerEmail;
	await db().update(organization).set({ name: EVIL }).where(eq(organization.id, employerId));
});

describe.each(Object.keys(providers) as (keyof typeof providers)[])('mail via %s', (name) => {
	it('an organisation name with CR/LF reaches the subject as one clean line', async () => {
		const provider = providers[name]();
		const eventId = `inject-${newId()}`;
		await mailOwners({ db: db(), env: provider.env }, employerId, eventId, (t, org) => ({
			subject: t(m_['mandates.mail.changed.subject'], { organisation: org }),
			paragraphs: [t(m_['mandates.mail.changed.subject'], { organisation: org })]
		}));
		const sent = await provider.sent(eventId);
		expect(sent).toHaveLength(1);
		const mail = sent[0]!;
		expect(mail.to).toBe(ownerEmail);
		expect(mail.subject).not.toMatch(CONTROL);
		expect(mail.subject).toContain('Evil vzw Bcc: victim@example.test <b>body</b> x y');
		for (const value of Object.values(mail.headers)) expect(value).not.toMatch(CONTROL);
		// the body keeps its line breaks (it is not a header)
		expect(mail.text).toContain('\n');
	});

	it('no control character of any kind reaches a header-bound field', async () => {
		const provider = providers[name]();
		const key = `key-${newId()}`;
		await getMailer(provider.env, db()).send({
			to: `${EVERY_CONTROL}${ownerEmail}${EVERY_CONTROL}`,
			subject: `a${EVERY_CONTROL}b`,
			text: 'line 1\nline 2',
			html: '<p>x</p>',
			idempotencyKey: `${key}${EVERY_CONTROL}`
		});
		const [mail] = await provider.sent(key);
		if (!mail) throw new Error('not sent');
		expect(mail.to).toBe(ownerEmail);
		expect(mail.subject).toBe('a b');
		for (const value of Object.values(mail.headers)) expect(value).not.toMatch(CONTROL);
		expect(mail.text).toBe('line 1\nline 2');
	});
});
