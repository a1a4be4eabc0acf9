/**
 * Privacy of unexpected errors (issue 16): a query that fails with a submitted name in its
 * parameters (a real D1 failure: a trigger aborts inserts of that one name) must log only the
 * error's class, the route and an error id — never the name, the statement or its parameters,
 * which drizzle's query errors carry. The user sees the same error id, in their language.
 */
import { env, exports } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '$lib/server/db/ids';
import { DEMO } from '$lib/server/dev/seed';
import { origin, post, seedWithTotp, staffSession } from './backoffice-helpers';

const tag = newId().slice(0, 8).toLowerCase();
const NEEDLE = `Privacyfault${tag}`;
const EMAIL = `privacy-fault-${tag}@example.test`;
const TRIGGERS = [
	`create trigger if not exists fail_org_${tag} before insert on organization
	 when new.name like '${NEEDLE}%' begin select raise(abort, 'forced failure'); end`,
	`create trigger if not exists fail_roster_${tag} before insert on roster_entry
	 when new.last_name like '${NEEDLE}%' begin select raise(abort, 'forced failure'); end`
];

/** Runs `action` with every console level captured; returns what was written, lower-cased. */
async function captured(action: () => Promise<void>): Promise<string> {
	const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
		vi.spyOn(console, level).mockImplementation(() => undefined)
	);
	try {
		await action();
	} finally {
		vi.restoreAllMocks();
	}
	return spies
		.flatMap((spy) =>
			spy.mock.calls.map((call) =>
				call
					.map((a) =>
						a instanceof Error ? `${a.message} ${a.stack} ${String(a.cause)}` : String(a)
					)
					.join(' ')
			)
		)
		.join('\n')
		.toLowerCase();
}

const api = (path: string, method: string, body: unknown) =>
	exports.default.fetch(`${origin}/api/v1${path}`, {
		method,
		body: JSON.stringify(body),
		headers: {
			authorization: `Bearer ${DEMO.staff.token}`,
			'content-type': 'application/json',
			accept: 'application/json',
			'accept-language': 'fr-BE'
		}
	});

function expectPrivate(logged: string, errorId: string) {
	for (const secret of [NEEDLE.toLowerCase(), EMAIL, 'failed query', 'insert into', 'params'])
		expect(logged).not.toContain(secret);
	expect(logged).toContain(errorId);
	const line = JSON.parse(logged.split('\n').find((l) => l.includes(errorId))!) as Record<
		string,
		unknown
	>;
	expect(Object.keys(line).sort()).toEqual(
		['errorclass', 'errorid', 'event', 'method', 'route', 'status'].sort()
	);
}

describe('unexpected errors are logged without personal data', () => {
	let staff = '';
	beforeAll(async () => {
		await seedWithTotp();
		for (const sql of TRIGGERS) await env.DB.prepare(sql).run();
		staff = await staffSession();
	}, 70_000);
	afterAll(async () => {
		await env.DB.prepare(`drop trigger if exists fail_org_${tag}`).run();
		await env.DB.prepare(`drop trigger if exists fail_roster_${tag}`).run();
	});

	it('an API insert that fails with an organisation name: 500 with an error id, the log without the name', async () => {
		let response!: Response;
		const logged = await captured(async () => {
			response = await api('/employers', 'POST', { name: NEEDLE });
		});
		expect(response.status).toBe(500);
		const body = (await response.json()) as { message: string; errorId: string };
		expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
		expect(JSON.stringify(body).toLowerCase()).not.toContain(NEEDLE.toLowerCase());
		expectPrivate(logged, body.errorId);
		expect(logged).toContain('/api/v1/employers');
	});

	it('an API roster with a person’s name and e-mail that fails: the log holds neither', async () => {
		const created = await api('/employers', 'POST', { name: `Fine employer ${tag}` });
		const { id } = (await created.json()) as { id: string };
		let response!: Response;
		const logged = await captured(async () => {
			response = await api(`/employers/${id}/roster`, 'PUT', {
				people: [
					{
						lastName: NEEDLE,
						firstName: 'Jane',
						postcode: '9000',
						birthDate: '01/02/1990',
						email: EMAIL
					}
				]
			});
		});
		expect(response.status).toBe(500);
		const body = (await response.json()) as { errorId: string };
		expectPrivate(logged, body.errorId);
	});

	it('a form action that fails: the error page shows the error id in the user’s language', async () => {
		let response!: Response;
		const logged = await captured(async () => {
			response = await post('/beheer/werkgevers?/create', { name: NEEDLE, locale: 'nl' }, staff);
		});
		expect(response.status).toBe(500);
		const html = await response.text();
		const errorId = /Foutcode: ([0-9a-f-]{36})/.exec(html)?.[1];
		expect(errorId, html.slice(0, 2000)).toBeDefined();
		expect(html.toLowerCase()).not.toContain(NEEDLE.toLowerCase());
		expectPrivate(logged, errorId!);
	});
});
