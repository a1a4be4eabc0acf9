import { error } from '@sveltejs/kit';
import { isLocalRequest } from '$lib/server/dev/local';
import { getDevMail } from '$lib/server/mail/dev-mailbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, platform, request }) => {
	if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
	const mail = await getDevMail(locals.db, params.id);
	if (!mail) error(404, 'Not found');
	return { mail: { id: mail.id, to: mail.to, subject: mail.subject, text: mail.text } };
};
