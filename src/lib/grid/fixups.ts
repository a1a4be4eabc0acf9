/**
 * Safe, explicit clean-ups the user can apply to the whole list. Each one is a normalisation the
 * registration rules already perform, so applying it never changes a verdict for the worse; it
 * only makes the list look the way it will be read.
 */
import {
	FIELDS,
	formatBirthDateBelgian,
	normaliseEmail,
	normaliseText,
	parseBirthDate
} from '$lib/registration';
import type { Cells } from './model';

export type Fixup = 'trim' | 'dates' | 'email';

/** [physical row, column, new value] */
type CellChange = [number, number, string];

const BIRTH = FIELDS.indexOf('birthDate');
const EMAIL = FIELDS.indexOf('email');

function value(cells: Cells | undefined, column: number): string {
	const v = cells?.[column];
	return v === null || v === undefined ? '' : String(v);
}

/** The cells a fix-up would change (nothing else is touched). */
export function fixupChanges(cells: readonly Cells[], fixup: Fixup, today: string): CellChange[] {
	const changes: CellChange[] = [];
	for (let r = 0; r < cells.length; r++) {
		const row = cells[r];
		if (fixup === 'trim') {
			for (let c = 0; c < FIELDS.length; c++) {
				const before = value(row, c);
				const after = normaliseText(before);
				if (after !== before) changes.push([r, c, after]);
			}
		} else if (fixup === 'dates') {
			const before = value(row, BIRTH);
			const parsed = parseBirthDate(before, { today });
			if (parsed.ok) {
				const after = formatBirthDateBelgian(parsed.iso);
				if (after !== before) changes.push([r, BIRTH, after]);
			}
		} else {
			const before = value(row, EMAIL);
			const after = normaliseEmail(before);
			if (after !== before) changes.push([r, EMAIL, after]);
		}
	}
	return changes;
}
