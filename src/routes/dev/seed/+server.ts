import { error, json } from '@sveltejs/kit';
import { seedDemo } from '$lib/server/dev/seed';
import { isLocalRequest } from '$lib/server/dev/local';
import type { RequestHandler } from './$types';

/** Loads the demo data; exists only when the app runs locally (npm start calls it). */
export const POST: RequestHandler = async ({ locals, platform, request }) => {
	if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
	return json(await seedDemo(locals.db, { authSecret: platform?.env.AUTH_SECRET }));
};
