import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organization } from '../db/schema';
import { recordAudit } from '../audit';

/**
 * Phase 2 of federated login: when staff require it for an organisation, its members may act for
 * it only in a session opened through the federated (eID/itsme) login. Organisations without the
 * flag keep the password login (phase 1). The employer guard (http/employer.ts) redirects.
 */
export async function federatedLoginRequired(db: Db, organisationId: string): Promise<boolean> {
	const org = await db
		.select({ required: organization.requireFederatedLogin })
		.from(organization)
		.where(eq(organization.id, organisationId))
		.get();
	return org?.required === true;
}

/** Staff switch phase 2 on or off for one organisation. */
export async function setRequireFederatedLogin(
	db: Db,
	input: { actorId: string; organisationId: string; required: boolean }
): Promise<void> {
	await db
		.update(organization)
		.set({ requireFederatedLogin: input.required })
		.where(eq(organization.id, input.organisationId));
	await recordAudit(db, {
		actorId: input.actorId,
		organisationId: input.organisationId,
		action: 'organisation.federated-login-required',
		subjectType: 'organization',
		subjectId: input.organisationId,
		detail: { required: input.required }
	});
}
