/**
 * Tenant isolation matrix (issues 10 and 16). The routes and their form actions come from the
 * route tree (read at config time into TEST_ROUTES and TEST_ACTIONS), so a new route or action is
 * attacked the moment it exists. Every route is requested as nobody, as an employee of employer
 * A, as the owner of employer B and as A's owner; the answer may be a redirect, 401/403/404/405,
 * or a page — but never one with A's data in it. Every form action is posted as nobody, an
 * employee, B's owner, A's `inzage` member and a password session of an organisation that
 * requires the federated login: nothing in D1 may change, and the answer is the guard's.
 */
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	devMail,
	invitation,
	member,
	organisationRequest,
	organization,
	rosterEntry,
	user
} from '$lib/server/db/schema';
import { createApiToken } from '$lib/server/api/tokens';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { newId } from '$lib/server/db/ids';
import { db, deliver, makeEmployer, origin, person, row, submitCaptured } from './pipeline-helpers';
import { loginAs } from './http';
import { appNow } from './clock';

const routes = env.TEST_ROUTES;
const formActions = env.TEST_ACTIONS;
const OWNER_PASSWORD = 'owner-password-2026';
const EMPLOYEE_PASSWORD = 'employee-password-2026';

interface TenantA {
	employerId: string;
	name: string;
	batchId: string;
	rosterEntryId: string;
	userId: string;
	mailId: string;
	token: string;
	emails: string[];
	lastName: string;
	ownerEmail: string;
}
let a: TenantA;
let bToken = '';
const cookies: Record<'employeeA' | 'ownerB' | 'ownerA', string> = {
	employeeA: '',
	ownerB: '',
	ownerA: ''
};
/** What a form post may aim at in one organisation (its objects a manager could change). */
interface Targets {
	orgId: string;
	lijstenMemberId: string;
	invitationId: string;
	requestId: string;
}
let targetsA: Targets;
let targetsC: Targets;
/** A's `inzage` member, and the owner of C (requires the federated login) with a password. */
const actionCookies = { inzageA: '', federatedC: '' };

/** An employer member of `orgId` with `role` (password OWNER_PASSWORD). */
async function addMember(orgId: string, role: string, tag: string) {
	const d = db();
	const email = `${role}-${tag}-${newId().slice(0, 6).toLowerCase()}@test.example`;
	const userId = await insertCredentialUser(
		d,
		{ name: `${role} member`, email, emailVerified: true, kind: 'employer', origin: 'seed' },
		await hashSecret(OWNER_PASSWORD, START_PASSWORD_PARAMS)
	);
	const row = await d
		.insert(member)
		.values({ organizationId: orgId, userId, role })
		.returning({ id: member.id })
		.get();
	return { email, userId, memberId: row.id };
}

/** A member, an open invitation and a pending request in `orgId`: what a post could change. */
async function makeTargets(orgId: string, ownerId: string, tag: string): Promise<Targets> {
	const d = db();
	const lijsten = await addMember(orgId, 'lijsten', tag);
	const open = await d
		.insert(invitation)
		.values({
			organizationId: orgId,
			email: `invited-${tag}-${newId().slice(0, 6).toLowerCase()}@test.example`,
			role: 'inzage',
			status: 'pending',
			expiresAt: new Date(appNow().getTime() + 7 * 86_400_000),
			inviterId: ownerId,
			tokenHash: newId()
		})
		.returning({ id: invitation.id })
		.get();
	const requester = await addMember(orgId, 'inzage', `${tag}r`);
	await d.delete(member).where(eq(member.id, requester.memberId));
	const request = await d
		.insert(organisationRequest)
		.values({ requesterId: requester.userId, organisationId: orgId, kind: 'join', role: 'lijsten' })
		.returning({ id: organisationRequest.id })
		.get();
	return { orgId, lijstenMemberId: lijsten.memberId, invitationId: open.id, requestId: request.id };
}

const login = loginAs;

/** Fills a route pattern's parameters with ids of A's real objects (by parameter name). */
function fill(pattern: string): string {
	return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
		if (name === 'partner') return 'benefits-at-work';
		if (name === 'token') return newId();
		if (name === 'id') {
			if (pattern.startsWith('/api/v1/batches') || pattern.startsWith('/werkgever/lijsten'))
				return a.batchId;
			if (pattern.startsWith('/dev/mailbox')) return a.mailId;
			if (pattern.startsWith('/dev/partners')) return a.userId;
			return a.employerId;
		}
		return newId();
	});
}

