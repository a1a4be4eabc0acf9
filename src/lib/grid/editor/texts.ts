/**
 * The list editor's words for a line's verdict: a cell's problems, the status column, the line
 * explained outside the grid, the totals. One place, so the grid's cells and the text beside the
 * grid say the same thing.
 */
import { page } from '$app/state';
import { t } from '$lib/i18n/page';
import { defaultLocale } from '$lib/i18n';
import { fieldLabel as label, hintText, reasonText as reason } from '$lib/i18n/labels/lines';
import { day } from '$lib/format';
import { COLUMNS, lineConflict, type Column, type Reason } from '$lib/registration';
import type { RowState, Summary } from '../model';
import type { LinePrediction, PredictionCounts } from '../predictions';
import * as m from '$lib/paraglide/messages';

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
	const conflict = lineConflict(state.duplicates);
	if (conflict?.kind === 'email' && field === 'email')
		out.push(t(m['grid.dup.same-email'], { line: conflict.ownerRow + 1 }));
	return out;
}

/**
 * The warning of a line that repeats a person listed higher up (null for any other line): it is
 * sent, comes back with code 2 and costs a line unless it is removed.
 */
export function warningOf(state: RowState): string | null {
	const conflict = lineConflict(state.duplicates);
	if (state.empty || conflict?.kind !== 'copy') return null;
	return t(m['grid.dup.later-copy'], { line: conflict.firstRow + 1 });
}

/** The status column's text of a line. */
export function statusOf(state: RowState): string {
	if (state.empty) return '';
	const count = state.problems.length + Number(lineConflict(state.duplicates)?.code === 4);
	const conflict = lineConflict(state.duplicates);
	if (count === 0)
		return conflict?.kind === 'copy'
			? t(m['grid.status.copy'], { line: conflict.firstRow + 1 })
			: t(m['grid.status.ok']);
	return count === 1 ? t(m['grid.status.one']) : t(m['grid.status.many'], { count });
}

/** A check's answer for a line: the short text (grid cell) and the whole of it. */
export interface PredictionText {
	text: string;
	detail: string;
	code: LinePrediction['code'];
}

const CODE_TEXT = {
	1: () => t(m['check.code.1']),
	2: () => t(m['check.code.2']),
	3: () => t(m['check.code.3']),
	4: () => t(m['check.code.4'])
} satisfies Record<LinePrediction['code'], () => string>;

/**
 * A check's answer in words; `otherLine` is the grid line number of the line that decides it
 * (a later copy of a person), when there is one. Code 3 carries the same hint as the results.
 */
export function predictionText(p: LinePrediction, otherLine: number | null): PredictionText {
	const text =
		p.code === 2 && p.reason === 'duplicate-in-list' && otherLine !== null
			? t(m['check.code.2-line'], { line: otherLine })
			: CODE_TEXT[p.code]();
	const parts = [text];
	if (p.code !== 1 && p.reason !== 'duplicate-in-list') parts.push(reasonText(p.reason));
	if (p.code === 4 && p.reason === 'email-used-by-other' && otherLine !== null)
		parts.push(t(m['grid.dup.same-email'], { line: otherLine }));
	if (p.hint) {
		const { candidate } = p.hint;
		parts.push(
			hintText(t, p.hint.hint),
			t(m['results.hint.candidate'], {
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
		c[1] > 0 ? t(m['check.count.1'], { count: c[1] }) : '',
		c[2] > 0 ? t(m['check.count.2'], { count: c[2] }) : '',
		c[3] > 0 ? t(m['check.count.3'], { count: c[3] }) : '',
		c[4] > 0 ? t(m['check.count.4'], { count: c[4] }) : ''
	];
	return t(m['check.done'], { count: lines, results: parts.filter(Boolean).join(', ') });
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
	return `${verdict} ${t(m['check.line'], { result })}`;
}

function verdictExplanation(selected: { row: number; state: RowState } | null): string {
	if (selected === null) return t(m['grid.cell.none']);
	const { row, state } = selected;
	const line = row + 1;
	if (state.empty) return t(m['grid.cell.empty'], { line });
	const reasons: string[] = [];
	for (const field of COLUMNS) {
		for (const text of problemsOf(state, field)) reasons.push(`${fieldLabel(field)}: ${text}`);
	}
	for (const p of state.problems) if (p.field === null) reasons.push(reasonText(p.reason));
	if (reasons.length) return t(m['grid.cell.problems'], { line, reasons: reasons.join(' ') });
	const warning = warningOf(state);
	return warning ? t(m['grid.cell.warning'], { line, warning }) : t(m['grid.cell.ok'], { line });
}

/** The totals in words (lines, ready, with problems). */
export function totalsText(s: Summary): string {
	return t(m['grid.summary'], { lines: s.lines, ready: s.ready, problems: s.problems });
}

/** How many ready lines repeat a person listed higher up (empty when none). */
export function copiesText(s: Summary): string {
	return s.copies ? t(m['grid.summary.copies'], { count: s.copies }) : '';
}

/** The totals and the copies among them, as announced to screen readers. */
export function summaryText(s: Summary): string {
	return [totalsText(s), copiesText(s)].filter(Boolean).join(' ');
}
