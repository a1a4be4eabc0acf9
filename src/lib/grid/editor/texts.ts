/**
 * The list editor's words for a line's verdict: a cell's problems, the status column, the line
 * explained outside the grid, the totals. One place, so the grid's cells and the text beside the
 * grid say the same thing.
 */
import { page } from '$app/state';
import { t } from '$lib/i18n/page';
import { defaultLocale } from '$lib/i18n';
import { fieldLabel as label, hintText, reasonText as reason } from '$lib/i18n/labels';
import { day } from '$lib/format';
import { COLUMNS, type Column, type Reason } from '$lib/registration';
import type { RowState, Summary } from '../model';
import type { LinePrediction, PredictionCounts } from '../predictions';

export function fieldLabel(field: Column): string {
	return label(t, field);
}

function reasonText(code: Reason): string {
	return reason(t, code);
}

/** Plain-language problems of one cell of a line (empty when the cell is fine). */
export function problemsOf(state: RowState, field: Column): string[] {
	const out: string[] = [];
	for (const p of state.problems) if (p.field === field) out.push(reasonText(p.reason));
	for (const d of state.duplicates) {
		const line = d.otherRow + 1;
		if (d.reason === 'duplicate-in-list' && (field === 'lastName' || field === 'firstName'))
			out.push(t('grid.dup.same-person', { line }));
		if (d.reason === 'email-used-by-other' && field === 'email')
			out.push(t('grid.dup.same-email', { line }));
	}
	return out;
}

/** The status column's text of a line. */
export function statusOf(state: RowState): string {
	if (state.empty) return '';
	const count = state.problems.length + state.duplicates.length;
	if (count === 0) return t('grid.status.ok');
	return count === 1 ? t('grid.status.one') : t('grid.status.many', { count });
}

/** A check's answer for a line: the short text (grid cell) and the whole of it. */
export interface PredictionText {
	text: string;
	detail: string;
	code: LinePrediction['code'];
}

const CODE_TEXT = {
	1: () => t('check.code.1'),
	2: () => t('check.code.2'),
	3: () => t('check.code.3'),
	4: () => t('check.code.4')
} satisfies Record<LinePrediction['code'], () => string>;

/**
 * A check's answer in words; `otherLine` is the grid line number of the line that decides it
 * (a later copy of a person), when there is one. Code 3 carries the same hint as the results.
 */
export function predictionText(p: LinePrediction, otherLine: number | null): PredictionText {
	const text =
		p.code === 2 && p.reason === 'duplicate-in-list' && otherLine !== null
			? t('check.code.2-line', { line: otherLine })
			: CODE_TEXT[p.code]();
	const parts = [text];
	if (p.code !== 1 && p.reason !== 'duplicate-in-list') parts.push(reasonText(p.reason));
	if (p.code === 4 && p.reason === 'email-used-by-other' && otherLine !== null)
		parts.push(t('grid.dup.same-email', { line: otherLine }));
	if (p.hint) {
		const { candidate } = p.hint;
		parts.push(
			hintText(t, p.hint.hint),
			t('results.hint.candidate', {
				lastName: candidate.lastName,
				firstName: candidate.firstName,
				birthDate: day(candidate.birthDate, page.data.locale ?? defaultLocale, 'short'),
				postcode: candidate.postcode
			})
		);
	}
	// The short text is a label; followed by sentences, it ends like one.
	const detail = parts.length > 1 ? `${text}. ${parts.slice(1).join(' ')}` : text;
	return { text, detail, code: p.code };
}

/** What a check found, to announce when it answers. */
export function checkDoneText(lines: number, c: PredictionCounts): string {
	const parts = [
		c[1] > 0 ? t('check.count.1', { count: c[1] }) : '',
		c[2] > 0 ? t('check.count.2', { count: c[2] }) : '',
		c[3] > 0 ? t('check.count.3', { count: c[3] }) : '',
		c[4] > 0 ? t('check.count.4', { count: c[4] }) : ''
	];
	return t('check.done', { count: lines, results: parts.filter(Boolean).join(', ') });
}

/**
 * The selected line (physical index) and its verdict in words, or that nothing is selected; with
 * the last check's answer for it, when there is one.
 */
export function lineExplanation(
	selected: { row: number; state: RowState } | null,
	prediction: PredictionText | null = null
): string {
	const verdict = verdictExplanation(selected);
	if (!prediction) return verdict;
	const result = /[.?!]$/.test(prediction.detail) ? prediction.detail : `${prediction.detail}.`;
	return `${verdict} ${t('check.line', { result })}`;
}

function verdictExplanation(selected: { row: number; state: RowState } | null): string {
	if (selected === null) return t('grid.cell.none');
	const { row, state } = selected;
	const line = row + 1;
	if (state.empty) return t('grid.cell.empty', { line });
	const reasons: string[] = [];
	for (const field of COLUMNS) {
		for (const text of problemsOf(state, field)) reasons.push(`${fieldLabel(field)}: ${text}`);
	}
	for (const p of state.problems) if (p.field === null) reasons.push(reasonText(p.reason));
	return reasons.length
		? t('grid.cell.problems', { line, reasons: reasons.join(' ') })
		: t('grid.cell.ok', { line });
}

export function summaryText(s: Summary): string {
	return t('grid.summary', { lines: s.lines, ready: s.ready, problems: s.problems });
}