/**
 * Pages that list the member organisations' names on purpose: self-registration picks one, and
 * an owner may declare (ask staff for a mandate on) another. Only the name; nothing else of A.
 */
const EMPLOYER_DIRECTORY = new Set(['/registreer', '/werkgever/organisaties']);

/** What of A must not be readable, for a requester (the path may name an id on purpose). */
function secretsFor(path: string, who: string): string[] {
	const secrets = [...a.emails, a.lastName, a.ownerEmail];
	if (who !== 'employeeA' && !EMPLOYER_DIRECTORY.has(path)) secrets.push(a.name);
	if (!path.includes(a.batchId)) secrets.push(a.batchId);
	return secrets;
}

function request(url: string, cookie?: string, init: RequestInit = {}) {
	const headers = new Headers(init.headers);
	headers.set('accept', headers.get('accept') ?? 'text/html');
	if (cookie) headers.set('cookie', cookie);
	return exports.default.fetch(url, { ...init, headers, redirect: 'manual' });
}

/**
 * A GET, or — for an endpoint that only takes POST (405, e.g. the list check) — a POST of an
 * empty JSON object, which only the guard may answer otherwise than 400. `post` says which.
 */
async function reach(url: string, cookie?: string): Promise<{ response: Response; post: boolean }> {
	const response = await request(url, cookie);
	if (response.status !== 405) return { response, post: false };
	await response.body?.cancel();
	const post = await request(url, cookie, {
		method: 'POST',
		body: '{}',
		headers: { origin, 'content-type': 'application/json', accept: 'application/json' }
	});
	return { response: post, post: true };
}

async function expectNoLeak(response: Response, path: string, who: string) {
	const body = await response.text();
	const where = `${who} GET ${path} → ${response.status}`;
	expect(response.status, where).toBeLessThan(500);
	const location = response.headers.get('location') ?? '';
	for (const secret of secretsFor(path, who)) {
		expect(body.toLowerCase().includes(secret.toLowerCase()), `${where} shows ${secret}`).toBe(
			false
		);
		expect(location.includes(secret), `${where} redirects with ${secret}`).toBe(false);
	}
	if (response.status >= 300 && response.status < 400)
		expect(location, where).toMatch(/^(\/|https?:\/\/127\.0\.0\.1\/)/);
	return { status: response.status, location, body };
}

beforeAll(async () => {
	const tag = newId().slice(0, 8);
	const people = Array.from({ length: 4 }, (_, i) => person(i + 1, `iso${tag}`));
	const made = await makeEmployer(people);
	const { result, messages } = await submitCaptured({
		employerId: made.employerId,
		now: appNow(),
		rows: [...people.slice(0, 3).map((p) => row(p)), row(person(9, `iso${tag}`))]
	});
	if (!result.ok) throw new Error('submit failed');
	await deliver(messages);
	const d = db();
	const org = await d
		.select({ name: organization.name })
		.from(organization)
		.where(eq(organization.id, made.employerId))
		.get();
	const entry = await d
		.select({ id: rosterEntry.id })
		.from(rosterEntry)
		.where(eq(rosterEntry.employerId, made.employerId))
		.get();
	const account = await d
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, people[0]!.email))
		.get();
	const mail = await d
		.select({ id: devMail.id })
		.from(devMail)
		.where(eq(devMail.to, people[0]!.email))
		.get();
	const employeeEmail = `own-${tag}@test.example`;
	await insertCredentialUser(
		d,
		{
			name: 'Eigen Werknemer',
			email: employeeEmail,
			emailVerified: true,
			kind: 'employee',
			status: 'active',
			origin: 'seed',
			employerId: made.employerId
		},
		await hashSecret(EMPLOYEE_PASSWORD)
	);
	const b = await makeEmployer([person(1, `isob${tag}`)]);
	a = {
		employerId: made.employerId,
		name: org!.name,
		batchId: result.batchId,
		rosterEntryId: entry!.id,
		userId: account!.id,
		mailId: String(mail!.id),
		token: (
			await createApiToken(d, {
				kind: 'employer',
				organisationId: made.employerId,
				label: 'A',
				createdBy: null
			})
		).token,
		emails: people.map((p) => p.email),
		lastName: people[0]!.lastName,
		ownerEmail: made.ownerEmail
	};
	bToken = (
		await createApiToken(d, {
			kind: 'employer',
			organisationId: b.employerId,
			label: 'B',
			createdBy: null
		})
	).token;
	cookies.employeeA = await login(employeeEmail, EMPLOYEE_PASSWORD);
	cookies.ownerB = await login(b.ownerEmail, OWNER_PASSWORD);
	cookies.ownerA = await login(made.ownerEmail, OWNER_PASSWORD);

	targetsA = await makeTargets(made.employerId, made.ownerId, `a${tag}`);
	const inzage = await addMember(made.employerId, 'inzage', `a${tag}`);
	actionCookies.inzageA = await login(inzage.email, OWNER_PASSWORD);
	const c = await makeEmployer([person(1, `isoc${tag}`)]);
	await d
		.update(organization)
		.set({ requireFederatedLogin: true })
		.where(eq(organization.id, c.employerId));
	targetsC = await makeTargets(c.employerId, c.ownerId, `c${tag}`);
	actionCookies.federatedC = await login(c.ownerEmail, OWNER_PASSWORD);
}, 60_000);

