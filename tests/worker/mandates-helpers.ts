import { env, exports } from 'cloudflare:workers';
import { getDb } from '$lib/server/db';
import { member, organization } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { newId } from '$lib/server/db/ids';
import { EMPLOYER_ROLES, type EmployerRole } from '$lib/employer-roles';

import { loginAs, origin, postForm } from './http';

export { origin };
export const PASSWORD = 'mandate-test-password-1';
let hash: Promise<string> | undefined;

export const db = () => getDb(env.DB);

/** An employer organisation with one person per role; returns ids and e-mails. */
export async function makeOrganisation(name = `Org ${newId().slice(0, 6)}`) {
	const d = db();
	hash ??= hashSecret(PASSWORD, START_PASSWORD_PARAMS);
	const orgId = newId();
	await d.insert(organization).values({ id: orgId, name, slug: `t-${orgId.toLowerCase()}` });
	const people = {} as Record<EmployerRole, { id: string; email: string }>;
	for (const role of EMPLOYER_ROLES) {
		const email = `${role}-${newId().slice(0, 10).toLowerCase()}@test.example`;
		const id = await insertCredentialUser(
			d,
			{ name: `${role} person`, email, emailVerified: true, kind: 'employer', origin: 'seed' },
			await hash
		);
		await d.insert(member).values({ organizationId: orgId, userId: id, role });
		people[role] = { id, email };
	}
	return { orgId, name, people };
}

/** Logs in with a password and returns the session cookie (name=value). */
export async function loginCookie(email: string, password = PASSWORD): Promise<string> {
	return loginAs(email, password);
}

export function get(path: string, cookie?: string) {
	return exports.default.fetch(`${origin}${path}`, {
		headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
		redirect: 'manual'
	});
}

export function post(path: string, cookie: string, fields: Record<string, string | string[]>) {
	return postForm(path, fields, { cookie });
}
