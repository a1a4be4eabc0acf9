import { describe, expect, it } from 'vitest';
import { GridModel } from '$lib/grid/model';
import type { Prediction } from '$lib/grid/predictions';

const TODAY = '2026-06-01';
const jan = ['Peeters', 'Jan', '2000', '15/03/1985', 'jan@example.com'];
const els = ['Janssens', 'Els', '3000', '28/02/1990', 'els@example.com'];
const answer: Prediction[] = [
	{ code: 1, reason: 'registered' },
	{ code: 3, reason: 'not-in-roster', hint: null },
	{ code: 2, reason: 'duplicate-in-list', otherLine: 1 }
];

function checked() {
	const model = new GridModel(TODAY);
	model.load([[...jan], [...els], [...jan], ['', '', '', '', '']]);
	model.predictions.take(model.lineCells(), answer);
	return model;
}

describe('the check’s answers in the grid model', () => {
	it('belong to the lines that were sent, blank lines are not sent', () => {
		const model = checked();
		expect(model.lineCells()).toHaveLength(3);
		expect([0, 1, 2, 3].map((i) => model.predictions.get(model.cells[i])?.code ?? null)).toEqual([
			1,
			3,
			2,
			null
		]);
		expect(model.predictions.counts()).toEqual({ 1: 1, 2: 1, 3: 1, 4: 0 });
		expect(model.predictions.get(model.cells[2])?.other).toBe(model.cells[0]);
	});

	it('an edited line loses its answer, and so do the lines of the same person', () => {
		const model = checked();
		model.cells[0]![1] = 'Jean';
		const touched = model.refresh([0]);
		expect(touched).toEqual(expect.arrayContaining([0, 2]));
		expect(model.predictions.get(model.cells[0])).toBeNull();
		expect(model.predictions.get(model.cells[2])).toBeNull();
		expect(model.predictions.get(model.cells[1])?.code).toBe(3);
		expect(model.predictions.size).toBe(1);
	});

	it('a removed line takes its answer along; a line it decided loses its own; others move', () => {
		const model = checked();
		model.cells.splice(0, 1); // as Handsontable removes a line in place
		model.rebuild();
		expect(model.predictions.get(model.cells[0])?.code).toBe(3);
		expect(model.predictions.get(model.cells[1])).toBeNull();
		expect(model.predictions.counts()).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0 });

		const other = checked();
		other.cells.splice(2, 1); // the copy goes: line 1 still registers
		other.rebuild();
		expect(other.predictions.counts()).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0 });
	});

	it('new lines forget every answer', () => {
		const model = checked();
		model.load([[...jan]]);
		expect(model.predictions.checked).toBe(false);
		expect(model.predictions.get(model.cells[0])).toBeNull();
	});
});