describe('tenant isolation matrix over the route tree', () => {
	it('knows the route tree', () => {
		expect(routes).toContain('/werkgever/lijsten/[id]');
		expect(routes).toContain('/api/v1/batches/[id]');
		expect(routes).toContain('/beheer/werkgevers/[id]');
		expect(routes.length).toBeGreaterThan(40);
	});

	it('nobody, an employee of A and the owner of B never see A’s data on any route', async () => {
		const principals = { anonymous: undefined, ...cookies } as Record<string, string | undefined>;
		delete principals.ownerA;
		for (const pattern of routes.filter((r) => !r.startsWith('/dev/'))) {
			const path = fill(pattern);
			for (const [who, cookie] of Object.entries(principals)) {
				const { status } = await expectNoLeak(await request(`${origin}${path}`, cookie), path, who);
				// B's owner has employer pages of B's own; none of them may open A's objects. An
				// invitation link ([token]) is a public page by design: only the leak check applies.
				const employerPage = pattern.startsWith('/werkgever') && !pattern.includes('[token]');
				const foreign =
					pattern.startsWith('/beheer') ||
					(employerPage && (who !== 'ownerB' || pattern.includes('[')));
				if (foreign) expect(status, `${who} ${path}`).not.toBe(200);
			}
		}
	}, 120_000);

	it('A’s owner is refused the back office on every /beheer route', async () => {
		for (const pattern of routes.filter((r) => r.startsWith('/beheer'))) {
			const path = fill(pattern);
			const response = await request(`${origin}${path}`, cookies.ownerA);
			expect(response.status, path).not.toBe(200);
			expect(response.status, path).toBeLessThan(500);
		}
	});

	it('A’s owner still reaches the employer pages (the matrix is not vacuous)', async () => {
		for (const pattern of routes.filter(
			(r) => r.startsWith('/werkgever') && !r.includes('[token]')
		)) {
			const path = fill(pattern);
			const { response, post } = await reach(`${origin}${path}`, cookies.ownerA);
			await response.body?.cancel();
			expect(response.status, path).toBe(post ? 400 : 200);
		}
		const page = await (await request(`${origin}/werkgever`, cookies.ownerA)).text();
		expect(page).toContain(a.name);
	});

	it('a password session of a federated-only organisation gets no employer page or endpoint', async () => {
		// Every load and endpoint asks the employer guard itself, not only the layout's load.
		for (const pattern of routes.filter(
			(r) => r.startsWith('/werkgever') && !r.includes('[token]')
		)) {
			const path = fill(pattern);
			const { response } = await reach(`${origin}${path}`, actionCookies.federatedC);
			await response.body?.cancel();
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe('/login/federated?reden=verplicht');
		}
	}, 60_000);

	it('the owner of B gets 404 on A’s list, and an employee no employer page', async () => {
		const byB = await request(`${origin}/werkgever/lijsten/${a.batchId}`, cookies.ownerB);
		expect(byB.status).toBe(404);
		const byEmployee = await request(`${origin}/werkgever/lijsten/${a.batchId}`, cookies.employeeA);
		expect([303, 403, 404]).toContain(byEmployee.status);
	});

	it('development routes are absent on a non-loopback host, for everyone', async () => {
		const devRoutes = routes.filter((r) => r.startsWith('/dev/'));
		expect(devRoutes).toContain('/dev/mailbox');
		for (const pattern of devRoutes) {
			const path = fill(pattern);
			for (const cookie of [undefined, ...Object.values(cookies)]) {
				for (const method of ['GET', 'POST', 'DELETE']) {
					const response = await request(`https://youp.example${path}`, cookie, {
						method,
						headers: { origin: 'https://youp.example', 'content-type': 'application/json' },
						body: method === 'GET' ? undefined : '{}'
					});
					const body = await response.text();
					expect([404, 405], `${method} ${path}`).toContain(response.status);
					for (const secret of secretsFor(path, 'anonymous'))
						expect(body.includes(secret), `${path} shows ${secret}`).toBe(false);
				}
			}
		}
	}, 120_000);
});

