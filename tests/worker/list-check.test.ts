/**
 * The check before paying (issue 17 §5, POST /werkgever/lijsten/nieuw/controle): the codes it
 * predicts are the codes the same list gets from the real queue consumer; it writes nothing of the
 * list (D1, KV, console); it reads only the caller's roster; it is throttled per employer in one
 * statement; only members who may submit lists get an answer.
 */
import { env, exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginThrottle } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret } from '$lib/server/security/scrypt';
import { decryptJson, lineContext, loadBatchKeys } from '$lib/server/lists/batch-keys';
import { maxListRows } from '$lib/server/lists/periods';
import type { Prediction } from '$lib/server/lists/check-list';
import type { RegistrationRow } from '$lib/registration';
import {
	OWNER_PASSWORD,
	db,
	deliver,
	linesOf,
	rosterEntryId,
	makeEmployer,
	origin,
	ownerCookie,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';
import { loginAs } from './http';
import { makeOrganisation, loginCookie } from './mandates-helpers';

const PATH = '/werkgever/lijsten/nieuw/controle';

function check(cookie: string | undefined, body: unknown, headers: Record<string, string> = {}) {
	return exports.default.fetch(`${origin}${PATH}`, {
		method: 'POST',
		body: typeof body === 'string' ? body : JSON.stringify(body),
		headers: {
			'content-type': 'application/json',
			accept: 'application/json',
			'accept-language': 'nl-BE',
			origin,
			...(cookie ? { cookie } : {}),
			...headers
		},
		redirect: 'manual'
	});
}

async function predictions(cookie: string, rows: RegistrationRow[]): Promise<Prediction[]> {
	const response = await check(cookie, { rows });
	expect(response.status).toBe(200);
	return ((await response.json()) as { predictions: Prediction[] }).predictions;
}

/** An employee account for a roster entry (the person already registered). */
async function registered(employerId: string, firstName: string, email: string) {
	await insertCredentialUser(
		db(),
		{
			name: 'x',
			email,
			kind: 'employee',
			employerId,
			rosterEntryId: await rosterEntryId(employerId, firstName)
		},
		'x'
	);
}

/**
 * Every table, its rows whole — of the sessions which exist and what they act for, not the sliding
 * expiry that any request of a signed-in user may move.
 */
const SESSIONS = 'select id, user_id, active_organization_id from session order by id';
async function snapshot(): Promise<Map<string, string>> {
	const tables = await env.DB.prepare(
		"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name not like 'd1_%' order by name"
	).all<{ name: string }>();
	const names = tables.results.map((t) => t.name);
	const results = await env.DB.batch(
		names.map((name) =>
			env.DB.prepare(name === 'session' ? SESSIONS : `select * from "${name}" order by rowid`)
		)
	);
	return new Map(names.map((name, i) => [name, JSON.stringify(results[i]!.results)]));
}

async function kvKeys(): Promise<string[]> {
	const keys: string[] = [];
	let cursor: string | undefined;
	do {
		const page = await env.BATCH_KEYS.list({ cursor });
		keys.push(...page.keys.map((k) => k.name));
		cursor = page.list_complete ? undefined : page.cursor;
	} while (cursor);
	return keys.sort();
}

afterEach(() => vi.restoreAllMocks());

describe('check before paying: predictions', () => {
	it('predicts per line exactly the code, reason and hint the consumer then gives the same list', async () => {
		const p = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => person(n, 'check'));
		const twin = { ...p[3]! };
		const { employerId, ownerEmail, suffix } = await makeEmployer([
			p[0]!,
			p[1]!,
			p[2]!,
			p[3]!,
			twin,
			p[4]!,
			p[6]!,
			p[7]!,
			p[8]!
		]);
		await registered(employerId, p[1]!.firstName, `self-${suffix}@test.example`);
		await insertCredentialUser(db(), { name: 'y', email: `taken-${suffix}@test.example` }, 'x');
		const rows = [
			row(p[0]!), // 1
			row(p[1]!), // 2 already-active
			row(p[2]!, { email: `taken-${suffix}@test.example` }), // 4 email-used-by-other
			row(p[3]!), // 3 ambiguous (two roster entries)
			row(p[4]!, { postcode: '1000' }), // 3 hint: other postcode
			row(p[5]!), // 3 a stranger, no hint
			row(p[6]!, { postcode: '12' }), // 4 postcode-format
			row(p[0]!, { email: `again-${suffix}@test.example` }), // 2 duplicate-in-list of line 1
			row(p[7]!, { email: p[0]!.email }), // 4 line 1's address
			row(p[8]!, { firstName: `${p[8]!.firstName}x` }) // 3 misspelt: similar name
		];
		const cookie = await ownerCookie(ownerEmail);
		const predicted = await predictions(cookie, rows);

		const { result, messages } = await submitCaptured({ employerId, rows });
		if (!result.ok) throw new Error('submit failed');
		await deliver(messages);
		const lines = await linesOf(result.batchId);
		const keys = (await loadBatchKeys(env.BATCH_KEYS, result.batchId))!;
		const processed = await Promise.all(
			lines.map(async (l) => ({
				code: l.code,
				reason: l.reason,
				hint: l.hint
					? await decryptJson(keys.aes, lineContext(result.batchId, l.line, 'hint'), l.hint)
					: null
			}))
		);
		expect(
			predicted.map((x) => ({ code: x.code, reason: x.reason, hint: x.hint ?? null }))
		).toEqual(processed);
		expect(predicted.map((x) => x.code)).toEqual([1, 2, 4, 3, 3, 3, 4, 2, 4, 3]);
		expect(predicted[4]!.hint?.hint).toBe('hint.same-person-other-postcode');
		expect(predicted[9]!.hint?.hint).toBe('hint.same-birthdate-similar-name');
		expect(predicted[7]!.otherLine).toBe(1);
		expect(predicted[8]!.otherLine).toBe(1);
	});

	it('consults only the caller’s roster: the same person is 1 for A, 3 with B’s own hint for B', async () => {
		const x = person(1, 'tenant');
		const { employerId: a, ownerEmail: ownerA } = await makeEmployer([x]);
		// B's roster has the same person under another postcode, and not A's entry.
		const { ownerEmail: ownerB } = await makeEmployer([{ ...x, postcode: '1000' }]);
		const [forA] = await predictions(await ownerCookie(ownerA), [row(x)]);
		const [forB] = await predictions(await ownerCookie(ownerB), [row(x)]);
		expect(forA).toMatchObject({ code: 1 });
		expect(forB).toMatchObject({ code: 3, reason: 'not-in-roster' });
		expect(forB!.hint?.candidate.postcode).toBe('1000');

		// Once the person registered at A, A hears 2; B still only its own roster's 3.
		await registered(a, x.firstName, `registered-${x.email}`);
		const [againA] = await predictions(await ownerCookie(ownerA), [row(x)]);
		const [againB] = await predictions(await ownerCookie(ownerB), [row(x)]);
		expect(againA).toMatchObject({ code: 2, reason: 'already-active' });
		expect(againB).toMatchObject({ code: 3, reason: 'not-in-roster' });
		expect(againB!.hint?.candidate.postcode).toBe('1000');
	});
});

