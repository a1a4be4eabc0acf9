import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_WIDTH } from '$lib/grid/cells';
import { GridModel, cellsFromRow, type Cells } from '$lib/grid/model';
import { COLUMNS, findDuplicates, validateRow, type RegistrationRow } from '$lib/registration';
import { TODAY, validRowArb } from './registration/fixtures';

const jan: RegistrationRow = {
	lastName: 'Peeters',
	firstName: 'Jan',
	postcode: '2000',
	birthDate: '15/03/1985',
	email: 'jan@example.com'
};
const an: RegistrationRow = {
	lastName: 'Claes',
	firstName: 'An',
	postcode: '3000',
	birthDate: '05/06/1979',
	email: 'an@example.com'
};

function rowAt(cells: Cells[], i: number): RegistrationRow {
	const [lastName, firstName, postcode, birthDate, email] = (cells[i] ?? []).map(String);
	return {
		lastName: lastName ?? '',
		firstName: firstName ?? '',
		postcode: postcode ?? '',
		birthDate: birthDate ?? '',
		email: email ?? ''
	};
}

function model(rows: Cells[]): GridModel {
	const m = new GridModel(TODAY);
	m.load(rows);
	return m;
}

it('a grid line has one cell per registration field', () => {
	expect(LINE_WIDTH).toBe(COLUMNS.length);
	expect(cellsFromRow(jan)).toHaveLength(LINE_WIDTH);
});

describe('GridModel', () => {
	it('counts lines, ready lines and lines with problems; blank rows are not lines', () => {
		const m = model([
			cellsFromRow(jan),
			['Dubois', 'Marie', '12345', '01/02/1990', 'marie@example.com'],
			['Maes', 'Tom', '9000', '31/02/1988', 'tom@example.com'],
			cellsFromRow(an),
			cellsFromRow(an),
			['', '', '', '', ''],
			[null, null, null, null, null]
		]);
		// The second An is a later copy: a warning (code 2 on the server), not a problem.
		expect(m.summary()).toEqual({ lines: 5, ready: 3, problems: 2, copies: 1 });
		expect(m.state(1).problems).toEqual([{ field: 'postcode', reason: 'postcode-format' }]);
		expect(m.state(2).problems).toEqual([{ field: 'birthDate', reason: 'birthdate-invalid' }]);
		expect(m.state(3).duplicates[0]).toMatchObject({ reason: 'duplicate-in-list', otherRow: 4 });
		expect(m.state(4).duplicates[0]).toMatchObject({ reason: 'duplicate-in-list', otherRow: 3 });
		expect(m.state(5).empty).toBe(true);
		expect(m.rows()).toHaveLength(5);
		expect(m.problemRows()).toEqual([1, 2]);
	});

	it('a fix clears the flag and updates the totals', () => {
		const m = model([
			cellsFromRow(jan),
			['Dubois', 'Marie', '12345', '01/02/1990', 'm@example.com']
		]);
		expect(m.summary().problems).toBe(1);
		m.cells[1]![2] = '1000';
		expect(m.refresh([1])).toEqual([1]);
		expect(m.state(1).problems).toEqual([]);
		expect(m.summary()).toEqual({ lines: 2, ready: 2, problems: 0, copies: 0 });
	});

	it('editing one copy of a duplicate re-checks the other copy, and only the rows involved', () => {
		const m = model([cellsFromRow(jan), cellsFromRow(an), cellsFromRow(an), cellsFromRow(jan)]);
		expect(m.summary()).toMatchObject({ problems: 0, copies: 2 });
		m.cells[2] = ['Claes', 'Anna', '3000', '05/06/1979', 'anna@example.com'];
		const touched = m.refresh([2]).sort();
		expect(touched).toEqual([1, 2]);
		expect(m.state(1).duplicates).toEqual([]);
		expect(m.state(2).duplicates).toEqual([]);
		expect(m.summary()).toEqual({ lines: 4, ready: 4, problems: 0, copies: 1 });
	});

	it('the same address for two people flags both lines; only the later one is a problem', () => {
		const m = model([cellsFromRow(an), ['Peeters', 'Jan', '2000', '15/03/1985', an.email]]);
		expect(m.state(0).duplicates[0]).toMatchObject({ reason: 'email-used-by-other', otherRow: 1 });
		expect(m.state(1).duplicates[0]).toMatchObject({ reason: 'email-used-by-other', otherRow: 0 });
		expect(m.problemRows()).toEqual([1]);
	});

	it('clearing a line removes it from the count and from duplicate groups', () => {
		const m = model([cellsFromRow(an), cellsFromRow(an)]);
		m.cells[1] = ['', '', '', '', ''];
		m.refresh([1]);
		expect(m.summary()).toEqual({ lines: 1, ready: 1, problems: 0, copies: 0 });
	});

	it('a staged load completed with precomputed problems equals a plain load', () => {
		const cells = [
			cellsFromRow(jan),
			['Dubois', 'Marie', '12345', '01/02/1990', 'marie@example.com'],
			cellsFromRow(an),
			cellsFromRow(an)
		];
		const plain = model(cells.map((c) => [...c]));
		const staged = new GridModel(TODAY);
		const finish = staged.stage(cells);
		finish((i) => validateRow(rowAt(cells, i), { today: TODAY }).problems);
		for (let i = 0; i < cells.length; i++) expect(staged.state(i)).toEqual(plain.state(i));
		expect(staged.summary()).toEqual(plain.summary());
	});

	it('after any sequence of edits, the incremental verdict equals a full re-validation', () => {
		const rowArb = fc.oneof(
			validRowArb,
			fc.constant(an),
			fc.constant(jan),
			fc.constant({ ...an, postcode: '99' })
		);
		fc.assert(
			fc.property(
				fc.array(rowArb, { minLength: 1, maxLength: 8 }),
				fc.array(fc.tuple(fc.nat(7), rowArb), { maxLength: 10 }),
				(rows, edits) => {
					const m = model(rows.map(cellsFromRow));
					for (const [at, row] of edits) {
						const i = at % rows.length;
						m.cells[i] = cellsFromRow(row);
						m.refresh([i]);
					}
					const fresh = model(m.cells.map((c) => [...c]));
					const dups = findDuplicates(m.rows(), { today: TODAY });
					for (let i = 0; i < m.cells.length; i++) {
						expect(m.state(i)).toEqual(fresh.state(i));
						expect(m.state(i).duplicates).toEqual(dups[i]);
						expect(m.state(i).problems).toEqual(
							validateRow(m.rows()[i]!, { today: TODAY }).problems
						);
					}
					expect(m.summary()).toEqual(fresh.summary());
				}
			)
		);
	});
});
