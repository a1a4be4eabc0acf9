import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '$lib/server/db';
import { newId } from '$lib/server/db/ids';
import {
	devPartnerAccount,
	devPartnerCall,
	organization,
	partnerLink,
	user,
	type PartnerId
} from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { DEMO } from '$lib/server/dev/seed';
import { seedWithTotp, staffSession } from './backoffice-helpers';
import {
	handlePartnerBatch,
	partnerConfig,
	partnerFailures,
	partnerStatusesFor,
	requestPartnerDeprovisioning,
	requestPartnerProvisioning,
	retryPartner,
	ssoLink
} from '$lib/server/partners';
import { signHandOff } from '$lib/server/partners/token';
import { appNow } from './clock';
import { cookieValue, origin, postForm, waitFor, withOrigin } from './http';
import { at, must } from '../must';
const db = getDb(env.DB);
const PASSWORD = 'partner-test-password-2026';
const fetcher = (request: Request) => exports.default.fetch(request);
let employerId: string;
let passwordHash: string;

beforeAll(async () => {
	await seedWithTotp();
	employerId = newId();
	await db.insert(organization).values({
		id: employerId,
		name: 'Partner Proef vzw',
		slug: `partner-proef-${employerId.slice(0, 8)}`
	});
	passwordHash = await hashSecret(PASSWORD, START_PASSWORD_PARAMS);
	// the first request loads the built app, which takes seconds inside the test runtime: do it
	// here so no connector call runs into its 10 s timeout
	expect((await exports.default.fetch(`${origin}/dev/partners`)).status).toBe(200);
}, 60_000);

afterEach(async () => {
	await switchStandIn('benefits-at-work', 'up');
	await switchStandIn('xtra-present', 'up');
});

async function createEmployee() {
	const suffix = newId().slice(0, 10);
	const email = `partner-${suffix}@example.test`;
	const id = await insertCredentialUser(
		db,
		{
			name: `Anna Peeters ${suffix}`,
			firstName: 'Anna',
			lastName: `Peeters ${suffix}`,
			email,
			kind: 'employee',
			origin: 'batch',
			employerId,
			birthDate: '1990-04-01',
			postcode: '9000'
		},
		passwordHash
	);
	return { id, email };
}

async function switchStandIn(partner: PartnerId, mode: 'up' | 'down') {
	const response = await exports.default.fetch(`${origin}/dev/partners/${partner}/fail`, {
		method: 'POST',
		body: JSON.stringify({ mode }),
		headers: { 'content-type': 'application/json' }
	});
	expect(response.status).toBe(200);
}

/** One delivery of these messages to the consumer, the way the queue would hand them over. */
async function deliver(accountId: string, partners: PartnerId[], runEnv: Env = env) {
	const batch = createMessageBatch(
		'you-p-partners',
		partners.map((partner, i) => ({
			id: `${accountId}-${partner}-${i}-${newId().slice(0, 6)}`,
			timestamp: new Date(),
			attempts: 1,
			body: { accountId, partner }
		}))
	);
	// getQueueResult does not report delaySeconds: watch retry() (it still runs) to see them
	const delays: (number | undefined)[] = [];
	for (const message of batch.messages) {
		const retry = message.retry.bind(message);
		vi.spyOn(message, 'retry').mockImplementation((options) => {
			delays.push(options?.delaySeconds);
			retry(options);
		});
	}
	const ctx = createExecutionContext();
	await handlePartnerBatch(batch, runEnv, ctx, { fetcher });
	return { ...(await getQueueResult(batch, ctx)), delays };
}

async function link(accountId: string, partner: PartnerId) {
	return db
		.select()
		.from(partnerLink)
		.where(and(eq(partnerLink.accountId, accountId), eq(partnerLink.partner, partner)))
		.get();
}

async function calls(accountId: string, partner: PartnerId, action: 'provision' | 'deprovision') {
	return db
		.select()
		.from(devPartnerCall)
		.where(
			and(
				eq(devPartnerCall.externalId, accountId),
				eq(devPartnerCall.partner, partner),
				eq(devPartnerCall.action, action)
			)
		);
}

const settled = (accountId: string, partner: PartnerId, status: string) => async () =>
	(await link(accountId, partner))?.status === status;
