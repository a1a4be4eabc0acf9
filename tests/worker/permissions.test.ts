import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { requirePermission } from '$lib/server/http/employer';
import { EMPLOYER_ROLES, type EmployerRole } from '$lib/employer-roles';
import { can, employerActions, type EmployerAction } from '$lib/server/permissions';
import { member } from '$lib/server/db/schema';
import { db, get, loginCookie, makeOrganisation, post } from './mandates-helpers';

// THE matrix, written out: a change in permissions.ts must be a deliberate change here too.
const everything = Object.fromEntries(employerActions.map((a) => [a, true])) as Record<
	EmployerAction,
	boolean
>;
const expected: Record<EmployerRole, Record<EmployerAction, boolean>> = {
	owner: everything,
	beheerder: everything,
	lijsten: {
		'view-batches': true,
		'view-costs': true,
		'submit-list': true,
		'view-results': true,
		'correct-lines': true,
		'manage-mandates': false,
		'manage-tokens': false,
		'declare-organisations': false
	},
	inzage: {
		'view-batches': true,
		'view-costs': true,
		'submit-list': false,
		'view-results': false,
		'correct-lines': false,
		'manage-mandates': false,
		'manage-tokens': false,
		'declare-organisations': false
	}
};

describe('role matrix', () => {
	for (const [role, actions] of Object.entries(expected))
		for (const [action, allowed] of Object.entries(actions))
			it(`${role} × ${action} → ${allowed ? 'allowed' : 'denied'}`, () => {
				expect(can(role, action as never)).toBe(allowed);
				const guard = () => requirePermission({ role: role as never }, action as never);
				if (allowed) expect(guard).not.toThrow();
				else expect(guard).toThrow();
			});

	it('denies unknown roles and missing context', () => {
		expect(employerActions.some((a) => can('staff', a))).toBe(false);
		expect(employerActions.some((a) => can(undefined, a))).toBe(false);
		expect(() => requirePermission(null, 'view-batches')).toThrow();
	});
});

describe('role matrix on the routes', () => {
	let org: Awaited<ReturnType<typeof makeOrganisation>>;
	const cookies = {} as Record<EmployerRole, string>;
	beforeAll(async () => {
		org = await makeOrganisation();
		for (const role of EMPLOYER_ROLES) cookies[role] = await loginCookie(org.people[role].email);
	}, 120_000);

	it('shows the mandates page (manage-mandates) only to owner and beheerder', async () => {
		for (const role of EMPLOYER_ROLES) {
			const response = await get('/werkgever/volmachten', cookies[role]);
			expect(response.status, role).toBe(expected[role]['manage-mandates'] ? 200 : 403);
		}
	});

	it('refuses mandate changes (form posts) from lijsten and inzage', async () => {
		const target = await db()
			.select({ id: member.id })
			.from(member)
			.where(eq(member.userId, org.people.inzage.id))
			.get();
		for (const role of ['lijsten', 'inzage'] as const) {
			const invite = await post('/werkgever/volmachten?/invite', cookies[role], {
				email: `x-${role}@test.example`,
				role: 'beheerder'
			});
			expect(invite.status, role).toBe(403);
			const change = await post('/werkgever/volmachten?/role', cookies[role], {
				memberId: target!.id,
				role: 'beheerder'
			});
			expect(change.status, role).toBe(403);
		}
		const after = await db().select().from(member).where(eq(member.id, target!.id)).get();
		expect(after?.role).toBe('inzage');
	});

	it('lets only owner and beheerder declare organisations', async () => {
		for (const role of EMPLOYER_ROLES) {
			const response = await post('/werkgever/organisaties?/declare', cookies[role], {
				newOrganisationName: `Nieuw ${role}`,
				role: 'inzage'
			});
			expect(response.status, role).toBe(expected[role]['declare-organisations'] ? 303 : 403);
		}
	});

	it('shows every role the organisations page and the employer home', async () => {
		for (const role of EMPLOYER_ROLES) {
			expect((await get('/werkgever/organisaties', cookies[role])).status).toBe(200);
			expect((await get('/werkgever', cookies[role])).status).toBe(200);
		}
	});

	it("answers a refused page in the reader's language, not with the developer message", async () => {
		const refused = await get('/werkgever/volmachten', cookies.inzage);
		expect(refused.status).toBe(403);
		const html = await refused.text();
		expect(html).toContain('U hebt geen toegang tot deze pagina.');
		// The developer message may sit in the hydration data, never as page text.
		expect(html).not.toMatch(/>\s*Not allowed/);
	});

	it('tells a person without any organisation left what to do', async () => {
		const orphan = await makeOrganisation();
		const cookie = await loginCookie(orphan.people.lijsten.email);
		await db().delete(member).where(eq(member.userId, orphan.people.lijsten.id));
		const response = await get('/werkgever', cookie);
		expect(response.status).toBe(403);
		expect(await response.text()).toContain('U bent niet (meer) gekoppeld aan een organisatie.');
	});
});
