/**
 * The results download (.xlsx and .csv): the line number, the five submitted columns, the code,
 * its label and explanation and the roster hint in words, in the user's language. Written by
 * $lib/export (formula injection, quoting); line number and code are the only numbers. The .xlsx
 * has a frozen header row with an autofilter and columns wide enough to read.
 */
import { FIELDS } from '$lib/registration';
import { fieldLabel, hintText, reasonText, resultLabel } from '$lib/i18n/labels/lines';
import type { Locale, Translate } from '$lib/i18n';
import { formatter } from '$lib/format';
import { toCsv, toXlsx, type ExportCell } from '$lib/export/escape-cell';
import type { Db } from '../../db';
import { getBatchView } from '../read';
import { readResultLines, type ResultLine } from './batch-lines';
import * as m from '$lib/paraglide/messages';

type Cell = ExportCell;

/** Header plus one row per line; purged lines keep their code and explanation only. */
export function resultsTable(lines: ResultLine[], t: Translate, locale: Locale): Cell[][] {
	const f = formatter(locale);
	const header: Cell[] = [
		t(m['results.col.line']),
		...FIELDS.map((f) => fieldLabel(t, f)),
		t(m['results.col.code']),
		t(m['results.col.label']),
		t(m['results.col.explanation']),
		t(m['results.col.hint'])
	];
	const body = lines.map((l): Cell[] => [
		l.line,
		...FIELDS.map((f) => l.row?.[f] ?? ''),
		l.code,
		l.code ? resultLabel(t, l.code) : t(m['results.label.pending']),
		explanation(l, t),
		l.hint
			? `${hintText(t, l.hint.hint)} ${t(m['results.hint.candidate'], {
					lastName: l.hint.candidate.lastName,
					firstName: l.hint.candidate.firstName,
					birthDate: f.day(l.hint.candidate.birthDate, 'short'),
					postcode: l.hint.candidate.postcode
				})}`
			: ''
	]);
	return [header, ...body];
}

function explanation(l: ResultLine, t: Translate): string {
	const parts = [l.reason ? reasonText(t, l.reason) : ''];
	if (l.correctedIn) parts.push(t(m['results.corrected-in'], { number: l.correctedIn.number }));
	else if (!l.row && l.code) parts.push(t(m['results.line-purged']));
	return parts.filter(Boolean).join(' ');
}

function resultsCsv(table: Cell[][]): string {
	return toCsv(table, ';');
}

/** Characters per column: line, the five fields, code, label, explanation, hint. */
export const RESULT_WIDTHS = [6, 24, 18, 10, 14, 34, 6, 20, 60, 70];

export async function resultsXlsx(
	table: Cell[][],
	sheetName: string
): Promise<Uint8Array<ArrayBuffer>> {
	// Loaded on demand: SheetJS is large and only the downloads need it on the server.
	const XLSX = await import('@e965/xlsx');
	return toXlsx(XLSX, [{ name: sheetName, rows: table, widths: RESULT_WIDTHS, header: true }]);
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
	deps: { db: Db; env: Pick<Env, 'BATCH_KEYS'>; t: Translate; locale: Locale },
	input: { employerId: string; batchId: string; format: ResultsFormat }
): Promise<ResultsFileOutcome> {
	const { db, env, t } = deps;
	const batch = await getBatchView(db, { employerId: input.employerId, batchId: input.batchId });
	if (!batch) return { ok: false, reason: 'not-found' };
	const lines = await readResultLines(db, env, batch.id);
	if (batch.status !== 'completed' || !lines.some((l) => l.row)) {
		return { ok: false, reason: 'unavailable' };
	}
	const table = resultsTable(lines, t, deps.locale);
	const name = t(m['results.download.filename'], { number: batch.number });
	const body =
		input.format === 'xlsx'
			? await resultsXlsx(table, t(m['batch.title'], { number: batch.number }))
			: resultsCsv(table);
	return {
		ok: true,
		body,
		filename: `${name}.${input.format}`,
		contentType: TYPES[input.format]
	};
}