const attempted = (accountId: string, partner: PartnerId) => async () =>
	((await link(accountId, partner))?.attempts ?? 0) >= 1;
const waitUntil = (condition: () => Promise<boolean>, what = 'the partner link state') =>
	waitFor(condition, what, { timeoutMs: 10_000, intervalMs: 100 });

/**
 * Every message sent to the real partner queue so far has been delivered: a marker account,
 * provisioned through the same queue after them, is active at both partners (the local queue
 * delivers in order). The fact to wait on before asserting that a delivery did not call again.
 */
async function partnerQueueDrained() {
	const marker = await createEmployee();
	await requestPartnerProvisioning(env, db, marker.id);
	await waitUntil(settled(marker.id, 'benefits-at-work', 'active'), 'the partner queue drained');
	await waitUntil(settled(marker.id, 'xtra-present', 'active'), 'the partner queue drained');
}

async function provisioned() {
	const account = await createEmployee();
	await requestPartnerProvisioning(env, db, account.id);
	await waitUntil(settled(account.id, 'benefits-at-work', 'active'));
	await waitUntil(settled(account.id, 'xtra-present', 'active'));
	return account;
}

async function login(email: string) {
	const password = email === DEMO.staff.email ? DEMO.staff.password : PASSWORD;
	const response = await postForm('/login', { email, password });
	return { response, cookie: cookieValue(response) };
}

