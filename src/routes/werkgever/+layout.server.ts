import { requireKind } from '$lib/server/auth/guards';
import { employerContext, requireEmployerContext } from '$lib/server/organisations';
import { organisationsOf } from '$lib/server/mandates/requests';
import { requireAllowedLoginMethod } from '$lib/server/mandates/federated-guard';
import { can } from '$lib/server/permissions';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const user = requireKind(locals, url, 'employer');
	const employer = requireEmployerContext(
		await employerContext(locals.db, user.id, locals.session?.activeOrganizationId)
	);
	await requireAllowedLoginMethod(locals.db, locals.session, employer.organisationId);
	return {
		employer,
		organisations: await organisationsOf(locals.db, user.id),
		canManageMandates: can(employer.role, 'manage-mandates')
	};
};
