import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { apiToken, user } from '../db/schema';
import { randomToken, sha256Hex } from '../security/hash';

export interface TokenOwner {
	tokenId: string;
	kind: 'employer' | 'staff';
	organisationId: string | null;
	lastUsedAt: Date | null;
	/** Made by an account that was disabled since: the token works no more than the account. */
	createdByDisabled: boolean;
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
			organisationId: input.organisationId,
			label: input.label,
			createdBy: input.createdBy,
			tokenHash: await sha256Hex(raw)
		})
		.returning({ id: apiToken.id })
		.get();
	return { id: row.id, token: raw };
}

/** The owner of a live (not revoked) token, or null; one statement (with its creator's status). */
export async function resolveApiToken(db: Db, raw: string): Promise<TokenOwner | null> {
	const row = await db
		.select({
			id: apiToken.id,
			kind: apiToken.kind,
			organisationId: apiToken.organisationId,
			lastUsedAt: apiToken.lastUsedAt,
			creatorStatus: user.status
		})
		.from(apiToken)
		.leftJoin(user, eq(user.id, apiToken.createdBy))
		.where(and(eq(apiToken.tokenHash, await sha256Hex(raw)), isNull(apiToken.revokedAt)))
		.get();
	return row
		? {
				tokenId: row.id,
				kind: row.kind,
				organisationId: row.organisationId,
				lastUsedAt: row.lastUsedAt,
				createdByDisabled: row.creatorStatus === 'disabled'
			}
		: null;
}

interface ApiTokenRow {
	id: string;
	label: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
}

/** Tokens of an organisation (or, with null, COLLECTIEF's staff tokens), newest first. */
export async function listApiTokens(db: Db, organisationId: string | null): Promise<ApiTokenRow[]> {
	return db
		.select({
			id: apiToken.id,
			label: apiToken.label,
			createdAt: apiToken.createdAt,
			lastUsedAt: apiToken.lastUsedAt,
			revokedAt: apiToken.revokedAt
		})
		.from(apiToken)
		.where(
			organisationId
				? and(eq(apiToken.kind, 'employer'), eq(apiToken.organisationId, organisationId))
				: eq(apiToken.kind, 'staff')
		)
		.orderBy(desc(apiToken.createdAt));
}

/** Revokes a token of that owner; true when a live token was revoked. */
export async function revokeApiToken(
	db: Db,
	tokenId: string,
	organisationId: string | null
): Promise<boolean> {
	const rows = await db
		.update(apiToken)
		.set({ revokedAt: new Date() })
		.where(
			and(
				eq(apiToken.id, tokenId),
				isNull(apiToken.revokedAt),
				organisationId
					? and(eq(apiToken.kind, 'employer'), eq(apiToken.organisationId, organisationId))
					: eq(apiToken.kind, 'staff')
			)
		)
		.returning({ id: apiToken.id })
		.all();
	return rows.length > 0;
}
