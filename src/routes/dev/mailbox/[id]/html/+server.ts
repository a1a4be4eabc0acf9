import { error } from '@sveltejs/kit';
import { isLocalRequest } from '$lib/server/dev/local';
import { getDevMail } from '$lib/server/mail/dev-mailbox';
import type { RequestHandler } from './$types';

// The HTML part exactly as it was sent, under a policy that allows no script at all and a sandbox:
// a mail is shown as a mail client would, never with the app's rights.
const MAIL_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

export const GET: RequestHandler = async ({ locals, params, platform, request }) => {
	if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
	const mail = await getDevMail(locals.db, params.id);
	if (!mail) error(404, 'Not found');
	return new Response(mail.html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': MAIL_CSP,
			'cache-control': 'no-store'
		}
	});
};
