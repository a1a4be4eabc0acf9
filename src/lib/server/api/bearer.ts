import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { apiToken } from '../db/schema';
import { resolveApiToken, type TokenOwner } from './tokens';
import { apiError } from './respond';
import type { Translate } from '$lib/i18n';

/** "Last used" is a day-level hint for staff: a write per minute at most, not one per poll. */
const LAST_USED_PRECISION_MS = 60_000;

const BEARER_RE = /^Bearer ([A-Za-z0-9._~+/=-]{8,200})$/;

/**
 * The owner of the request's `Authorization: Bearer <token>`, if it is live and of the wanted
 * kind; otherwise the 401/403 response to return. Cookies play no part in /api/v1.
 */
export async function requireApiToken(
	request: Request,
	db: Db,
	t: Translate,
	kind: 'employer' | 'staff',
	now: Date
): Promise<{ ok: true; owner: TokenOwner } | { ok: false; response: Response }> {
	const match = BEARER_RE.exec(request.headers.get('authorization') ?? '');
	const owner = match ? await resolveApiToken(db, match[1]!) : null;
	// A token made by an account that was disabled since works no more than the account.
	if (!owner || owner.createdByDisabled)
		return { ok: false, response: apiError(t, 401, 'unauthorized') };
	if (owner.kind !== kind || (kind === 'employer' && !owner.organisationId))
		return { ok: false, response: apiError(t, 403, 'forbidden') };
	// Best effort: "last used" helps staff spot forgotten tokens.
	if (owner.lastUsedAt && now.getTime() - owner.lastUsedAt.getTime() < LAST_USED_PRECISION_MS)
		return { ok: true, owner };
	await db
		.update(apiToken)
		.set({ lastUsedAt: now })
		.where(eq(apiToken.id, owner.tokenId))
		.catch(() => undefined);
	return { ok: true, owner };
}
