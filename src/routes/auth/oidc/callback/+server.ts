import { error } from '@sveltejs/kit';
import { federatedLoginConfigured, handleCallback } from '$lib/server/auth/oidc';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	if (!federatedLoginConfigured(event.platform?.env)) error(404, 'Not found');
	return handleCallback(event);
};
