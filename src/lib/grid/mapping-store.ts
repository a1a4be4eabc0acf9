/**
 * The column mapping an employer chose, remembered in this browser's localStorage under the
 * organisation's id and the layout of the table it was chosen for (see `layoutSignature`).
 * Only field names are stored, never list content.
 */
import { FIELDS, OPTIONAL_COLUMNS, type Column, type ColumnMapping } from '$lib/registration';

const item = (organisationId: string) => `youp.grid.mapping.${organisationId}`;
const MAX_LAYOUTS = 10;

type Stored = Record<string, (Column | null)[]>;

function read(organisationId: string): Stored {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(item(organisationId)) ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
	} catch {
		return {};
	}
}

const COLUMNS: readonly string[] = [...FIELDS, ...OPTIONAL_COLUMNS];
function isField(value: unknown): value is Column {
	return typeof value === 'string' && COLUMNS.includes(value);
}

export function rememberedMapping(
	organisationId: string,
	signature: string,
	width: number
): ColumnMapping | null {
	const stored = read(organisationId)[signature];
	if (!Array.isArray(stored) || stored.length !== width) return null;
	return stored.map((value) => (isField(value) ? value : null));
}

export function rememberMapping(
	organisationId: string,
	signature: string,
	mapping: ColumnMapping
): void {
	const stored = read(organisationId);
	delete stored[signature];
	stored[signature] = [...mapping];
	const keys = Object.keys(stored);
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_LAYOUTS))) delete stored[old];
	localStorage.setItem(item(organisationId), JSON.stringify(stored));
}
