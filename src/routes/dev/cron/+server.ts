import { error, json } from '@sveltejs/kit';
import { isLocalRequest } from '$lib/server/dev/local';
import { runScheduled } from '$lib/server/worker/scheduled';
import type { RequestHandler } from './$types';

/**
 * Runs the cron (retention purge and re-drive) now, by the app clock, and answers what it did
 * (counts only). wrangler dev does not fire cron triggers: `npm start` calls this instead. Exists
 * only when the app runs locally.
 */
export const POST: RequestHandler = async ({ locals, platform, request }) => {
	if (!platform || !isLocalRequest(platform.env, request)) error(404, 'Not found');
	return json(await runScheduled(locals.now, platform.env));
};
