import { env, exports } from 'cloudflare:workers';
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { and, eq, like } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { batchLine, devMail, member, organization, rosterEntry, user } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { replaceRoster, type RosterPerson } from '$lib/server/rosters/replace-roster';
import { submitBatch, type SubmitInput } from '$lib/server/lists/submit';
import type { LineRangeMessage } from '$lib/server/lists/message';
import { handleQueueBatch } from '$lib/server/worker/queue';
import type { RegistrationRow } from '$lib/registration';
import { appNow } from './clock';
import { loginAs, origin, postForm } from './http';

export const db = () => getDb(env.DB);
export { origin };
/** The password of every owner makeEmployer creates. */
export const OWNER_PASSWORD = 'owner-password-2026';

/** A unique employer with an owner and the given roster. */
export async function makeEmployer(people: RosterPerson[], locale = 'nl') {
	const d = db();
	const suffix = newId().slice(0, 10);
	const org = await d
		.insert(organization)
		.values({ name: `Test employer ${suffix}`, slug: `test-${suffix}`, locale })
		.returning({ id: organization.id })
		.get();
	const ownerEmail = `owner-${suffix}@test.example`;
	const ownerId = await insertCredentialUser(
		d,
		{ name: 'Owner', email: ownerEmail, kind: 'employer', origin: 'seed', locale },
		await hashSecret(OWNER_PASSWORD)
	);
	await d.insert(member).values({ organizationId: org.id, userId: ownerId, role: 'owner' });
	const result = await replaceRoster(d, org.id, people, null, appNow());
	if (!result.ok) throw new Error('bad roster');
	return { employerId: org.id, ownerId, ownerEmail, suffix };
}

/** Unique test people (birth dates spread so nobody collides by accident). */
export function person(n: number, suffix: string): RosterPerson & { email: string } {
	const year = 1960 + (n % 40);
	const month = String(1 + (n % 12)).padStart(2, '0');
	const day = String(1 + (n % 27)).padStart(2, '0');
	return {
		lastName: `Tester${suffix}`,
		firstName: `Person${String.fromCharCode(65 + (n % 26))}${n}`,
		postcode: '9000',
		birthDate: `${year}-${month}-${day}`,
		email: `p${n}-${suffix}@test.example`
	};
}

/** A list row as an employer would type it (Belgian date). */
export function row(p: RosterPerson & { email: string }, overrides: Partial<RegistrationRow> = {}) {
	const [y, m, d] = p.birthDate.split('-');
	return {
		lastName: p.lastName,
		firstName: p.firstName,
		postcode: p.postcode,
		birthDate: `${d}/${m}/${y}`,
		email: p.email.toUpperCase(),
		...overrides
	};
}

/** Submits without the real queue: returns the messages the real consumer would get. */
export async function submitCaptured(
	input: Partial<SubmitInput> & Pick<SubmitInput, 'employerId' | 'rows'>,
	environment: Env = env
) {
	const messages: LineRangeMessage[] = [];
	const result = await submitBatch(
		{
			db: db(),
			env: environment,
			queue: {
				sendBatch: async (batch) => {
					for (const m of batch) messages.push(m.body as LineRangeMessage);
					return {} as QueueSendBatchResponse;
				}
			}
		},
		{
			submittedBy: null,
			consent: true,
			consentBy: 'test',
			source: 'api',
			locale: 'nl',
			now: appNow(),
			...input
		}
	);
	return { result, messages };
}

let counter = 0;
/** Delivers messages to the consumer (as the queue would), with an optional fault switch. */
export async function deliver(
	messages: LineRangeMessage[],
	options: { fault?: string; attempts?: number; queue?: string } = {}
) {
	const batch = createMessageBatch<LineRangeMessage>(options.queue ?? 'you-p-registration', [
		...messages.map((body) => ({
			id: `m${++counter}`,
			timestamp: new Date(),
			attempts: options.attempts ?? 1,
			body
		}))
	]);
	const ctx = createExecutionContext();
	const environment = Object.assign({}, env, { FAULT_INJECTION: options.fault ?? '' });
	await handleQueueBatch(batch as MessageBatch<unknown>, environment as Env, ctx);
	return getQueueResult(batch, ctx);
}

/** The roster entry of the employer's person with this first name (test names are unique). */
export async function rosterEntryId(employerId: string, firstName: string) {
	const found = await db()
		.select({ id: rosterEntry.id })
		.from(rosterEntry)
		.where(and(eq(rosterEntry.employerId, employerId), eq(rosterEntry.firstName, firstName)))
		.get();
	return found!.id;
}

export async function linesOf(batchId: string) {
	return db()
		.select()
		.from(batchLine)
		.where(eq(batchLine.batchId, batchId))
		.orderBy(batchLine.line);
}

export async function mailsTo(email: string) {
	return db().select().from(devMail).where(eq(devMail.to, email.toLowerCase()));
}

export async function userByEmail(email: string) {
	return db().select().from(user).where(eq(user.email, email.toLowerCase())).get();
}

/** The start password from a credential mail's text, as the mail shows it (groups, spaces). */
export function startPasswordIn(text: string): string {
	const match = /\b([A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4}[ -][A-HJ-NP-Z2-9]{4})\b/.exec(text);
	if (!match) throw new Error('no start password in mail');
	return match[1]!;
}

export async function loginStatus(email: string, password: string) {
	const response = await postForm('/login', { email, password });
	return { status: response.status, location: response.headers.get('location') };
}

/** The session cookie of an owner made by makeEmployer. */
export const ownerCookie = (email: string) => loginAs(email, OWNER_PASSWORD);

/** A page of the app, as the holder of `cookie` sees it (in Dutch). */
export const getPage = (path: string, cookie: string) =>
	exports.default.fetch(`${origin}${path}`, {
		headers: { cookie, 'accept-language': 'nl-BE' },
		redirect: 'manual'
	});

/** Submits the rows and delivers the messages: the list is processed. */
export async function processedBatch(employerId: string, rows: SubmitInput['rows']) {
	const { result, messages } = await submitCaptured({ employerId, rows });
	if (!result.ok) throw new Error('submit failed');
	await deliver(messages);
	return result.batchId;
}

export async function credentialMailsFor(userId: string) {
	return db()
		.select()
		.from(devMail)
		.where(and(like(devMail.idempotencyKey, `credential:${userId}:%`)));
}
