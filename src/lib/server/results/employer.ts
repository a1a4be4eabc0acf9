import type { RequestEvent } from '@sveltejs/kit';
import { requireKind } from '../auth/guards';
import { employerContext, requireEmployerContext } from '../organisations';
import { requireAllowedLoginMethod } from '../mandates/federated-guard';
import { requirePermission, type EmployerAction } from '../permissions';

/**
 * The signed-in employer for endpoints and form actions (the employer layout's load does not run
 * for those): kind, organisation, allowed login method and the permission for `action`.
 */
export async function employerFor(event: RequestEvent, action: EmployerAction) {
	const { locals, url } = event;
	const user = requireKind(locals, url, 'employer');
	const employer = requireEmployerContext(
		await employerContext(locals.db, user.id, locals.session?.activeOrganizationId)
	);
	await requireAllowedLoginMethod(locals.db, locals.session, employer.organisationId);
	requirePermission(employer, action);
	return { user, employer };
}
