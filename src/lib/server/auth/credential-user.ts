import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { account, user } from '../db/schema';
import { newId } from '../db/ids';

type NewUser = typeof user.$inferInsert;

/**
 * Inserts a user with a password login the way better-auth stores one (a `credential` account
 * row holding the scrypt hash), so better-auth's sign-in accepts it.
 */
export async function insertCredentialUser(
	db: Db,
	fields: Omit<NewUser, 'id'> & { id?: string },
	passwordHash: string
): Promise<string> {
	const id = fields.id ?? newId();
	await db.batch([
		db.insert(user).values({ ...fields, id }),
		db.insert(account).values({
			id: newId(),
			userId: id,
			accountId: id,
			providerId: 'credential',
			password: passwordHash
		})
	]);
	return id;
}

export async function findUserIdByEmail(db: Db, email: string): Promise<string | null> {
	const row = await db.select({ id: user.id }).from(user).where(eq(user.email, email)).get();
	return row?.id ?? null;
}
