import { eq } from 'drizzle-orm';
import type { Db } from './db';
import { organization, user } from './db/schema';

/**
 * The platforms a YOU-P account opens. Plain links for now; single sign-on comes later (it will
 * replace these addresses, not the page).
 */
export const PLATFORMS = [
	{ id: 'benefits-at-work', name: 'Benefits@Work', url: 'https://www.benefitsatwork.be/' },
	{ id: 'xtra-present', name: 'Xtra Present', url: 'https://www.xtrapresent.be/' }
] as const;

/** What /mijn shows about the signed-in person: only their own record. */
export async function loadOwnProfile(db: Db, userId: string) {
	const row = await db
		.select({
			name: user.name,
			email: user.email,
			firstName: user.firstName,
			lastName: user.lastName,
			locale: user.locale,
			employer: organization.name
		})
		.from(user)
		.leftJoin(organization, eq(organization.id, user.employerId))
		.where(eq(user.id, userId))
		.get();
	if (!row) throw new Error('signed-in user not found');
	const name = [row.firstName, row.lastName].filter(Boolean).join(' ') || row.name;
	return { name, email: row.email, employer: row.employer, locale: row.locale };
}

export async function saveLocale(db: Db, userId: string, locale: string) {
	await db.update(user).set({ locale }).where(eq(user.id, userId));
}
