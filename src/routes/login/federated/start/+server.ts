import { error, redirect } from '@sveltejs/kit';
import { federatedLoginConfigured, startFederatedLogin } from '$lib/server/auth/oidc';
import type { RequestHandler } from './$types';

// A plain link (GET), not a form: the CSP's form-action 'self' rightly forbids a form post that
// redirects to another origin.
export const GET: RequestHandler = async (event) => {
	if (!federatedLoginConfigured(event.platform?.env)) error(404, 'Not found');
	redirect(303, await startFederatedLogin(event));
};
