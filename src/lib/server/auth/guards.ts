import { redirect } from '@sveltejs/kit';
import type { UserKind } from '../db/schema';

const openDuringPasswordChange = ['/wachtwoord-wijzigen', '/logout', '/taal', '/_app/', '/favicon'];

/** Paths a user with a pending start password may still reach. */
export function pathsOpenDuringPasswordChange(pathname: string): boolean {
	return openDuringPasswordChange.some((open) => pathname === open || pathname.startsWith(open));
}

/** Where a person lands after logging in. */
export function homeFor(kind: string | null | undefined): string {
	if (kind === 'staff') return '/beheer';
	if (kind === 'employer') return '/werkgever';
	return '/mijn';
}

/** Guard for an area's layout: anonymous → login (returning here), other kinds → their own home. */
export function requireKind(locals: App.Locals, url: URL, kind: UserKind) {
	const user = locals.user;
	if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	if (user.kind !== kind) redirect(303, homeFor(user.kind));
	return user;
}
