import type { RequestEvent } from '@sveltejs/kit';
import { can, type EmployerAction } from '../permissions';
import { organisationsOf } from './requests';

type SwitchOutcome = { ok: true; role: string } | { ok: false; reason: 'not-member' };

/**
 * Makes one of the user's organisations the session's active one (better-auth's organization
 * plugin, which checks the membership again). Every employer page and query then uses it.
 */
export async function switchOrganisation(
	event: RequestEvent,
	organisationId: string
): Promise<SwitchOutcome> {
	const user = event.locals.user;
	if (!user) return { ok: false, reason: 'not-member' };
	const mine = await organisationsOf(event.locals.db, user.id);
	const target = mine.find((org) => org.id === organisationId);
	if (!target) return { ok: false, reason: 'not-member' };
	await event.locals.auth.api.setActiveOrganization({
		body: { organizationId: organisationId },
		headers: event.request.headers
	});
	return { ok: true, role: target.role };
}

/**
 * The employer pages that exist in every organisation, each with what the role must be allowed
 * (null: every member). A page of one organisation's own thing (a list, /werkgever/lijsten/[id])
 * has its counterpart: the overview it belongs to.
 */
const pages: { path: RegExp; landing: string; needs: EmployerAction | null }[] = [
	{ path: /^\/werkgever\/?$/, landing: '/werkgever', needs: null },
	{
		path: /^\/werkgever\/lijsten\/nieuw\/?$/,
		landing: '/werkgever/lijsten/nieuw',
		needs: 'submit-list'
	},
	{ path: /^\/werkgever\/lijsten(\/.*)?$/, landing: '/werkgever/lijsten', needs: 'view-batches' },
	{
		path: /^\/werkgever\/volmachten(\/.*)?$/,
		landing: '/werkgever/volmachten',
		needs: 'manage-mandates'
	},
	{ path: /^\/werkgever\/organisaties\/?$/, landing: '/werkgever/organisaties', needs: null }
];

/**
 * Where to go after switching to an organisation in which the member has `role`: the same page
 * when it exists there (and the role may see it), its overview for a page of the other
 * organisation's own data, otherwise the employer home. `from` is a same-site path (safeNext).
 */
export function landingAfterSwitch(from: string, role: string): string {
	const path = from.split(/[?#]/)[0]!;
	const page = pages.find((p) => p.path.test(path));
	if (!page || (page.needs && !can(role, page.needs))) return '/werkgever';
	return page.landing;
}
