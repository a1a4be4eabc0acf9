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
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';
import { FIELDS, type Field } from '$lib/registration';
import type { GridModel, RowState } from './model';

registerCellType(TextCellType);
registerPlugin(CopyPaste);
registerPlugin(UndoRedo);
registerPlugin(TrimRows);

/** Texts the grid needs, already translated (column headers are ours, never user data). */
export interface GridTexts {
	columns: Record<Field, string>;
	status: string;
	label: string;
	/** Accessible name of Handsontable's cell editor (a bare textarea otherwise). */
	editorLabel: string;
	/** Status cell text of a line. */
	statusOf(state: RowState): string;
	/** Plain-language problems of one cell (empty when the cell is fine). */
	cellProblems(row: number, field: Field): string[];
}

export interface GridOptions {
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
export function sanitize(content: string, source?: string): string {
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

/** Handsontable creates its editor textarea lazily and without a name; give it one. */
function labelEditor(root: HTMLElement, label: string): void {
	for (const input of root.querySelectorAll('textarea:not([aria-label])')) {
		input.setAttribute('aria-label', label);
	}
}

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
		const field = FIELDS[col];
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
		td.classList.toggle('status-problem', bad);
		td.classList.toggle('status-ok', !state.empty && !bad);
	};

	let lastRow: number | null = null;
	let hotRef: Handsontable | null = null;
	const hot = new Handsontable(container, {
		licenseKey: options.licenseKey,
		themeName: 'ht-theme-main',
		sanitizer: sanitize,
		data: model.cells as Handsontable.CellValue[][],
		columns: [
			...FIELDS.map((_, index) => ({ data: index, type: 'text', renderer: dataRenderer })),
			{ data: FIELDS.length, readOnly: true, renderer: statusRenderer, copyable: false }
		],
		colHeaders: [...FIELDS.map((field) => texts.columns[field]), texts.status],
		// Line numbers are physical, so they stay the same under the "only problems" filter and
		// match the numbers used in messages ("also on line 5").
		rowHeaders: (visualRow: number) => String((hotRef?.toPhysicalRow(visualRow) ?? visualRow) + 1),
		minSpareRows: 1,
		height: 420,
		width: '100%',
		stretchH: 'all',
		colWidths: [150, 130, 90, 130, 240, 120],
		autoRowSize: false,
		autoColumnSize: false,
		outsideClickDeselects: false,
		undo: true,
		trimRows: true,
		copyPaste: { pasteMode: 'overwrite', rowsLimit: Infinity, columnsLimit: Infinity },
		ariaTags: true,
		navigableHeaders: false,
		tabNavigation: true,
		// Hooks run with the instance as `this` (some already during construction).
		beforeChangeRender(this: Handsontable, changes) {
			const rows = new Set<number>();
			for (const change of changes) rows.add(this.toPhysicalRow(change[0]));
			model.refresh(rows);
			options.onModelChange();
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
			labelEditor(this.rootElement, texts.editorLabel);
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
	hot.rootElement.setAttribute('aria-label', texts.label);
	labelEditor(hot.rootElement, texts.editorLabel);
	return hot;
}
