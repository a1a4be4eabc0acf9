import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { now, setLocalClock } from '$lib/server/clock';
import { isLocalRequest } from '$lib/server/dev/local';
import type { RequestHandler } from './$types';

const ClockRequest = v.object({ at: v.nullable(v.pipe(v.string(), v.isoTimestamp())) });

/** The app's clock as tests see it (local and loopback only, like /dev/seed). */
export const GET: RequestHandler = async ({ platform, request }) => {
	if (!platform || !isLocalRequest(platform.env, request)) error(404, 'Not found');
	return json({ now: now(platform.env).toISOString() });
};

/** Sets the app's clock to `at` (null: back to normal); tests use it instead of waiting. */
export const POST: RequestHandler = async ({ platform, request }) => {
	if (!platform || !isLocalRequest(platform.env, request)) error(404, 'Not found');
	const parsed = v.safeParse(ClockRequest, await request.json().catch(() => null));
	if (!parsed.success) error(400, 'Expected {"at": ISO timestamp | null}');
	setLocalClock(platform.env, parsed.output.at ? new Date(parsed.output.at) : null);
	return json({ now: now(platform.env).toISOString() });
};