describe('partner provisioning', () => {
	it('provisions a new account at both partners with exactly one call each, also when delivered twice', async () => {
		const account = await createEmployee();
		await requestPartnerProvisioning(env, db, account.id);
		expect((await link(account.id, 'benefits-at-work'))?.status).toBe('pending');

		// The queue delivers the same messages twice, concurrently, and once more later.
		const both: PartnerId[] = ['benefits-at-work', 'xtra-present'];
		await Promise.all([deliver(account.id, [...both, ...both]), deliver(account.id, both)]);
		await waitUntil(settled(account.id, 'benefits-at-work', 'active'));
		await waitUntil(settled(account.id, 'xtra-present', 'active'));
		const again = await deliver(account.id, both);
		expect(again.explicitAcks).toHaveLength(2);
		// the real queue's own delivery of the messages arrives as well, and must not call again
		await partnerQueueDrained();

		for (const partner of both) {
			expect((await link(account.id, partner))?.attempts).toBe(1);
			const received = await calls(account.id, partner, 'provision');
			expect(received).toHaveLength(1);
			expect(at(received, 0).status).toBe(201);
			expect(at(received, 0).idempotencyKey).toBe(`provision:${account.id}`);
			const held = await db
				.select()
				.from(devPartnerAccount)
				.where(
					and(eq(devPartnerAccount.partner, partner), eq(devPartnerAccount.externalId, account.id))
				)
				.get();
			const data = JSON.parse(held!.data) as Record<string, unknown>;
			expect(data).toMatchObject({ email: account.email, employer: 'Partner Proef vzw' });
			// privacy: no birth date or postcode unless the partner is configured for them
			expect(data).not.toHaveProperty('birthDate');
			expect(data).not.toHaveProperty('postcode');
		}
		expect(await partnerStatusesFor(db, account.id)).toEqual([
			{ partner: 'benefits-at-work', name: 'Benefits@Work', status: 'active' },
			{ partner: 'xtra-present', name: 'Xtra Present', status: 'active' }
		]);

		// asking again (the pipeline retried its line) changes nothing and calls nobody
		await requestPartnerProvisioning(env, db, account.id);
		await deliver(account.id, both);
		expect(await calls(account.id, 'xtra-present', 'provision')).toHaveLength(1);
	});

	it('keeps the account usable while a partner is down: pending, then active once it recovers', async () => {
		await switchStandIn('xtra-present', 'down');
		const account = await createEmployee();
		await requestPartnerProvisioning(env, db, account.id);
		// the real queue's first delivery
		await waitUntil(settled(account.id, 'benefits-at-work', 'active'));
		await waitUntil(attempted(account.id, 'xtra-present'));
		const first = await link(account.id, 'xtra-present');
		expect(first).toMatchObject({ status: 'pending', lastError: 'http-503', attempts: 1 });

		// the YOU-P account works regardless
		const { response, cookie } = await login(account.email);
		expect(response.status).toBe(303);
		expect(cookie).toBeDefined();
		expect(await partnerStatusesFor(db, account.id)).toEqual([
			{ partner: 'benefits-at-work', name: 'Benefits@Work', status: 'active' },
			{ partner: 'xtra-present', name: 'Xtra Present', status: 'pending' }
		]);

		// still down: retried with a growing delay
		const second = await deliver(account.id, ['xtra-present']);
		expect(second.retryMessages).toHaveLength(1);
		expect(second.delays).toEqual([120]);
		expect((await link(account.id, 'xtra-present'))?.attempts).toBe(2);

		await switchStandIn('xtra-present', 'up');
		const third = await deliver(account.id, ['xtra-present']);
		expect(third.explicitAcks).toHaveLength(1);
		expect(await link(account.id, 'xtra-present')).toMatchObject({
			status: 'active',
			lastError: null
		});
		const received = await calls(account.id, 'xtra-present', 'provision');
		expect(received.map((call) => call.status).sort()).toEqual([201, 503, 503]);
	});

	it('marks the link failed after the last attempt, shows it to staff and retries on request', async () => {
		await switchStandIn('benefits-at-work', 'down');
		const account = await createEmployee();
		await requestPartnerProvisioning(env, db, account.id);
		await waitUntil(attempted(account.id, 'benefits-at-work'));

		let last;
		for (
			let i = 0;
			i < 20 && (await link(account.id, 'benefits-at-work'))?.status === 'pending';
			i++
		)
			last = await deliver(account.id, ['benefits-at-work']);
		expect(last?.explicitAcks).toHaveLength(1);
		expect(await link(account.id, 'benefits-at-work')).toMatchObject({
			status: 'failed',
			attempts: 8,
			lastError: 'http-503'
		});
		expect(await calls(account.id, 'benefits-at-work', 'provision')).toHaveLength(8);
		expect((await db.select().from(user).where(eq(user.id, account.id)).get())?.status).toBe(
			'active'
		);
		const failures = await partnerFailures(db);
		expect(
			failures.some((f) => f.accountId === account.id && f.partner === 'benefits-at-work')
		).toBe(true);

		// staff see it on /beheer/partners and retry it there
		const staff = { cookie: await staffSession() };
		const page = await exports.default.fetch(`${origin}/beheer/partners`, {
			headers: { cookie: staff.cookie }
		});
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(account.email);
		await switchStandIn('benefits-at-work', 'up');
		const retry = await exports.default.fetch(`${origin}/beheer/partners?/retry`, {
			method: 'POST',
			body: new URLSearchParams({ accountId: account.id, partner: 'benefits-at-work' }),
			headers: withOrigin({
				cookie: staff.cookie,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			})
		});
		expect(retry.status).toBe(200);
		expect(await link(account.id, 'benefits-at-work')).toMatchObject({
			status: 'pending',
			attempts: 0
		});
		await waitUntil(settled(account.id, 'benefits-at-work', 'active'));
		expect(await retryPartner(env, db, account.id, 'benefits-at-work')).toBe(false);
	});

	it('tries a batched message as one: the retries go back together, a held link waits, a missing account fails', async () => {
		// Sends are captured, so the real queue never sees these links and cannot race the test.
		const sent: { body: unknown; delaySeconds?: number }[] = [];
		const captured = {
			...env,
			PARTNERS: {
				send: async (body: unknown) => void sent.push({ body }),
				sendBatch: async (messages: { body: unknown; delaySeconds?: number }[]) =>
					void sent.push(...messages)
			} as unknown as Queue
		} as Env;
		const [a, b, c] = [await createEmployee(), await createEmployee(), await createEmployee()];
		await requestPartnerProvisioning(captured, db, [a.id, b.id, c.id]);
		const gone = newId(); // a link whose account no longer exists
		await db.insert(partnerLink).values({ accountId: gone, partner: 'xtra-present' });
		// another delivery holds c's link for 30 more seconds
		const heldUntil = new Date(appNow().getTime() + 30_000);
		await db
			.update(partnerLink)
			.set({ leaseUntil: heldUntil })
			.where(and(eq(partnerLink.accountId, c.id), eq(partnerLink.partner, 'xtra-present')));
		await switchStandIn('xtra-present', 'down');
		sent.length = 0;

		const deliverMany = async (accountIds: string[]) => {
			const batch = createMessageBatch('you-p-partners', [
				{
					id: `many-${newId().slice(0, 8)}`,
					timestamp: new Date(),
					attempts: 1,
					body: { partner: 'xtra-present', accountIds }
				}
			]);
			const ctx = createExecutionContext();
			await handlePartnerBatch(batch, captured, ctx, { fetcher });
			return getQueueResult(batch, ctx);
		};
		const first = await deliverMany([a.id, b.id, c.id, gone, a.id]);
		expect(first.explicitAcks).toHaveLength(1);
		expect(first.retryMessages).toHaveLength(0);
		for (const account of [a, b])
			expect(await link(account.id, 'xtra-present')).toMatchObject({
				status: 'pending',
				attempts: 1,
				lastError: 'http-503',
				leaseUntil: null
			});
		expect(await link(c.id, 'xtra-present')).toMatchObject({
			status: 'pending',
			attempts: 0,
			leaseUntil: heldUntil
		});
		expect(await link(gone, 'xtra-present')).toMatchObject({
			status: 'failed',
			attempts: 1,
			lastError: 'account-missing',
			leaseUntil: null
		});
		// one call each for a and b (a listed twice), none for the held or the missing account
		expect((await calls(a.id, 'xtra-present', 'provision')).map((call) => call.status)).toEqual([
			503
		]);
		expect(await calls(b.id, 'xtra-present', 'provision')).toHaveLength(1);
		expect(await calls(c.id, 'xtra-present', 'provision')).toHaveLength(0);
		// back on the queue: a and b together after the first backoff, c once its lease is over
		const later = sent.map(({ body, delaySeconds }) => ({
			accountIds: [...(body as { accountIds: string[] }).accountIds].sort(),
			delaySeconds
		}));
		expect(later).toHaveLength(2);
		expect(later).toContainEqual({ accountIds: [a.id, b.id].sort(), delaySeconds: 60 });
		const heldRetry = later.find((message) => message.accountIds[0] === c.id);
		expect(heldRetry?.delaySeconds).toBeGreaterThanOrEqual(30);
		expect(heldRetry?.delaySeconds).toBeLessThanOrEqual(32);

		// the partner is back: the retry message provisions both in one go
		await switchStandIn('xtra-present', 'up');
		const again = must(
			later.find((message) => message.accountIds.includes(a.id)),
			'the retry message of a and b'
		);
		const retried = await deliverMany(again.accountIds);
		expect(retried.explicitAcks).toHaveLength(1);
		for (const account of [a, b])
			expect(await link(account.id, 'xtra-present')).toMatchObject({
				status: 'active',
				attempts: 2,
				lastError: null,
				leaseUntil: null
			});
	});

	it('only frees a link whose wish changed while the partner was being called', async () => {
		const sent: unknown[] = [];
		const captured = {
			...env,
			PARTNERS: {
				send: async (body: unknown) => void sent.push(body),
				sendBatch: async (messages: { body: unknown }[]) =>
					void sent.push(...messages.map((m) => m.body))
			} as unknown as Queue
		} as Env;
		const [kept, changed] = [await createEmployee(), await createEmployee()];
		await requestPartnerProvisioning(captured, db, [kept.id, changed.id]);
		sent.length = 0;
		let disabled = false;
		const batch = createMessageBatch('you-p-partners', [
			{
				id: `wish-${newId().slice(0, 8)}`,
				timestamp: new Date(),
				attempts: 1,
				body: { partner: 'benefits-at-work', accountIds: [kept.id, changed.id] }
			}
		]);
		const ctx = createExecutionContext();
		await handlePartnerBatch(batch, captured, ctx, {
			fetcher: async (request) => {
				// the account is disabled while its provisioning call is under way
				if (!disabled) {
					disabled = true;
					await requestPartnerDeprovisioning(captured, db, changed.id);
				}
				return fetcher(request);
			}
		});
		expect((await getQueueResult(batch, ctx)).explicitAcks).toHaveLength(1);
		expect(await link(kept.id, 'benefits-at-work')).toMatchObject({
			desired: 'active',
			status: 'active',
			leaseUntil: null
		});
		// not marked active: the removal that was asked for meanwhile is still to do, and can
		expect(await link(changed.id, 'benefits-at-work')).toMatchObject({
			desired: 'disabled',
			status: 'pending',
			attempts: 0,
			leaseUntil: null
		});
		expect(sent).toContainEqual({ accountId: changed.id, partner: 'benefits-at-work' });
	});

	it('does not let an employer or employee reach the staff page', async () => {
		const account = await createEmployee();
		const { cookie } = await login(account.email);
		const page = await exports.default.fetch(`${origin}/beheer/partners`, {
			headers: { cookie: cookie! },
			redirect: 'manual'
		});
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/mijn');
	});

	it('removes the person at both partners when the account is disabled', async () => {
		const account = await provisioned();
		await db.update(user).set({ status: 'disabled' }).where(eq(user.id, account.id));
		await requestPartnerDeprovisioning(env, db, account.id);
		await deliver(account.id, ['benefits-at-work', 'xtra-present', 'benefits-at-work']);
		await waitUntil(settled(account.id, 'benefits-at-work', 'disabled'));
		await waitUntil(settled(account.id, 'xtra-present', 'disabled'));
		await partnerQueueDrained();
		for (const partner of ['benefits-at-work', 'xtra-present'] as const) {
			const removed = await calls(account.id, partner, 'deprovision');
			expect(removed.map((call) => call.status)).toEqual([204]);
			const held = await db
				.select()
				.from(devPartnerAccount)
				.where(
					and(eq(devPartnerAccount.partner, partner), eq(devPartnerAccount.externalId, account.id))
				)
				.get();
			expect(held?.active).toBe(false);
		}
		// disabling again is a no-op
		await requestPartnerDeprovisioning(env, db, account.id);
		await deliver(account.id, ['xtra-present']);
		expect(await calls(account.id, 'xtra-present', 'deprovision')).toHaveLength(1);
	});
});

