/**
 * The list editor's words for a line's verdict: a cell's problems, the status column, the line
 * explained outside the grid, the totals. One place, so the grid's cells and the text beside the
 * grid say the same thing.
 */
import { t } from '$lib/i18n/page';
import { fieldLabel as label, reasonText as reason } from '$lib/i18n/labels';
import { COLUMNS, type Column, type Reason } from '$lib/registration';
import type { RowState, Summary } from '../model';

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

/** The selected line (physical index) and its verdict in words, or that nothing is selected. */
export function lineExplanation(selected: { row: number; state: RowState } | null): string {
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
