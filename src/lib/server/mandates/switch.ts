import type { RequestEvent } from '@sveltejs/kit';
import { organisationsOf } from './requests';

/**
 * Makes one of the user's organisations the session's active one (better-auth's organization
 * plugin, which checks the membership again). Every employer page and query then uses it.
 */
export async function switchOrganisation(
	event: RequestEvent,
	organisationId: string
): Promise<boolean> {
	const user = event.locals.user;
	if (!user) return false;
	const mine = await organisationsOf(event.locals.db, user.id);
	if (!mine.some((org) => org.id === organisationId)) return false;
	await event.locals.auth.api.setActiveOrganization({
		body: { organizationId: organisationId },
		headers: event.request.headers
	});
	return true;
}
