/**
 * Handsontable, set up for the list editor: five text columns plus a read-only status column,
 * every value rendered as text (never HTML), a strict sanitizer for the little HTML the grid
 * writes itself, and hooks that keep the {@link GridModel} in step with every edit.
 * Browser-only: import it dynamically from onMount.
 */
import Handsontable from 'handsontable/base';
import { CopyPaste, TrimRows, UndoRedo, registerPlugin } from 'handsontable/plugins';
import { TextCellType, registerCellType } from 'handsontable/cellTypes';
import { textRenderer } from 'handsontable/renderers';
import { TextEditor, registerEditor } from 'handsontable/editors';
import { EDITOR_STATE } from 'handsontable/editors/baseEditor';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';
import { COLUMNS, isLaterCopy, type Column } from '$lib/registration';
import { GRID_LAYOUT } from './layout';
import type { GridModel, RowState } from './model';

registerCellType(TextCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(TrimRows);

/**
 * The text editor, positioning its hidden textarea after the next frame instead of during it.
 * Handsontable prepares the editor on every selection change (twice per Enter: once for the
 * committed cell, once for the next one), and each time measures the cell and sizes the textarea,
 * which forces several style and layout passes in the middle of the edit. While the editor is
 * closed that position only matters for IME input, and opening the editor measures again anyway,
 * so the measuring is done once, for the last prepared cell, after the frame has been painted.
 * The end state is Handsontable's own: textarea over the prepared cell, hidden unless
 * Handsontable's `prepare` would have left it shown.
 */
class GridTextEditor extends TextEditor {
	#preparing = false;
	#scheduled = false;
	#hideAfterRefresh = true;

	override prepare(...args: Parameters<TextEditor['prepare']>): void {
		// What TextEditor.prepare decides after its refreshDimensions(true).
		this.#hideAfterRefresh = this.state !== EDITOR_STATE.FINISHED;
		this.#preparing = true;
		try {
			super.prepare(...args);
		} finally {
			this.#preparing = false;
		}
	}

	override refreshDimensions(force = false): void {
		if (!this.#preparing) return super.refreshDimensions(force);
		if (this.#scheduled) return;
		this.#scheduled = true;
		requestAnimationFrame(() =>
			setTimeout(() => {
				this.#scheduled = false;
				if (this.hot.isDestroyed || this.isOpened()) return;
				super.refreshDimensions(true);
				if (this.#hideAfterRefresh) this.hideEditableElement();
			})
		);
	}

	/**
	 * Handsontable refreshes the editor's value after every data change. For a closed editor that
	 * writes the cell's value into the hidden textarea, which still has the focus right after an
	 * edit is committed, so the browser lays the page out on the spot. Nothing reads the closed
	 * textarea: opening the editor writes it from `originalValue` first. So a closed editor only
	 * takes the cell's current value as `originalValue` (as `prepare` does); an open one (a change
	 * to the cell being edited) is refreshed as before.
	 */
	override refreshValue(): void {
		if (this.isOpened()) return super.refreshValue();
		const physicalRow = this.row === null ? null : this.hot.toPhysicalRow(this.row);
		if (physicalRow !== null && this.col !== null)
			this.originalValue = this.hot.getSourceDataAtCell(physicalRow, this.col);
	}

	/** The textarea gets its accessible name when it is made (see {@link createGrid}). */
	override createElements(): void {
		super.createElements();
		// Handsontable builds its root element inside the container we gave it.
		for (let node: HTMLElement | null = this.hot.rootElement; node; node = node.parentElement) {
			const label = editorLabels.get(node);
			if (label) return this.TEXTAREA.setAttribute('aria-label', label);
		}
	}
}

/** Accessible name of each grid's cell editor, by the grid's container. */
const editorLabels = new WeakMap<HTMLElement, string>();

registerEditor('grid-text', GridTextEditor);

/** Texts the grid needs, already translated (column headers are ours, never user data). */
interface GridTexts {
	columns: Record<Column, string>;
	status: string;
	label: string;
	/** Accessible name of Handsontable's cell editor (a bare textarea otherwise). */
	editorLabel: string;
	/** Status cell text of a line. */
	statusOf(state: RowState): string;
	/** Plain-language problems of one cell (empty when the cell is fine). */
	cellProblems(row: number, field: Column): string[];
	/** Header of the column with the last check's answer. */
	check: string;
	/** The last check's answer for a line (physical index): short text, the whole of it, code. */
	predictionOf(row: number): { text: string; detail: string; code: number } | null;
}

interface GridOptions {
	licenseKey: string;
	model: GridModel;
	texts: GridTexts;
	/** After the model changed (edit, paste, undo, rows added or removed). */
	onModelChange(): void;
	/** The selection moved to another line (physical index) or was cleared (null). */
	onSelectRow(row: number | null): void;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The grid's sanitizer. Headers are our own labels: escaped. HTML from the clipboard (Excel and
 * Sheets put a table there) is reduced to a bare table of escaped text, so no attribute, script
 * or style of the source survives. Handsontable's own clipboard payload is parsed inertly by
 * Handsontable and passes unchanged, as its documentation prescribes.
 */
function sanitize(content: string, source?: string): string {
	if (source === 'CopyPaste.paste.sourceData') return content;
	if (source === 'CopyPaste.paste') {
		const doc = new DOMParser().parseFromString(content, 'text/html');
		const rows = [...doc.querySelectorAll('tr')].map(
			(tr) =>
				`<tr>${[...tr.querySelectorAll('td,th')].map((cell) => `<td>${escapeHtml(cell.textContent ?? '')}</td>`).join('')}</tr>`
		);
		return rows.length ? `<table>${rows.join('')}</table>` : escapeHtml(doc.body.textContent ?? '');
	}
	return escapeHtml(content);
}

/** Edits touching more lines than this are redrawn in full (see `flushEdit`). */
const TARGETED_MAX_ROWS = 50;

export function createGrid(container: HTMLElement, options: GridOptions): Handsontable {
	const { model, texts } = options;

	const dataRenderer: Handsontable.renderers.BaseRenderer = function (
		instance,
		td,
		row,
		col,
		prop,
		value,
		cellProperties
	) {
		textRenderer(instance, td, row, col, prop, value, cellProperties);
		const field = COLUMNS[col];
		const problems = field ? texts.cellProblems(instance.toPhysicalRow(row), field) : [];
		if (problems.length) {
			td.classList.add('cell-problem');
			td.title = problems.join(' ');
			const hidden = td.ownerDocument.createElement('span');
			hidden.className = 'visually-hidden';
			hidden.textContent = ` (${problems.join(' ')})`;
			td.appendChild(hidden);
		} else {
			td.classList.remove('cell-problem');
			td.removeAttribute('title');
		}
	};

	const statusRenderer: Handsontable.renderers.BaseRenderer = function (
		instance,
		td,
		row,
		col,
		prop,
		_value,
		cellProperties
	) {
		const state = model.state(instance.toPhysicalRow(row));
		textRenderer(instance, td, row, col, prop, texts.statusOf(state), cellProperties);
		const bad = model.hasProblem(instance.toPhysicalRow(row));
		const copy = !bad && isLaterCopy(state);
		td.classList.toggle('status-problem', bad);
		td.classList.toggle('status-copy', copy);
		td.classList.toggle('status-ok', !state.empty && !bad && !copy);
	};

	const checkRenderer: Handsontable.renderers.BaseRenderer = function (
		instance,
		td,
		row,
		col,
		prop,
		_value,
		cellProperties
	) {
		const p = texts.predictionOf(instance.toPhysicalRow(row));
		textRenderer(instance, td, row, col, prop, p?.text ?? '', cellProperties);
		for (const code of [1, 2, 3, 4]) td.classList.toggle(`check-${code}`, p?.code === code);
		if (p && p.detail !== p.text) {
			td.title = p.detail;
			const hidden = td.ownerDocument.createElement('span');
			hidden.className = 'visually-hidden';
			hidden.textContent = ` (${p.detail})`;
			td.appendChild(hidden);
		} else td.removeAttribute('title');
	};
	const rendererOf = (col: number) =>
		col < COLUMNS.length ? dataRenderer : col === COLUMNS.length ? statusRenderer : checkRenderer;

	/**
	 * Repainting an edit. Handsontable redraws every rendered cell (~100) after each data change,
	 * and moving the selection after Enter draws once more; that full redraw was most of an edit's
	 * cost. An ordinary edit changes only the lines {@link GridModel.refresh} returns, so the
	 * redraw is postponed to the end of the current task (`suspendRender`), those lines' cells are
	 * re-rendered in place with the same renderers, and the one remaining draw is a fast one
	 * (positions and selection only; Handsontable still re-renders in full if the viewport moved).
	 * Whatever changes the grid's shape (rows created, removed, trimmed or reordered), a line whose
	 * height changed, a large change, or a render already suspended by Handsontable itself (paste,
	 * batch) keeps the full redraw.
	 */
	let pendingRows: Set<number> | null = null;
	let shapeChanged = false;
	let renderedRowCount = -1;

	/**
	 * Re-renders the cells of the given lines that are on screen, in place. Returns false when a
	 * line's height changed (a value that wraps onto another line, or no longer does): the full
	 * draw re-measures row heights and lines up the row headers, the fast one does not.
	 */
	function repaintInPlace(instance: Handsontable, physicalRows: Iterable<number>): boolean {
		const lastColumn = COLUMNS.length + 1;
		const lines: { visual: number; tr: HTMLElement; height: number }[] = [];
		for (const physical of physicalRows) {
			const visual = instance.toVisualRow(physical);
			if (visual === null || visual < 0) continue; // trimmed by the problem filter
			const tr = instance.getCell(visual, 0, true)?.parentElement;
			if (tr) lines.push({ visual, tr, height: 0 }); // else not rendered: nothing to update
		}
		// Reads, then writes, then reads again: two layouts, however many lines.
		for (const line of lines) line.height = line.tr.offsetHeight;
		for (const { visual } of lines) {
			for (let col = 0; col <= lastColumn; col++) {
				const td = instance.getCell(visual, col, true);
				if (!td) continue;
				const prop = instance.colToProp(col);
				const value = instance.getDataAtRowProp(visual, prop as string);
				rendererOf(col)(instance, td, visual, col, prop, value, instance.getCellMeta(visual, col));
			}
		}
		return lines.every((line) => line.tr.offsetHeight === line.height);
	}

	function flushEdit(instance: Handsontable): void {
		const rows = pendingRows;
		pendingRows = null;
		if (!rows || instance.isDestroyed) return;
		if (
			!shapeChanged &&
			rows.size <= TARGETED_MAX_ROWS &&
			instance.countRows() === renderedRowCount &&
			repaintInPlace(instance, rows)
		) {
			instance.forceFullRender = false;
		}
		instance.resumeRender();
	}

	let lastRow: number | null = null;
	let hotRef: Handsontable | null = null;
	// Handsontable makes its editor textarea lazily and without a name.
	editorLabels.set(container, texts.editorLabel);
	const hot = new Handsontable(container, {
		licenseKey: options.licenseKey,
		sanitizer: sanitize,
		data: model.cells as Handsontable.CellValue[][],
		columns: [
			...COLUMNS.map((_, index) => ({
				data: index,
				type: 'text',
				editor: 'grid-text',
				renderer: dataRenderer
			})),
			// Our editor here too (read-only, never opened): Handsontable would otherwise make a
			// second, unlabelled textarea for its default editor when a status cell is selected.
			{
				data: COLUMNS.length,
				readOnly: true,
				editor: 'grid-text',
				renderer: statusRenderer,
				copyable: false
			},
			// The last check's answer: never data, not copied with the lines.
			{
				data: COLUMNS.length + 1,
				readOnly: true,
				editor: 'grid-text',
				renderer: checkRenderer,
				copyable: false
			}
		],
		colHeaders: [...COLUMNS.map((field) => texts.columns[field]), texts.status, texts.check],
		// Line numbers are physical, so they stay the same under the "only problems" filter and
		// match the numbers used in messages ("also on line 5").
		rowHeaders: (visualRow: number) => String((hotRef?.toPhysicalRow(visualRow) ?? visualRow) + 1),
		...GRID_LAYOUT,
		undo: true,
		trimRows: true,
		copyPaste: { pasteMode: 'overwrite', rowsLimit: Infinity, columnsLimit: Infinity },
		navigableHeaders: false,
		tabNavigation: true,
		// Hooks run with the instance as `this` (some already during construction).
		beforeChangeRender(this: Handsontable, changes) {
			const rows = new Set<number>();
			for (const change of changes) rows.add(this.toPhysicalRow(change[0]));
			const touched = model.refresh(rows);
			options.onModelChange();
			if (pendingRows) {
				for (const r of touched) pendingRows.add(r);
			} else if (!this.isRenderSuspended()) {
				pendingRows = new Set(touched);
				this.suspendRender();
				queueMicrotask(() => flushEdit(this));
			}
		},
		afterRender(this: Handsontable) {
			renderedRowCount = this.countRows();
			shapeChanged = false;
		},
		afterRowSequenceCacheUpdate() {
			shapeChanged = true;
		},
		afterCreateRow(this: Handsontable, index, amount) {
			const physical = this.toPhysicalRow(index);
			// Appending blank rows at the end (spare rows) changes no verdict; anything else shifts
			// line numbers, which the duplicate index is keyed on.
			if (!(physical >= model.cells.length - amount)) model.rebuild();
			options.onModelChange();
		},
		afterRemoveRow() {
			model.rebuild();
			options.onModelChange();
		},
		afterSelectionEnd(this: Handsontable, row) {
			const physical = row >= 0 ? this.toPhysicalRow(row) : null;
			if (physical !== lastRow) {
				lastRow = physical;
				options.onSelectRow(physical);
			}
		},
		afterDeselect() {
			lastRow = null;
			options.onSelectRow(null);
		}
	});
	hotRef = hot;
	gridRoleOnTable(hot, texts.label);
	return hot;
}

/** The attributes that make an element the grid for assistive technology. */
const GRID_ARIA = ['role', 'aria-rowcount', 'aria-colcount', 'aria-multiselectable'] as const;

/**
 * Handsontable (with `ariaTags`) makes its root element the `treegrid`, but that element also
 * holds its scroll container (focusable: tabindex -1), the cell editor's textarea and the clones
 * that keep the headers in view. A treegrid may only own rows (WAI-ARIA; axe:
 * aria-required-children), so a screen reader is handed a grid with stray parts in it. The grid
 * semantics go onto the main table instead, whose only children are the header and body row
 * groups, with its name; the root stays a plain container. The clones repeat cells the main table
 * has too (headers and line numbers, painted there so they stay in view while scrolling): they are
 * hidden from assistive technology, which would otherwise meet every header twice and outside the
 * grid, and the main table's own headers, which Handsontable hides, are kept in the accessibility
 * tree (unpainted, see ListEditor.svelte). Handsontable writes the attributes onto the root again
 * when data is loaded: an observer moves them each time.
 */
function gridRoleOnTable(hot: Handsontable, label: string): void {
	const root = hot.rootElement;
	const table = hot.table;
	table.setAttribute('aria-label', label);
	const move = () => {
		for (const name of GRID_ARIA) {
			const value = root.getAttribute(name);
			if (value === null) continue;
			table.setAttribute(name, value);
			root.removeAttribute(name);
		}
		for (const clone of root.querySelectorAll(':scope > [class*="ht_clone_"]'))
			clone.setAttribute('aria-hidden', 'true');
	};
	move();
	const observer = new MutationObserver(move);
	observer.observe(root, { attributes: true, attributeFilter: [...GRID_ARIA] });
	hot.addHookOnce('afterDestroy', () => observer.disconnect());
}
