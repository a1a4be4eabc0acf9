/**
 * How the list editor's grid is laid out: theme, size, column widths and the Handsontable options
 * that change how much it measures and draws. Import-free, so the grid bench can build its bare
 * Handsontable baseline with exactly the same layout.
 */
export const GRID_LAYOUT = {
	themeName: 'ht-theme-main',
	minSpareRows: 1,
	height: 420,
	width: '100%',
	stretchH: 'all' as const,
	// Five data columns, the optional language, then the status and the last check's answer.
	colWidths: [150, 130, 90, 130, 240, 80, 120, 200],
	autoRowSize: false,
	autoColumnSize: false,
	outsideClickDeselects: false,
	ariaTags: true
};
