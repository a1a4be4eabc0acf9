import { fieldLabel } from '$lib/i18n/labels/lines';
import { FIELDS } from '$lib/registration';
import type { Translate } from '$lib/i18n';
import * as m from '$lib/paraglide/messages';

const EXAMPLE = {
	lastName: 'Peeters',
	firstName: 'Jan',
	postcode: '2000',
	email: 'jan.peeters@example.com'
} as const;
/** 15 March 1985 as an Excel serial (days since 1899-12-30). */
const EXAMPLE_BIRTH_SERIAL = 31121;
/** Rows below the example that carry the column formats, so typed values keep them too. */
const FORMATTED_ROWS = 500;

export async function buildExampleWorkbook(t: Translate): Promise<Uint8Array<ArrayBuffer>> {
	// Loaded on demand: SheetJS is large and only this download needs it on the server.
	const XLSX = await import('@e965/xlsx');
	const sheet: import('@e965/xlsx').WorkSheet = {};
	const text = (v: string) => ({ t: 's' as const, v, z: '@' });
	FIELDS.forEach((field, c) => {
		sheet[XLSX.utils.encode_cell({ r: 0, c })] = text(fieldLabel(t, field));
		sheet[XLSX.utils.encode_cell({ r: 1, c })] =
			field === 'birthDate'
				? { t: 'n', v: EXAMPLE_BIRTH_SERIAL, z: 'dd/mm/yyyy' }
				: text(EXAMPLE[field]);
		for (let r = 2; r < 2 + FORMATTED_ROWS; r++) {
			sheet[XLSX.utils.encode_cell({ r, c })] = {
				t: 'z',
				z: field === 'birthDate' ? 'dd/mm/yyyy' : '@'
			};
		}
	});
	sheet['!ref'] = XLSX.utils.encode_range({
		s: { r: 0, c: 0 },
		e: { r: 1 + FORMATTED_ROWS, c: FIELDS.length - 1 }
	});
	sheet['!cols'] = [{ wch: 22 }, { wch: 18 }, { wch: 12 }, { wch: 18 }, { wch: 32 }];
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, sheet, t(m['grid.example.sheet']));
	return new Uint8Array(
		XLSX.write(book, { type: 'array', bookType: 'xlsx', sheetStubs: true }) as ArrayBuffer
	);
}
