import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { SESSION_COOKIE } from '$lib/server/auth';
import worker from '../../src/worker';

/** The one origin worker tests speak to the app on (a loopback address, like `npm start`). */
export const origin = 'http://127.0.0.1';

/** The second-factor challenge cookie better-auth sets between password and TOTP. */
export const TWO_FACTOR_COOKIE = SESSION_COOKIE.replace(/session$/, 'two_factor');

/** Headers with the app's own Origin, as a browser sends on a form post (the CSRF check). */
export function withOrigin(headers: Record<string, string> = {}): Record<string, string> {
	return { origin, ...headers };
}

/** `name=value` of a cookie a response sets (undefined when absent or cleared). */
export function cookieValue(response: Response, name = SESSION_COOKIE): string | undefined {
	const pair = response.headers
		.getSetCookie()
		.find((c) => c.startsWith(`${name}=`))
		?.split(';')[0];
	return pair && pair !== `${name}=` ? pair : undefined;
}

/** The whole Set-Cookie line of a cookie (its attributes too), for tests of the attributes. */
export function setCookieLine(response: Response, name = SESSION_COOKIE): string | undefined {
	return response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
}

/**
 * A request to the app that returns once its background work (waitUntil: mails, registrations)
 * has ended too: the fact to wait on before asserting that something did NOT happen.
 */
export async function fetchSettled(request: Request): Promise<Response> {
	const ctx = createExecutionContext();
	const response = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
	await waitOnExecutionContext(ctx);
	return response;
}

export type FormOptions = {
	cookie?: string;
	ip?: string;
	headers?: Record<string, string>;
	/** Return only when the request's background work has ended too (fetchSettled). */
	settled?: boolean;
};

/** A form post as a browser without JavaScript sends it (no redirects followed). */
export function postForm(
	path: string,
	fields: Record<string, string | string[]>,
	options: FormOptions = {}
) {
	const body = new URLSearchParams();
	for (const [key, value] of Object.entries(fields))
		for (const one of [value].flat()) body.append(key, one);
	const headers = withOrigin({
		accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded',
		...(options.cookie ? { cookie: options.cookie } : {}),
		...(options.ip ? { 'cf-connecting-ip': options.ip } : {}),
		...options.headers
	});
	const init: RequestInit = { method: 'POST', body, headers, redirect: 'manual' };
	return options.settled
		? fetchSettled(new Request(`${origin}${path}`, init))
		: exports.default.fetch(`${origin}${path}`, init);
}

/** Password login through the form; the session cookie (`name=value`), or throws. */
export async function loginAs(
	email: string,
	password: string,
	options: FormOptions & { remember?: boolean } = {}
): Promise<string> {
	const fields: Record<string, string> = { email, password };
	if (options.remember) fields.remember = 'on';
	const response = await postForm('/login', fields, options);
	const cookie = cookieValue(response);
	if (!cookie) throw new Error(`login failed: ${response.status}`);
	return cookie;
}

/**
 * Polls `condition` until it returns a value other than undefined/null/false, and returns it.
 * Waits on a fact (a state reached, a queue drained), never a fixed time; `what` names the fact
 * in the error when it does not come within `timeoutMs`.
 */
export async function waitFor<T>(
	condition: () => Promise<T | undefined | null | false> | T | undefined | null | false,
	what: string,
	{ timeoutMs = 20_000, intervalMs = 50 } = {}
): Promise<T> {
	// Counted in polls, not read from a clock: tests move the isolate's Date (clock.ts).
	for (let polls = Math.ceil(timeoutMs / intervalMs); ; polls--) {
		const value = await condition();
		if (value !== undefined && value !== null && value !== false) return value;
		if (polls <= 0) throw new Error(`waited ${timeoutMs} ms for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
