import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export type Db = ReturnType<typeof getDb>;

/** A drizzle client for this request (or queue batch); never cache one at module level. */
export function getDb(d1: D1Database | undefined) {
	if (!d1) throw new Error('D1 binding DB not found — start the app with npm start');
	return drizzle(d1, { schema });
}

export { schema };