describe('check before paying: nothing kept', () => {
	it('writes nothing to D1 but its throttle counter, nothing to KV, nothing to the console', async () => {
		const people = [0, 1, 2].map((n) => person(n, 'quiet'));
		const { employerId, ownerEmail, suffix } = await makeEmployer(people);
		await registered(employerId, people[1]!.firstName, `quiet-${suffix}@test.example`);
		const cookie = await ownerCookie(ownerEmail);
		const rows = [
			row(people[0]!),
			row(people[1]!),
			row(people[2]!, { lastName: 'Onbekend' }),
			row(people[0]!),
			row(person(9, 'quiet'), { postcode: '12' })
		];
		const d1Before = await snapshot();
		const kvBefore = await kvKeys();
		const logged: unknown[][] = [];
		for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
			vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
				logged.push(args);
			});
		const response = await check(cookie, { rows });
		const body = await response.text();
		vi.restoreAllMocks();
		expect(response.status).toBe(200);
		expect(JSON.parse(body).predictions).toHaveLength(5);
		expect(logged).toEqual([]);
		expect(await kvKeys()).toEqual(kvBefore);

		const d1After = await snapshot();
		const changed = [...d1Before.keys()].filter((t) => d1Before.get(t) !== d1After.get(t));
		expect(changed).toEqual(['login_throttle']);
		// That one change: a counter under an HMAC of the employer's id, no line data.
		const throttle = await db().select().from(loginThrottle);
		const before = JSON.parse(d1Before.get('login_throttle')!) as { key: string }[];
		const added = throttle.filter((r) => !before.some((b) => b.key === r.key));
		expect(added).toHaveLength(1);
		expect(added[0]!.key).toMatch(/^list-check:[0-9a-f]{64}$/);
		expect(added[0]!.failures).toBe(1);
		const stored = d1After.get('login_throttle')!.toLowerCase();
		for (const secret of [people[0]!.lastName, people[0]!.email, employerId])
			expect(stored).not.toContain(secret.toLowerCase());
	});
});

