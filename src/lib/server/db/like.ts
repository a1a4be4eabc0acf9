import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column LIKE '%term%'` with the term's own `%`, `_` and `\` taken literally (escaped, and sent
 * as a bound parameter): a search for "50%" finds "50%", not everything starting with "50".
 * SQLite's LIKE ignores case for ASCII letters.
 */
export function contains(column: AnyColumn | SQL, term: string): SQL {
	const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return sql`${column} like ${pattern} escape '\\'`;
}
