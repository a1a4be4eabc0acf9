/**
 * The list editor's words for a line's verdict: a cell's problems, the status column, the line
 * explained outside the grid, the totals. One place, so the grid's cells and the text beside the
 * grid say the same thing.
 */
import { t } from '$lib/i18n/page';
import { fieldLabel as label, reasonText as reason } from '$lib/i18n/labels';
import { FIELDS, lineConflict, type Field, type Reason } from '$lib/registration';
import type { RowState, Summary } from '../model';

export function fieldLabel(field: Field): string {
	return label(t, field);
}

function reasonText(code: Reason): string {
	return reason(t, code);
}

/** Plain-language problems of one cell of a line (empty when the cell is fine). */
export function problemsOf(state: RowState, field: Field): string[] {
	const out: string[] = [];
	for (const p of state.problems) if (p.field === field) out.push(reasonText(p.reason));
	const conflict = lineConflict(state.duplicates);
	if (conflict?.kind === 'email' && field === 'email')
		out.push(t('grid.dup.same-email', { line: conflict.ownerRow + 1 }));
	return out;
}

/**
 * The warning of a line that repeats a person listed higher up (null for any other line): it is
 * sent, comes back with code 2 and costs a line unless it is removed.
 */
export function warningOf(state: RowState): string | null {
	const conflict = lineConflict(state.duplicates);
	if (state.empty || conflict?.kind !== 'copy') return null;
	return t('grid.dup.later-copy', { line: conflict.firstRow + 1 });
}

/** The status column's text of a line. */
export function statusOf(state: RowState): string {
	if (state.empty) return '';
	const count = state.problems.length + Number(lineConflict(state.duplicates)?.code === 4);
	const conflict = lineConflict(state.duplicates);
	if (count === 0)
		return conflict?.kind === 'copy'
			? t('grid.status.copy', { line: conflict.firstRow + 1 })
			: t('grid.status.ok');
	return count === 1 ? t('grid.status.one') : t('grid.status.many', { count });
}

/** The selected line (physical index) and its verdict in words, or that nothing is selected. */
export function lineExplanation(selected: { row: number; state: RowState } | null): string {
	if (selected === null) return t('grid.cell.none');
	const { row, state } = selected;
	const line = row + 1;
	if (state.empty) return t('grid.cell.empty', { line });
	const reasons: string[] = [];
	for (const field of FIELDS) {
		for (const text of problemsOf(state, field)) reasons.push(`${fieldLabel(field)}: ${text}`);
	}
	for (const p of state.problems) if (p.field === null) reasons.push(reasonText(p.reason));
	if (reasons.length) return t('grid.cell.problems', { line, reasons: reasons.join(' ') });
	const warning = warningOf(state);
	return warning ? t('grid.cell.warning', { line, warning }) : t('grid.cell.ok', { line });
}

/** The totals in words (lines, ready, with problems). */
export function totalsText(s: Summary): string {
	return t('grid.summary', { lines: s.lines, ready: s.ready, problems: s.problems });
}

/** How many ready lines repeat a person listed higher up (empty when none). */
export function copiesText(s: Summary): string {
	return s.copies ? t('grid.summary.copies', { count: s.copies }) : '';
}

/** The totals and the copies among them, as announced to screen readers. */
export function summaryText(s: Summary): string {
	return [totalsText(s), copiesText(s)].filter(Boolean).join(' ');
}
