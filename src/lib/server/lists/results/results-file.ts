/**
 * The results download (.xlsx and .csv): the five submitted columns, the code and its
 * explanation in the user's language. Written by $lib/export (formula injection, quoting); the
 * code is the only number.
 */
import { FIELDS } from '$lib/registration';
import { fieldLabel, reasonText, resultLabel } from '$lib/i18n/labels';
import type { Translate } from '$lib/i18n';
import { toCsv, toXlsx, type ExportCell } from '$lib/export/escape-cell';
import type { Db } from '../../db';
import { getBatchView } from '../read';
import { readResultLines, type ResultLine } from './batch-lines';

type Cell = ExportCell;

/** Header plus one row per line; purged lines keep their code and explanation only. */
function resultsTable(lines: ResultLine[], t: Translate): Cell[][] {
	const header: Cell[] = [
		...FIELDS.map((f) => fieldLabel(t, f)),
		t('results.col.code'),
		t('results.col.label'),
		t('results.col.explanation')
	];
	const body = lines.map((l): Cell[] => [
		...FIELDS.map((f) => l.row?.[f] ?? ''),
		l.code,
		l.code ? resultLabel(t, l.code) : t('results.label.pending'),
		explanation(l, t)
	]);
	return [header, ...body];
}

function explanation(l: ResultLine, t: Translate): string {
	const parts = [l.reason ? reasonText(t, l.reason) : ''];
	if (l.correctedIn) parts.push(t('results.corrected-in', { number: l.correctedIn.number }));
	else if (!l.row && l.code) parts.push(t('results.line-purged'));
	return parts.filter(Boolean).join(' ');
}

function resultsCsv(table: Cell[][]): string {
	return toCsv(table, ';');
}

async function resultsXlsx(table: Cell[][], sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
	// Loaded on demand: SheetJS is large and only the downloads need it on the server.
	const XLSX = await import('@e965/xlsx');
	return toXlsx(XLSX, [{ name: sheetName, rows: table, widths: [22, 18, 10, 14, 32, 6, 24, 60] }]);
}

const TYPES = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'text/csv; charset=utf-8'
} as const;
export type ResultsFormat = keyof typeof TYPES;

type ResultsFileOutcome =
	| { ok: true; body: Uint8Array<ArrayBuffer> | string; filename: string; contentType: string }
	| { ok: false; reason: 'not-found' | 'unavailable' };

/**
 * The results file of one of the employer's batches, only while its data is kept: `not-found`
 * for another employer's (or no) batch, `unavailable` before completion or after the purge.
 */
export async function resultsFile(
	deps: { db: Db; env: Pick<Env, 'BATCH_KEYS'>; t: Translate },
	input: { employerId: string; batchId: string; format: ResultsFormat }
): Promise<ResultsFileOutcome> {
	const { db, env, t } = deps;
	const batch = await getBatchView(db, { employerId: input.employerId, batchId: input.batchId });
	if (!batch) return { ok: false, reason: 'not-found' };
	const lines = await readResultLines(db, env, batch.id);
	if (batch.status !== 'completed' || !lines.some((l) => l.row)) {
		return { ok: false, reason: 'unavailable' };
	}
	const table = resultsTable(lines, t);
	const name = t('results.download.filename', { number: batch.number });
	const body =
		input.format === 'xlsx'
			? await resultsXlsx(table, t('batch.title', { number: batch.number }))
			: resultsCsv(table);
	return {
		ok: true,
		body,
		filename: `${name}.${input.format}`,
		contentType: TYPES[input.format]
	};
}