/**
 * Form actions anyone may post by design (logging in, registering, a password reset, the language,
 * the invitation link, the signed-in person's own account on /mijn: sign out everywhere and the
 * preferred language); for them only "nothing changes, no 5xx" is asserted on an empty form.
 * Any other action — including one added tomorrow — must be refused by its area's guard.
 */
const PUBLIC_ACTIONS = new Set([
	'/login',
	'/mijn',
	'/login/federated',
	'/login/tweestaps',
	'/logout',
	'/registreer',
	'/registreer/bevestigen',
	'/taal',
	'/wachtwoord-herstellen',
	'/wachtwoord-vergeten',
	'/wachtwoord-wijzigen',
	'/werkgever/volmachten/aanvaarden/[token]'
]);
/** End the poster's own sessions: only nobody posts them. */
const SESSION_ENDING = new Set(['/logout?/default', '/mijn?/everywhere']);
/** Employer actions an `inzage` member may do (anything else needs more than inzage). */
const INZAGE_MAY = new Set([
	'/werkgever/organisaties?/switch',
	'/werkgever/organisaties?/withdraw'
]);

type Poster = 'nobody' | 'employeeA' | 'ownerB' | 'inzageA' | 'federatedC';
type Expected = { location: RegExp } | { status: number[] } | null;
const HOME: Record<Exclude<Poster, 'nobody'>, string> = {
	employeeA: '/mijn',
	ownerB: '/werkgever',
	inzageA: '/werkgever',
	federatedC: '/werkgever'
};
const GUARDED_AREAS = new Set(['werkgever', 'beheer']);

/** The guard's answer to `who` posting `action` of `route` (null: not asked, e.g. own area). */
function expected(route: string, action: string, who: Poster): Expected {
	if (route.startsWith('/dev/')) return { status: [404] }; // posted to a non-loopback host
	if (PUBLIC_ACTIONS.has(route)) {
		if (who !== 'nobody' && SESSION_ENDING.has(`${route}?/${action}`)) return null;
		return { status: [303, 400, 401, 403, 404, 405, 409, 410, 422, 429] };
	}
	if (who === 'nobody') return { location: /^\/login\?next=%2F/ };
	const area = route.split('/')[1]!;
	const own = who === 'employeeA' ? 'mijn' : 'werkgever';
	if (area !== own) {
		if (GUARDED_AREAS.has(area)) return { location: new RegExp(`^${HOME[who]}$`) };
		return { status: [403, 404] };
	}
	if (who === 'employeeA') return null; // the employee's own pages, not an employer matter
	if (who === 'federatedC') return { location: /^\/login\/federated\?reden=verplicht$/ };
	if (who === 'inzageA') return INZAGE_MAY.has(`${route}?/${action}`) ? null : { status: [403] };
	// B's owner passes the guard; A's objects named in the form are not B's to change.
	return { status: [303, 400, 403, 404] };
}

