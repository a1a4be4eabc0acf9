import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ locals, request }) => {
		if (locals.session) await locals.auth.api.signOut({ headers: request.headers });
		redirect(303, '/login');
	}
};
