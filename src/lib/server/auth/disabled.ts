import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { session, user } from '../db/schema';

/**
 * A disabled account (staff "disable", server/backoffice/accounts.ts) is shut out of every kind of
 * access: no new session (index.ts refuses to create one), no existing session (hooks.server.ts),
 * no reset mail or reset, no API token it created (api/bearer.ts).
 */
export async function isDisabled(db: Db, userId: string): Promise<boolean> {
	const row = await db
		.select({ status: user.status })
		.from(user)
		.where(and(eq(user.id, userId), eq(user.status, 'disabled')))
		.get();
	return row !== undefined;
}

/** Ends every session of a disabled account (the session that showed up, and any other). */
export async function endSessionsOf(db: Db, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}
