import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { apiToken } from '../db/schema';
import { randomToken, sha256Hex } from '../security/hash';

export interface TokenOwner {
	tokenId: string;
	kind: 'employer' | 'staff';
	organisationId: string | null;
}

/** Creates a bearer token; the raw value is returned once and only its SHA-256 is stored. */
export async function createApiToken(
	db: Db,
	input: {
		kind: 'employer' | 'staff';
		organisationId: string | null;
		label: string;
		createdBy: string | null;
	},
	raw = `youp_${randomToken(32)}`
): Promise<{ id: string; token: string }> {
	const row = await db
		.insert(apiToken)
		.values({
			kind: input.kind,
			// the column is spelled the better-auth way (organizationId)
			organizationId: input.organisationId,
			label: input.label,
			createdBy: input.createdBy,
			tokenHash: await sha256Hex(raw)
		})
		.returning({ id: apiToken.id })
		.get();
	return { id: row.id, token: raw };
}

/** The owner of a live (not revoked) token, or null. */
export async function resolveApiToken(db: Db, raw: string): Promise<TokenOwner | null> {
	const row = await db
		.select({ id: apiToken.id, kind: apiToken.kind, organisationId: apiToken.organizationId })
		.from(apiToken)
		.where(and(eq(apiToken.tokenHash, await sha256Hex(raw)), isNull(apiToken.revokedAt)))
		.get();
	return row ? { tokenId: row.id, kind: row.kind, organisationId: row.organisationId } : null;
}
