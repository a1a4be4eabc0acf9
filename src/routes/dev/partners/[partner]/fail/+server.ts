import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { setStandInMode } from '$lib/server/dev/partner-stand-in';
import { requireStandInPartner } from '$lib/server/http/dev';
import type { RequestHandler } from './$types';

const Body = v.object({ mode: v.picklist(['up', 'down']) });

/** Switches the stand-in partner down (every API call answers 503) or up again. */
export const POST: RequestHandler = async ({ locals, platform, params, request }) => {
	const partner = requireStandInPartner(platform?.env, request, params.partner);
	const parsed = v.safeParse(Body, await request.json().catch(() => null));
	if (!parsed.success) error(400, 'mode must be "up" or "down"');
	await setStandInMode(locals.db, partner, parsed.output.mode);
	return json({ partner, mode: parsed.output.mode });
};