/** The form each poster sends: the objects of the organisation it would like to change. */
function formFor(who: Poster): Record<string, string> {
	const t = who === 'federatedC' ? targetsC : targetsA;
	const form: Record<string, string> = {
		memberId: t.lijstenMemberId,
		invitationId: t.invitationId,
		requestId: t.requestId,
		organisationId: t.orgId,
		decision: 'approve'
	};
	// B's owner may invite and declare for B by right; without these the form can only aim at A.
	if (who !== 'ownerB')
		Object.assign(form, { role: 'beheerder', email: `x-${newId()}@test.example` });
	return form;
}

/** Tables a form post could change on purpose (members, mandates, lists, tokens, people), read whole. */
const STATE_TABLES: Record<string, string> = {
	member: 'select * from member order by rowid',
	invitation: 'select * from invitation order by rowid',
	organisation_request: 'select * from organisation_request order by rowid',
	organization: 'select * from organization order by rowid',
	batch: 'select * from batch order by rowid',
	api_token: 'select * from api_token order by rowid',
	roster_entry: 'select * from roster_entry order by rowid',
	user: 'select * from "user" order by rowid',
	two_factor: 'select * from two_factor order by rowid',
	// which sessions exist and what they act for (not their sliding expiry)
	session: 'select id, user_id, active_organization_id from session order by id'
};
/** Bookkeeping that is no state of the app (failed-login counters). */
const IGNORED_TABLES = new Set(['login_throttle']);

/**
 * A snapshot of D1: the state tables whole, every other table (mails, audit, lines, any table
 * added later) by its row count and last rowid — one round trip.
 */
async function snapshot(): Promise<Map<string, string>> {
	const tables = await env.DB.prepare(
		"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name not like 'd1_%' order by name"
	).all<{ name: string }>();
	const names = tables.results.map((t) => t.name).filter((n) => !IGNORED_TABLES.has(n));
	const results = await env.DB.batch(
		names.map((name) =>
			env.DB.prepare(
				STATE_TABLES[name] ?? `select count(*) as n, max(rowid) as last from "${name}"`
			)
		)
	);
	return new Map(names.map((name, i) => [name, JSON.stringify(results[i]!.results)]));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
	return [...new Set([...before.keys(), ...after.keys()])].filter(
		(t) => before.get(t) !== after.get(t)
	);
}

