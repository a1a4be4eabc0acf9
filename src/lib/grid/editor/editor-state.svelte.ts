/**
 * The list editor's model: the grid's lines and verdicts ({@link GridModel}, not reactive: it is
 * shared with Handsontable and changes per keystroke) and, beside it, the state the panels show,
 * as `$state` fields that Svelte tracks. {@link EditorState.changed} is the one place a change of
 * the lines becomes visible: totals, the selected line's verdict, the announcement, the draft.
 */
import type Handsontable from 'handsontable/base';
import { t } from '$lib/i18n/page';
import {
	COLUMNS,
	FIELDS,
	withEmailOrder,
	withMapping,
	type Column,
	type ColumnMapping,
	type Field,
	type TableLayout
} from '$lib/registration';
import { GridModel, cellsFromRow, rowFromCells, type RowState, type Summary } from '../model';
import type { PredictionCounts } from '../predictions';
import {
	applyLayout,
	layoutSignature,
	proposedLayout,
	remap,
	toSourceTable,
	type SourceTable
} from '../table';
import { importFile, type ImportedSheet, type ImportError } from '../import';
import { clearDraft, saveDraft } from '../draft';
import { rememberMapping, rememberedMapping } from '../mapping-store';
import { fixupChanges, type Fixup } from '../fixups';
import { loadValidated } from '../validate-async';
import { checkDoneText, predictionText, summaryText, type PredictionText } from './texts';
import * as m from '$lib/paraglide/messages';

/** Screen readers hear the totals once typing pauses, not after every keystroke. */
const ANNOUNCE_AFTER_MS = 700;
/** The draft is saved once editing pauses. */
const SAVE_AFTER_MS = 1000;

/** A workbook with several sheets, waiting for the user to pick one. */
interface SheetChoice {
	file: string;
	sheets: ImportedSheet[];
}

export class EditorState {
	readonly model: GridModel;
	readonly organisationId: string;
	readonly today: string;
	readonly maxRows: number;
	/** The Handsontable instance, once the grid is on screen. */
	hot: Handsontable | null = null;

	summary: Summary = $state.raw({ lines: 0, ready: 0, problems: 0, copies: 0 });
	/** The selected line (physical index) and its verdict as of the last change. */
	selected: { row: number; state: RowState; prediction: PredictionText | null } | null =
		$state.raw(null);
	/** The totals as last announced to screen readers. */
	announcement = $state('');
	/** What the last action did (pasted, imported, fixed, restored, discarded). */
	notice = $state('');
	importError = $state('');
	/** A file is being read or a list validated. */
	busy = $state(false);
	/** The last pasted or imported table and how it is read (header row, columns, e-mail). */
	source: SourceTable | null = $state.raw(null);
	layout: TableLayout = $state.raw({ headerRow: null, mapping: [], emailOrder: [] });
	/** Per line read from the source (in order): the column its e-mail address came from. */
	emailFrom: (number | null)[] = $state.raw([]);
	/** What the last choice of another header row changed (empty: nothing chosen yet). */
	layoutNotice = $state('');
	sheetChoice: SheetChoice | null = $state.raw(null);
	onlyProblems = $state(false);
	sendAnyway = $state(false);
	/** A check before paying is under way. */
	checking = $state(false);
	/** The last check's answer per code, for the lines still as they were (null: no check yet). */
	checkCounts: PredictionCounts | null = $state.raw(null);
	/** Lines without an answer of the last check (changed or added since). */
	uncheckedLines = $state(0);
	/** What the last check found, or why it did not answer. */
	checkMessage = $state('');
	checkError = $state('');

