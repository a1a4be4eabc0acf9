import { redirect } from '@sveltejs/kit';
import { requireKind } from '../auth/guards';

export const ENROL_PATH = '/beheer/tweestaps-instellen';

/**
 * Guard for every /beheer load AND action (form actions do not run the layout's load): staff only,
 * and only once two-step login is set up — until then the enrolment page is the one way in.
 */
export function requireStaff(locals: App.Locals, url: URL) {
	const user = requireKind(locals, url, 'staff');
	const enrolled = (user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled === true;
	if (!enrolled && url.pathname !== ENROL_PATH) redirect(303, ENROL_PATH);
	return user;
}
