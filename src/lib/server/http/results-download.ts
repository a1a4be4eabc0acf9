/** GET /werkgever/lijsten/[id]/resultaten.{xlsx,csv}: the results file, only while data is kept. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { appEnv } from '../env';
import { resultsFile, type ResultsFormat } from '../lists/results/results-file';
import { requireEmployer } from './employer';
import * as m from '$lib/paraglide/messages';

export async function downloadResults(
	event: RequestEvent<{ id: string }>,
	format: ResultsFormat
): Promise<Response> {
	const { locals, params } = event;
	const t = locals.t;
	const { employer } = await requireEmployer(event, 'view-results');
	const file = await resultsFile(
		{ db: locals.db, env: appEnv(event), t, locale: locals.locale },
		{ employerId: employer.organisationId, batchId: params.id, format }
	);
	if (!file.ok && file.reason === 'not-found') error(404, t(m['error.not-found']));
	if (!file.ok) error(410, t(m['results.download.unavailable']));
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