	/** The lines that were in the grid before the current source was pasted below them. */
	#prefix: string[][] = [];
	#signature = '';
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#draftTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: { organisationId: string; today: string; maxRows: number }) {
		this.organisationId = options.organisationId;
		this.today = options.today;
		this.maxRows = options.maxRows;
		this.model = new GridModel(options.today);
	}

	/** How each column of the source maps onto the fields. */
	get mapping(): ColumnMapping {
		return this.layout.mapping;
	}

	/** Grid line number (1-based) of the first line read from the source. */
	get firstSourceLine(): number {
		return this.#prefix.length + 1;
	}

	/** Fields no column is mapped to (only while a pasted or imported table is shown). */
	get missingFields(): Field[] {
		return this.source ? FIELDS.filter((f) => !this.mapping.includes(f)) : [];
	}

	/** The grid is on screen with the lines of the model: show them without delay. */
	shown(): void {
		this.summary = this.model.summary();
		this.announcement = summaryText(this.summary);
	}

	/** After the lines changed (edit, paste, undo, rows added or removed). */
	changed(): void {
		this.summary = this.model.summary();
		this.#countPredictions();
		this.#showSelected();
		if (this.summary.problems === 0) this.sendAnyway = false;
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(
			() => (this.announcement = summaryText(this.summary)),
			ANNOUNCE_AFTER_MS
		);
		clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => void this.persistDraft(), SAVE_AFTER_MS);
	}

	/** The selection moved to another line (physical index) or was cleared. */
	select(row: number | null): void {
		this.selected =
			row === null
				? null
				: { row, state: this.model.state(row), prediction: this.predictionOf(row) };
	}

	/** The last check's answer for line `row` (physical index), in words; null when none holds. */
	predictionOf(row: number): PredictionText | null {
		const { cells, predictions } = this.model;
		const p = predictions.get(cells[row]);
		if (!p) return null;
		const other = p.other ? cells.indexOf(p.other) : -1;
		return predictionText(p, other >= 0 ? other + 1 : null);
	}

	#countPredictions(): void {
		const { predictions } = this.model;
		this.checkCounts = predictions.checked ? predictions.counts() : null;
		this.uncheckedLines = predictions.checked ? this.summary.lines - predictions.size : 0;
	}

	/**
	 * The check before paying: sends the lines (in the body, nothing else) and shows per line the
	 * code it would get. Lines edited while the server answered keep no answer.
	 */
	async check(): Promise<void> {
		if (this.checking) return;
		this.checkError = '';
		this.checkMessage = '';
		const lines = this.model.lineCells();
		if (lines.length === 0) {
			this.checkError = t(m['check.empty']);
			return;
		}
		if (lines.length > this.maxRows) {
			this.checkError = t(m['grid.submit.too-many'], { lines: lines.length, max: this.maxRows });
			return;
		}
		const rows = lines.map(rowFromCells);
		this.checking = true;
		try {
			const response = await fetch('/werkgever/lijsten/nieuw/controle', {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ rows })
			});
			const body = (await response.json().catch(() => null)) as {
				predictions?: unknown;
				message?: unknown;
			} | null;
			if (!response.ok || !Array.isArray(body?.predictions)) {
				this.checkError =
					typeof body?.message === 'string' ? body.message : t(m['check.error.failed']);
				return;
			}
			const { predictions } = this.model;
			predictions.take(lines, body.predictions);
			predictions.forget(
				lines.filter((line, i) => {
					const now = rowFromCells(line);
					const sent = rows[i]!;
					return FIELDS.some((f) => now[f] !== sent[f]);
				})
			);
			predictions.sweep(this.model.cells);
			this.hot?.render();
			this.#countPredictions();
			this.#showSelected();
			this.checkMessage = checkDoneText(lines.length, predictions.counts());
		} catch {
			this.checkError = t(m['check.error.failed']);
		} finally {
			this.checking = false;
		}
	}

	#showSelected(): void {
		if (this.selected) this.select(this.selected.row);
	}

	/** Hands the lines to the draft worker (encrypting and storing happen off the main thread). */
	async persistDraft(): Promise<void> {
		clearTimeout(this.#draftTimer);
		await saveDraft(this.organisationId, this.model.cells).catch(() => {});
	}

	/** Forgets the stored draft; ordered after any save already handed over. */
	forgetDraft(): void {
		clearTimeout(this.#draftTimer);
		void clearDraft(this.organisationId).catch(() => {});
	}

	async #loadCells(cells: string[][]): Promise<void> {
		this.checkMessage = '';
		this.checkError = '';
		if (this.onlyProblems) {
			this.onlyProblems = false;
			this.hot?.getPlugin('trimRows').untrimAll();
		}
		this.busy = true;
		try {
			await loadValidated(this.model, cells, this.today);
		} finally {
			this.busy = false;
		}
		this.hot?.loadData(this.model.cells as Handsontable.CellValue[][]);
		this.changed();
	}

	/** A pasted or imported table: mapped onto the fields and added below the lines there were. */
	async takeTable(raw: string[][], origin: string | null): Promise<void> {
		const table = toSourceTable(raw);
		this.importError = '';
		this.layoutNotice = '';
		this.#prefix = this.model.rows().map(cellsFromRow);
		this.source = table;
		const lines = await this.#read(this.#layoutWithHeader(table.detected));
		if (lines === 0) {
			this.source = null;
			return;
		}
		this.notice =
			origin === null
				? t(m['grid.paste.done'], { lines })
				: t(m['grid.import.done'], { lines, name: origin });
	}

	/** The proposed layout with this header row, or the mapping chosen before for its columns. */
	#layoutWithHeader(headerRow: number | null): TableLayout {
		const source = this.source!;
		const proposed = proposedLayout(source, headerRow);
		this.#signature = layoutSignature(source, proposed.headerRow);
		const remembered = rememberedMapping(this.organisationId, this.#signature, source.width);
		return remembered ? withMapping(proposed, remembered) : proposed;
	}

	/** Reads the source under a layout into the grid; returns how many lines it gave. */
	async #read(layout: TableLayout): Promise<number> {
		const source = this.source;
		if (!source) return 0;
		this.layout = layout;
		const { cells, emailFrom } = applyLayout(source, layout);
		this.emailFrom = emailFrom;
		await this.#loadCells([...this.#prefix, ...cells]);
		return cells.length;
	}

	/**
	 * Reads the source again with another header row (`value`: its index, or "none"), and says
	 * how many lines that gives against before.
	 */
	async changeHeaderRow(value: string): Promise<void> {
		if (!this.source) return;
		const row = value === 'none' ? null : Number(value);
		const before = this.emailFrom.length;
		const lines = await this.#read(
			this.#layoutWithHeader(row !== null && Number.isInteger(row) ? row : null)
		);
		this.layoutNotice = t(m['grid.header.changed'], { lines, before });
	}

	/** Maps `column` of the source onto another field (or none) and reads the table again. */
	changeMapping(column: number, value: string): void {
		if (!this.source) return;
		const field = (COLUMNS as readonly string[]).includes(value) ? (value as Column) : null;
		const layout = withMapping(this.layout, remap(this.layout.mapping, column, field));
		rememberMapping(this.organisationId, this.#signature, layout.mapping);
		void this.#read(layout);
	}

	/** Takes the e-mail address from these columns (`value`: indexes, comma-separated, in order). */
	changeEmailOrder(value: string): void {
		if (!this.source) return;
		const order = value
			.split(',')
			.map(Number)
			.filter((c) => Number.isInteger(c) && c >= 0 && c < (this.source?.width ?? 0));
		if (order.length === 0) return;
		const layout = withEmailOrder(this.layout, order);
		rememberMapping(this.organisationId, this.#signature, layout.mapping);
		void this.#read(layout);
	}

	async openFile(file: File): Promise<void> {
		this.importError = '';
		this.notice = '';
		this.sheetChoice = null;
		this.busy = true;
		try {
			const result = await importFile(file, this.maxRows);
			if (!result.ok) {
				this.importError = importErrorText(result.error, this.maxRows);
				return;
			}
			if (result.sheets.length > 1) {
				this.sheetChoice = { file: file.name, sheets: result.sheets };
				return;
			}
			await this.takeTable(result.sheets[0]?.rows ?? [], file.name);
		} finally {
			this.busy = false;
		}
	}

	/** Reads sheet `index` of the workbook waiting in {@link sheetChoice}. */
	useSheet(index: number): void {
		const choice = this.sheetChoice;
		this.sheetChoice = null;
		const sheet = choice?.sheets[index];
		if (choice && sheet) void this.takeTable(sheet.rows, `${choice.file} (${sheet.name})`);
	}

	applyFixup(fixup: Fixup): void {
		const hot = this.hot;
		if (!hot) return;
		const changes = fixupChanges(this.model.cells, fixup, this.today);
		if (changes.length === 0) {
			this.notice = t(m['grid.fix.none']);
			return;
		}
		for (const [row, col, value] of changes) {
			const cells = this.model.cells[row];
			if (cells) cells[col] = value;
		}
		// Changes come line by line, so each line once.
		const rows: number[] = [];
		for (const [row] of changes) if (rows[rows.length - 1] !== row) rows.push(row);
		this.model.refresh(rows);
		hot.render();
		this.changed();
		this.notice = t(m['grid.fix.done'], { count: changes.length });
	}

	/** Shows only the lines with problems, or all lines again (after `onlyProblems` changed). */
	filterProblems(): void {
		const hot = this.hot;
		if (!hot) return;
		const trim = hot.getPlugin('trimRows');
		trim.untrimAll();
		if (this.onlyProblems) {
			const keep = this.model.problemRows(); // ascending
			const hide: number[] = [];
			for (let i = 0, k = 0; i < this.model.cells.length; i++) {
				if (keep[k] === i) k++;
				else hide.push(i);
			}
			trim.trimRows(hide);
		}
		hot.render();
	}

	addRow(): void {
		const hot = this.hot;
		if (!hot) return;
		hot.selectCell(Math.max(0, hot.countRows() - 1), 0);
		hot.listen();
	}

	/** Removes every selected line. */
	removeRows(): void {
		const hot = this.hot;
		const ranges = hot?.getSelectedRange();
		if (!hot || !ranges?.length) return;
		const rows: number[] = [];
		for (const range of ranges) {
			const a = range.from.row ?? 0;
			const b = range.to.row ?? a;
			for (let r = Math.max(0, Math.min(a, b)); r <= Math.max(a, b); r++)
				if (!rows.includes(r)) rows.push(r);
		}
		hot.alter(
			'remove_row',
			rows.sort((a, b) => b - a).map((r) => [r, 1] as [number, number])
		);
		hot.listen();
	}

	undo(): void {
		this.hot?.getPlugin('undoRedo').undo();
	}

	redo(): void {
		this.hot?.getPlugin('undoRedo').redo();
	}

	/** Empties the list and forgets the draft. */
	discard(): void {
		this.forgetDraft();
		this.source = null;
		this.emailFrom = [];
		this.layoutNotice = '';
		this.#prefix = [];
		void this.#loadCells([]);
		this.notice = t(m['grid.draft.discarded']);
	}

	destroy(): void {
		clearTimeout(this.#announceTimer);
		clearTimeout(this.#draftTimer);
		this.hot?.destroy();
		this.hot = null;
	}
}

/** Why a file could not be opened, in the page's language. */
function importErrorText(error: ImportError, max: number): string {
	const messages = {
		'too-large': () => t(m['grid.import.too-large']),
		unsupported: () => t(m['grid.import.unsupported']),
		unreadable: () => t(m['grid.import.unreadable']),
		empty: () => t(m['grid.import.empty']),
		'too-many-lines': () => t(m['grid.import.too-many-lines'], { max }),
		'inflates-too-much': () => t(m['grid.import.inflates-too-much'])
	} satisfies Record<ImportError, () => string>;
	return messages[error]();
}
