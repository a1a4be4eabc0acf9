/** API tokens managed by staff: COLLECTIEF's own (organisation null) and each employer's. */
import type { Db } from '../db';
import { createApiToken, revokeApiToken } from '../api/tokens';
import { recordAudit } from '../audit';

export async function createTokenFor(
	db: Db,
	organisationId: string | null,
	label: string,
	actorId: string
): Promise<string> {
	const { id, token } = await createApiToken(db, {
		kind: organisationId ? 'employer' : 'staff',
		organisationId,
		label,
		createdBy: actorId
	});
	await recordAudit(db, {
		actorId,
		organisationId: organisationId,
		action: 'token.create',
		subjectType: 'api_token',
		subjectId: id
	});
	return token;
}

export async function revokeTokenOf(
	db: Db,
	organisationId: string | null,
	tokenId: string,
	actorId: string
): Promise<boolean> {
	const revoked = await revokeApiToken(db, tokenId, organisationId);
	if (revoked)
		await recordAudit(db, {
			actorId,
			organisationId: organisationId,
			action: 'token.revoke',
			subjectType: 'api_token',
			subjectId: tokenId
		});
	return revoked;
}
