/**
 * The lines the list editor sends (the submit form's hidden field, the check before paying), read
 * the same way for both: an array of at most `max` objects of text cells, the language optional
 * (an unknown language is code 4 in the pipeline, so the check must see it too).
 */
import * as v from 'valibot';

const Cell = v.pipe(v.string(), v.maxLength(500));
const GridRow = v.object({
	lastName: Cell,
	firstName: Cell,
	postcode: Cell,
	birthDate: Cell,
	email: Cell,
	language: v.optional(Cell)
});
type GridRow = v.InferOutput<typeof GridRow>;

export type GridRows =
	| { ok: true; rows: GridRow[] }
	| { ok: false; status: 413; lines: number }
	| { ok: false; status: 400 };

/** The parsed JSON of the editor's lines; the count is checked before the cells are. */
export function readGridRows(value: unknown, max: number): GridRows {
	if (Array.isArray(value) && value.length > max)
		return { ok: false, status: 413, lines: value.length };
	const rows = v.safeParse(v.array(GridRow), value);
	return rows.success ? { ok: true, rows: rows.output } : { ok: false, status: 400 };
}