function postAction(
	route: string,
	action: string,
	cookie: string | undefined,
	form: Record<string, string>
) {
	const path = fill(route) + (action === 'default' ? '' : `?/${action}`);
	const host = route.startsWith('/dev/') ? 'https://youp.example' : origin;
	const headers: Record<string, string> = {
		origin: host,
		accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	if (cookie) headers.cookie = cookie;
	return exports.default.fetch(`${host}${path}`, {
		method: 'POST',
		body: new URLSearchParams(form),
		headers,
		redirect: 'manual'
	});
}

describe('every form action of the route tree', () => {
	it('knows the actions, default actions included', () => {
		const keys = formActions.map((f) => `${f.route}?/${f.action}`);
		expect(keys).toContain('/werkgever/volmachten?/invite');
		expect(keys).toContain('/werkgever/lijsten/nieuw?/default');
		expect(keys).toContain('/werkgever/lijsten/[id]?/correct');
		expect(keys).toContain('/beheer/werkgevers/[id]?/createToken');
		expect(keys.length).toBeGreaterThan(40);
	});

	it('changes nothing and answers with the guard for nobody, an employee, B’s owner, inzage and a password session of a federated-only organisation', async () => {
		const posters: Record<Poster, string | undefined> = {
			nobody: undefined,
			employeeA: cookies.employeeA,
			ownerB: cookies.ownerB,
			inzageA: actionCookies.inzageA,
			federatedC: actionCookies.federatedC
		};
		const failures: string[] = [];
		let before = await snapshot();
		let asked = 0;
		for (const { route, action } of formActions) {
			for (const [who, cookie] of Object.entries(posters) as [Poster, string | undefined][]) {
				const want = expected(route, action, who);
				if (!want) continue;
				asked++;
				const response = await postAction(route, action, cookie, formFor(who));
				await response.body?.cancel();
				const location = response.headers.get('location') ?? '';
				const where = `${who} POST ${route}?/${action} → ${response.status} ${location}`;
				const wrong =
					'location' in want
						? response.status !== 303 || !want.location.test(location)
						: !want.status.includes(response.status);
				const after = await snapshot();
				const tables = changed(before, after);
				const failure = `${where}${wrong ? ' (not the guard’s answer)' : ''}${tables.length ? ` changed ${tables.join(', ')}` : ''}`;
				if (wrong || tables.length > 0) {
					failures.push(failure);
					console.warn(failure);
				}
				before = after;
			}
		}
		expect(failures).toEqual([]);
		expect(asked).toBeGreaterThan(150);
	}, 600_000);

	it('lets A’s owner through every employer guard (the refusals above are the guard’s)', async () => {
		const employerActions = formActions.filter(
			(f) => f.route.startsWith('/werkgever') && !PUBLIC_ACTIONS.has(f.route)
		);
		expect(employerActions.length).toBeGreaterThanOrEqual(10);
		const before = await snapshot();
		for (const { route, action } of employerActions) {
			// An empty form: past the guard, every action refuses it as incomplete.
			const response = await postAction(route, action, cookies.ownerA, {});
			await response.body?.cancel();
			expect(response.status, `${route}?/${action}`).toBe(400);
		}
		expect(changed(before, await snapshot())).toEqual([]);
	}, 60_000);
});

describe('API v1 isolation', () => {
	const api = (path: string, init: RequestInit & { token?: string; cookie?: string } = {}) => {
		const headers = new Headers(init.headers);
		if (init.token) headers.set('authorization', `Bearer ${init.token}`);
		if (init.cookie) headers.set('cookie', init.cookie);
		return exports.default.fetch(`${origin}/api/v1${path}`, { ...init, headers });
	};

	it('A’s own token reads A’s batch (sanity)', async () => {
		const response = await api(`/batches/${a.batchId}`, { token: a.token });
		expect(response.status).toBe(200);
	});

	it('B’s token on A’s batch, roster and tokens: 403/404 without A’s data', async () => {
		const batchRead = await api(`/batches/${a.batchId}`, { token: bToken });
		expect(batchRead.status).toBe(404);
		expect(await batchRead.text()).not.toContain(a.name);
		const roster = await api(`/employers/${a.employerId}/roster`, {
			method: 'PUT',
			token: bToken,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ people: [] })
		});
		expect([403, 404]).toContain(roster.status);
		const tokens = await api(`/employers/${a.employerId}/tokens`, {
			method: 'POST',
			token: bToken,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ label: 'stolen' })
		});
		expect([403, 404]).toContain(tokens.status);
		expect(await tokens.text()).not.toMatch(/youp_/);
		// A's roster is still intact after B's attempt.
		const still = await db()
			.select({ id: rosterEntry.id })
			.from(rosterEntry)
			.where(eq(rosterEntry.employerId, a.employerId));
		expect(still.length).toBe(4);
	});

	it('a batch submitted with B’s token lands at B whatever the body says', async () => {
		const response = await api('/batches', {
			method: 'POST',
			token: bToken,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				employerId: a.employerId,
				consent: true,
				rows: [
					{
						lastName: 'X',
						firstName: 'Y',
						postcode: '9000',
						birthDate: '01/01/1990',
						email: 'x@example.test'
					}
				]
			})
		});
		if (response.status === 201 || response.status === 202) {
			const { id } = (await response.json()) as { id: string };
			expect((await api(`/batches/${id}`, { token: a.token })).status).toBe(404);
			expect((await api(`/batches/${id}`, { token: bToken })).status).toBe(200);
		} else expect([400, 403]).toContain(response.status);
	});

	it('an employee or employer session, or nothing at all: 401 on every API route', async () => {
		const apiRoutes = routes.filter((r) => r.startsWith('/api/v1') && r !== '/api/v1/openapi.json');
		expect(apiRoutes.length).toBeGreaterThanOrEqual(5);
		for (const pattern of apiRoutes) {
			const path = fill(pattern).slice('/api/v1'.length);
			for (const cookie of [undefined, cookies.employeeA, cookies.ownerA]) {
				for (const method of ['GET', 'POST', 'PUT']) {
					const response = await api(path, {
						method,
						cookie,
						headers: { 'content-type': 'application/json' },
						body: method === 'GET' ? undefined : '{}'
					});
					expect([401, 405], `${method} ${path}`).toContain(response.status);
					expect(await response.text()).not.toContain(a.name);
				}
			}
		}
	}, 120_000);
});
