import { redirect } from '@sveltejs/kit';
import { homeFor } from '../auth/landing';
import type { UserKind } from '../db/schema';

/**
 * The base of every area's guard: anonymous → /login?next=<this page>; another kind of user →
 * their own home. The area guards (employee.ts, employer.ts, staff.ts) build on it.
 */
export function requireKind(locals: App.Locals, url: URL, kind: UserKind) {
	const user = locals.user;
	if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	if (user.kind !== kind) redirect(303, homeFor(user.kind));
	return user;
}
