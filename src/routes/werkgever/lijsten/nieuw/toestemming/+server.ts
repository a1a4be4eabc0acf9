/**
 * The consent template: a plain UTF-8 text file (with byte-order mark so Notepad and Word pick
 * the right encoding) in the user's language, with [placeholders] the employer fills in.
 */
import { requireEmployer } from '$lib/server/http/employer';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';

export const GET: RequestHandler = async ({ locals, url }) => {
	await requireEmployer({ locals, url }, 'submit-list');
	const t = locals.t;
	const title = t(m['grid.consent-doc.title']);
	const body = [
		title,
		'='.repeat(title.length),
		'',
		t(m['grid.consent-doc.body']),
		'',
		t(m['grid.consent-doc.choice']),
		'',
		t(m['grid.consent-doc.withdraw']),
		'',
		t(m['grid.consent-doc.fields']),
		''
	].join('\r\n');
	return new Response(`\uFEFF${body}`, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="${t(m['grid.consent-doc.filename'])}"`,
			'cache-control': 'private, no-store'
		}
	});
};
