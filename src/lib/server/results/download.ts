/** GET /werkgever/lijsten/[id]/resultaten.{xlsx,csv}: the results file, only while data is kept. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireEmployer } from '../http/employer';
import { getBatchView } from '../batches/read';
import { readResultLines } from './batch-lines';
import { resultsCsv, resultsTable, resultsXlsx } from './results-file';

const TYPES = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
} as const;

export async function downloadResults(
	event: RequestEvent<{ id: string }>,
	format: keyof typeof TYPES
): Promise<Response> {
	const { locals, platform, params } = event;
	const t = locals.t;
	const { employer } = await requireEmployer(event, 'view-results');
	const env = platform?.env;
	if (!env) error(500, 'Cloudflare bindings missing');
	const batch = await getBatchView(locals.db, {
		employerId: employer.organisationId,
		batchId: params.id
	});
	if (!batch) error(404, t('error.not-found'));
	const lines = await readResultLines(locals.db, env, batch.id);
	if (batch.status !== 'completed' || !lines.some((l) => l.row)) {
		error(410, t('results.download.unavailable'));
	}
	const table = resultsTable(lines, t);
	const name = t('results.download.filename', { number: batch.number });
	const body =
		format === 'xlsx'
			? await resultsXlsx(table, t('batch.title', { number: batch.number }))
			: resultsCsv(table);
	return new Response(body, {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="${name}.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
}