describe('check before paying: limits', () => {
	it('evaluates at most 5 of 10 simultaneous checks of one employer; the rest get 429 with Retry-After', async () => {
		const x = person(1, 'burst');
		const { ownerEmail } = await makeEmployer([x]);
		const cookie = await ownerCookie(ownerEmail);
		const responses = await Promise.all(
			Array.from({ length: 10 }, () => check(cookie, { rows: [row(x)] }))
		);
		const statuses = responses.map((r) => r.status).sort();
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429, 429]);
		for (const r of responses.filter((r) => r.status === 429)) {
			expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(((await r.json()) as { message: string }).message).toMatch(/opnieuw over \d+/);
		}
		// Another employer is not held up by it.
		const other = await makeEmployer([x]);
		expect((await check(await ownerCookie(other.ownerEmail), { rows: [row(x)] })).status).toBe(200);
	});

	it('refuses more lines than a list may have (413) and a body above the limit (413), in the user’s language', async () => {
		const x = person(1, 'big');
		const { ownerEmail } = await makeEmployer([x]);
		const cookie = await ownerCookie(ownerEmail);
		const max = maxListRows(env);
		const tooMany = await check(cookie, { rows: Array.from({ length: max + 1 }, () => row(x)) });
		expect(tooMany.status).toBe(413);
		expect(((await tooMany.json()) as { message: string }).message).toMatch(
			/^Deze lijst heeft 10\D?001 regels\. Per lijst kunnen er hoogstens/
		);
		const huge = await check(cookie, `{"rows":[{"lastName":"${'a'.repeat(5 * 1024 * 1024)}"}]}`);
		expect(huge.status).toBe(413);
		const fr = await check(cookie, { rows: [{ lastName: 1 }] }, { 'accept-language': 'fr-BE' });
		expect(fr.status).toBe(400);
		expect(((await fr.json()) as { message: string }).message).toBe(
			'Nous n’avons pas pu lire la liste. Réessayez.'
		);
		const empty = await check(cookie, { rows: [] });
		expect(empty.status).toBe(400);
		// None of the refusals used up a check.
		expect((await check(cookie, { rows: [row(x)] })).status).toBe(200);
	});

	it('answers 403 to an inzage member, an employee and nobody, and to no one a prediction', async () => {
		const org = await makeOrganisation();
		const x = person(1, 'guard');
		const rows = [row(x)];
		const inzage = await loginCookie(org.people.inzage!.email);
		const lijsten = await loginCookie(org.people.lijsten!.email);
		const employeeEmail = `employee-${org.orgId.toLowerCase()}@test.example`;
		await insertCredentialUser(
			db(),
			{ name: 'Employee', email: employeeEmail, kind: 'employee', employerId: org.orgId },
			await hashSecret(OWNER_PASSWORD)
		);
		const employee = await loginAs(employeeEmail, OWNER_PASSWORD);
		for (const cookie of [inzage, employee, undefined]) {
			const response = await check(cookie, { rows });
			expect(response.status).toBe(403);
			expect(await response.text()).not.toContain('predictions');
		}
		expect((await check(lijsten, { rows })).status).toBe(200);
	});
});
