import { env, exports } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { organization, user } from '$lib/server/db/schema';
import { insertCredentialUser } from '$lib/server/auth/credential-user';
import { hashSecret, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';

import { cookieValue, origin, postForm, waitFor, type FormOptions } from './http';
import { nonEmpty } from '../must';

export { origin };
export const db = () => getDb(env.DB);

export function unique(label: string) {
	return `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`;
}

/** A form post as a browser without JavaScript sends it. */
export function post(path: string, fields: Record<string, string>, options: FormOptions = {}) {
	return postForm(path, fields, options);
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
	return exports.default.fetch(`${origin}${path}`, {
		headers: { accept: 'text/html', ...(cookie ? { cookie } : {}), ...headers },
		redirect: 'manual'
	});
}

export function login(email: string, password: string, ip = '198.51.100.1', remember = false) {
	const fields: Record<string, string> = { email, password };
	if (remember) fields.remember = 'on';
	return post('/login', fields, { ip });
}

/** `name=value` of the session cookie a response sets, for the next request. */
export function sessionCookie(response: Response): string | undefined {
	return cookieValue(response);
}

export async function demoEmployerId(): Promise<string> {
	const row = await db()
		.select({ id: organization.id })
		.from(organization)
		.where(eq(organization.slug, 'demo-maatwerk'))
		.get();
	return row!.id;
}

/** An employee with a start password, the way the pipeline creates one. */
export async function startPasswordUser(
	password: string,
	expiresAt = new Date(Date.now() + 30 * 86_400_000)
) {
	const email = unique('start');
	const id = await insertCredentialUser(
		db(),
		{
			name: 'Test Persoon',
			email,
			kind: 'employee',
			status: 'pending',
			origin: 'batch',
			mustChangePassword: true,
			startPasswordExpiresAt: expiresAt,
			employerId: await demoEmployerId()
		},
		await hashSecret(password, START_PASSWORD_PARAMS)
	);
	return { id, email };
}

export async function userRow(id: string) {
	return db().select().from(user).where(eq(user.id, id)).get();
}

/** The mails to this address so far (after a `settled` request: all it will send). */
export async function mailsTo(to: string) {
	const rows = await env.DB.prepare(
		'select subject, text from dev_mail where "to" = ? order by created_at'
	)
		.bind(to)
		.all<{ subject: string; text: string }>();
	return rows.results;
}

/** Mails are sent after the answer (waitUntil): wait for the first to this address. */
export async function mailTo(to: string) {
	return waitFor(async () => {
		const mails = await mailsTo(to);
		return nonEmpty(mails);
	}, 'a mail to the address');
}

export function linkIn(text: string, path: string): string {
	const match = new RegExp(
		`https?://[^\\s]+${path.replace('/', '\\/')}\\?token=[A-Za-z0-9_-]+`
	).exec(text);
	if (!match) throw new Error(`no ${path} link in mail`);
	const url = new URL(match[0]);
	return `${url.pathname}${url.search}`;
}
