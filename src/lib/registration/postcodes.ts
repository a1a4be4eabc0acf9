/**
 * The Belgian postcode list as a set. The data lives in the generated postcode-data.ts; rebuild it
 * with `node scripts/rebuild-postcodes.js` (see data/README.md).
 */
import { POSTCODE_DATA } from './postcode-data';

/** Snapshot month of the bundled postcode list. */
export const POSTCODE_SNAPSHOT = '2026-11';

function decode(data: string): Set<string> {
	const set = new Set<string>();
	for (let i = 0; i + 4 <= data.length; i += 4) set.add(data.slice(i, i + 4));
	return set;
}

/**
 * Every Belgian postcode in the bundled list, as 4-character strings. It includes special codes
 * below 1000 (e.g. 0612) that exist but are not valid for a home address: the validator rejects
 * those with `postcode-format` before the list is ever consulted.
 */
export const BELGIAN_POSTCODES: ReadonlySet<string> = decode(POSTCODE_DATA);

/** True when the (already trimmed) code is in {@link BELGIAN_POSTCODES}. */
export function isKnownPostcode(
	code: string,
	postcodes: ReadonlySet<string> = BELGIAN_POSTCODES
): boolean {
	return postcodes.has(code);
}
