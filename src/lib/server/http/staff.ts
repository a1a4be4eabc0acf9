import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { getEmployer } from '../backoffice/employers';
import { Id } from '../db/ids';
import { requireKind } from './signed-in';
import * as m from '$lib/paraglide/messages';

const ENROL_PATH = '/beheer/tweestaps-instellen';

/**
 * THE guard of the back office: every /beheer load AND action (form actions do not run the layout's load): staff only,
 * and only once two-step login is set up — until then the enrolment page is the one way in.
 */
export function requireStaff(locals: App.Locals, url: URL) {
	const user = requireKind(locals, url, 'staff');
	const enrolled = (user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled === true;
	if (!enrolled && url.pathname !== ENROL_PATH) redirect(303, ENROL_PATH);
	return user;
}

/** requireStaff, then the employer of the route's `[id]`: 404 for an unknown or malformed id. */
export async function requireStaffEmployer(locals: App.Locals, url: URL, id: string) {
	const staff = requireStaff(locals, url);
	const employer = v.is(Id, id) ? await getEmployer(locals.db, id) : undefined;
	if (!employer) error(404, locals.t(m['error.not-found']));
	return { staff, employer };
}
