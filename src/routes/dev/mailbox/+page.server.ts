import { error } from '@sveltejs/kit';
import { isLocalRequest } from '$lib/server/dev/local';
import { listDevMail } from '$lib/server/mail/dev-mailbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, platform, request }) => {
	if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
	return { mails: await listDevMail(locals.db) };
};
