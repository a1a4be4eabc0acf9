import { error, redirect } from '@sveltejs/kit';
import { federatedLoginConfigured, startLinking } from '$lib/server/auth/oidc';
import type { RequestHandler } from './$types';

/** Second half of linking: the password was proved (a session exists); now through the provider. */
export const GET: RequestHandler = async (event) => {
	if (!federatedLoginConfigured(event.platform?.env)) error(404, 'Not found');
	if (!event.locals.user) redirect(303, '/login/federated?error=account_not_linked');
	redirect(303, await startLinking(event));
};
