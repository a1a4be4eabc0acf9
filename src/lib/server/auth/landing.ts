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