describe('single sign-on hand-off', () => {
	const get = (url: string) =>
		exports.default.fetch(url, { headers: { 'accept-language': 'en' }, redirect: 'manual' });

	it('lets the person in at both partners with a fresh token, once', async () => {
		const account = await provisioned();
		const jwtLink = await ssoLink(env, 'benefits-at-work', account, appNow().getTime());
		expect(jwtLink).toMatch(/^http:\/\/127\.0\.0\.1\/dev\/partners\/benefits-at-work\/sso\?token=/);
		expect(new URL(jwtLink!).searchParams.get('token')!.split('.')).toHaveLength(3);
		const welcome = await get(jwtLink!);
		expect(welcome.status).toBe(200);
		expect(await welcome.text()).toContain('Welcome at Benefits@Work');
		// a token works once
		expect((await get(jwtLink!)).status).toBe(401);

		const hmacLink = await ssoLink(env, 'xtra-present', account, appNow().getTime());
		expect(new URL(hmacLink!).searchParams.get('token')!.split('.')).toHaveLength(2);
		const xtra = await get(hmacLink!);
		expect(xtra.status).toBe(200);
		expect(await xtra.text()).toContain('Welcome at Xtra Present');
	});

	it('is refused when expired, tampered with or meant for another partner', async () => {
		const account = await provisioned();
		const expired = await ssoLink(
			env,
			'benefits-at-work',
			account,
			appNow().getTime() - 3 * 60_000
		);
		const refusedExpired = await get(expired!);
		expect(refusedExpired.status).toBe(401);
		expect(await refusedExpired.text()).toContain('expired');

		const fresh = new URL((await ssoLink(env, 'benefits-at-work', account, appNow().getTime()))!);
		const parts = must(fresh.searchParams.get('token'), 'a token in the link').split('.');
		const [header, body, signature] = [at(parts, 0), at(parts, 1), at(parts, 2)];
		const claims = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')));
		const other = await createEmployee();
		const forged = btoa(JSON.stringify({ ...claims, sub: other.id }))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		fresh.searchParams.set('token', `${header}.${forged}.${signature}`);
		const refusedForged = await get(fresh.toString());
		expect(refusedForged.status).toBe(401);
		expect(await refusedForged.text()).toContain('signature');
		const flipped =
			signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
		fresh.searchParams.set('token', `${header}.${body}.${flipped}`);
		expect((await get(fresh.toString())).status).toBe(401);

		// signed with Benefits@Work's own secret, but addressed to Xtra Present
		const { ssoSecret } = await partnerConfig(env, 'benefits-at-work');
		const wrongAudience = await signHandOff(
			'jwt',
			ssoSecret!,
			{ aud: 'xtra-present', sub: account.id },
			appNow().getTime()
		);
		const refusedAudience = await get(
			`${origin}/dev/partners/benefits-at-work/sso?token=${encodeURIComponent(wrongAudience)}`
		);
		expect(refusedAudience.status).toBe(401);
		expect(await refusedAudience.text()).toContain('audience');

		// Xtra Present's token does not open Benefits@Work
		const xtraToken = new URL(
			(await ssoLink(env, 'xtra-present', account, appNow().getTime()))!
		).searchParams.get('token')!;
		const crossed = await get(
			`${origin}/dev/partners/benefits-at-work/sso?token=${encodeURIComponent(xtraToken)}`
		);
		expect(crossed.status).toBe(401);
	});

	it('gives a plain link to a partner configured without SSO', async () => {
		const account = await provisioned();
		const plain = await ssoLink(
			{ ...env, XTRA_PRESENT_SSO: 'link' },
			'xtra-present',
			account,
			appNow().getTime()
		);
		expect(plain).toBe(`${origin}/dev/partners/xtra-present/login`);
		const page = await get(plain!);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Sign in at Xtra Present');
	});

	it('hands the signed-in employee over from /mijn/partner/<partner>', async () => {
		const account = await provisioned();
		const anonymous = await get(`${origin}/mijn/partner/benefits-at-work`);
		expect(anonymous.status).toBe(303);
		expect(anonymous.headers.get('location')).toBe(
			'/login?next=%2Fmijn%2Fpartner%2Fbenefits-at-work'
		);

		const { cookie } = await login(account.email);
		const handOff = await exports.default.fetch(`${origin}/mijn/partner/benefits-at-work`, {
			headers: { cookie: cookie!, 'accept-language': 'en' },
			redirect: 'manual'
		});
		expect(handOff.status).toBe(303);
		const location = handOff.headers.get('location')!;
		expect(location).toMatch(/\/dev\/partners\/benefits-at-work\/sso\?token=/);
		const landed = await get(location);
		expect(landed.status).toBe(200);
		expect(await landed.text()).toContain('Welcome at Benefits@Work');

		const unknown = await exports.default.fetch(`${origin}/mijn/partner/somewhere-else`, {
			headers: { cookie: cookie! },
			redirect: 'manual'
		});
		expect(unknown.status).toBe(404);
	});

	it('sends the employee back to /mijn while the partner is still being set up', async () => {
		await switchStandIn('xtra-present', 'down');
		const account = await createEmployee();
		await requestPartnerProvisioning(env, db, account.id);
		await waitUntil(attempted(account.id, 'xtra-present'));
		const { cookie } = await login(account.email);
		const handOff = await exports.default.fetch(`${origin}/mijn/partner/xtra-present`, {
			headers: { cookie: cookie! },
			redirect: 'manual'
		});
		expect(handOff.status).toBe(303);
		expect(handOff.headers.get('location')).toBe('/mijn');
	});
});

describe('partner stand-in', () => {
	it('exists only on a local loopback request', async () => {
		const response = await exports.default.fetch(
			'https://you-p.example/dev/partners/benefits-at-work/fail',
			{
				method: 'POST',
				body: JSON.stringify({ mode: 'down' }),
				headers: { 'content-type': 'application/json' }
			}
		);
		expect(response.status).toBe(404);
		const page = await exports.default.fetch('https://you-p.example/dev/partners');
		expect(page.status).toBe(404);
	});

	it('refuses provisioning calls without the partner API key', async () => {
		const response = await exports.default.fetch(`${origin}/dev/partners/xtra-present/accounts`, {
			method: 'POST',
			body: JSON.stringify({ externalId: 'x', name: 'x', email: 'x@example.test' }),
			headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' }
		});
		expect(response.status).toBe(401);
	});
});
