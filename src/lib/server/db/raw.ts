import type { SQL } from 'drizzle-orm';
import type { Db } from './index';

/**
 * A raw statement (`INSERT … SELECT … FROM (VALUES …)`, `UPDATE … FROM (VALUES …)`: set-based
 * writes drizzle's builders cannot express) that can go into `db.batch`. drizzle 0.45's D1
 * session binds a batched raw query's parameters through a prepared statement it never made
 * for it, so the statement is prepared here on the same D1 binding.
 */
export function rawStatement(db: Db, query: SQL) {
	const raw = db.run(query);
	const { sql } = raw.getQuery();
	return Object.assign(raw, { stmt: db.$client.prepare(sql) });
}
