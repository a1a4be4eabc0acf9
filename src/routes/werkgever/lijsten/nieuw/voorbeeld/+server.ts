/**
 * The example list: an .xlsx with the five headers in the user's language, one example line, the
 * name/postcode/e-mail columns formatted as text (so Excel keeps leading zeros and does not
 * "correct" anything) and the birth date as a real date cell shown dd/mm/yyyy.
 */
import { requireEmployer } from '$lib/server/http/employer';
import { buildExampleWorkbook } from './example';
import type { RequestHandler } from './$types';
import * as m from '$lib/paraglide/messages';

export const GET: RequestHandler = async ({ locals, url }) => {
	await requireEmployer({ locals, url }, 'submit-list');
	const bytes = await buildExampleWorkbook(locals.t);
	return new Response(bytes, {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${locals.t(m['grid.example.filename'])}"`,
			'cache-control': 'private, no-store'
		}
	});
};
