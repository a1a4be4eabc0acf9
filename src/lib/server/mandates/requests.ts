import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../db';
import { member, organisationRequest, organization, user } from '../db/schema';
import { newId } from '../db/ids';
import type { AssignableRole } from '../permissions';
import { recordAudit } from '../audit';
import { mailOwners, mailPerson, type MailDeps } from './notify';
import { endAccess } from './members';

/** Active employers the person is not a member of yet: what the declaration form offers. */
export async function listDeclarableOrganisations(db: Db, userId: string) {
	const mine = db
		.select({ id: member.organizationId })
		.from(member)
		.where(eq(member.userId, userId));
	return db
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(
			and(
				eq(organization.kind, 'employer'),
				eq(organization.active, true),
				notInArray(organization.id, mine)
			)
		)
		.orderBy(asc(organization.name));
}

/**
 * Files a declaration "I manage these employers": one pending request per employer (and one for
 * an employer not yet in YOU-P, which only staff can approve). Nothing is reachable until approved.
 */
export async function declareOrganisations(
	deps: MailDeps,
	input: {
		userId: string;
		organisationIds: string[];
		newOrganisationName?: string;
		role: AssignableRole;
		baseUrl: string;
	}
): Promise<number> {
	const { db } = deps;
	const offered = new Set((await listDeclarableOrganisations(db, input.userId)).map((o) => o.id));
	const pending = new Set(
		(
			await db
				.select({ org: organisationRequest.organizationId })
				.from(organisationRequest)
				.where(
					and(
						eq(organisationRequest.requesterId, input.userId),
						eq(organisationRequest.status, 'pending')
					)
				)
		).map((r) => r.org)
	);
	const targets = [...new Set(input.organisationIds)].filter(
		(id) => offered.has(id) && !pending.has(id)
	);
	let filed = 0;
	for (const organisationId of targets) {
		const id = newId();
		await db.insert(organisationRequest).values({
			id,
			requesterId: input.userId,
			organizationId: organisationId,
			kind: 'join',
			role: input.role
		});
		const eventId = await recordAudit(db, {
			actorId: input.userId,
			organizationId: organisationId,
			action: 'organisation-request.filed',
			subjectType: 'organisation_request',
			subjectId: id,
			detail: { kind: 'join', role: input.role }
		});
		await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
			subject: t('mandates.mail.request.subject', { organisation }),
			paragraphs: [t('mandates.mail.request.body', { organisation })],
			action: {
				label: t('mandates.mail.request.action'),
				url: `${input.baseUrl}/werkgever/volmachten`
			}
		}));
		filed++;
	}
	if (input.newOrganisationName) {
		const id = newId();
		await db.insert(organisationRequest).values({
			id,
			requesterId: input.userId,
			newOrganisationName: input.newOrganisationName,
			kind: 'join',
			role: 'owner'
		});
		await recordAudit(db, {
			actorId: input.userId,
			organizationId: null,
			action: 'organisation-request.filed',
			subjectType: 'organisation_request',
			subjectId: id,
			detail: { kind: 'join', newOrganisation: true }
		});
		filed++;
	}
	return filed;
}

/** Asks to stop managing an employer; like a declaration, it takes effect once approved. */
export async function requestWithdrawal(
	deps: MailDeps,
	input: { userId: string; organisationId: string; baseUrl: string }
): Promise<boolean> {
	const { db } = deps;
	const row = await db
		.select({ role: member.role })
		.from(member)
		.where(and(eq(member.userId, input.userId), eq(member.organizationId, input.organisationId)))
		.get();
	if (!row || row.role === 'owner') return false;
	const id = newId();
	await db.insert(organisationRequest).values({
		id,
		requesterId: input.userId,
		organizationId: input.organisationId,
		kind: 'withdraw',
		role: row.role
	});
	const eventId = await recordAudit(db, {
		actorId: input.userId,
		organizationId: input.organisationId,
		action: 'organisation-request.filed',
		subjectType: 'organisation_request',
		subjectId: id,
		detail: { kind: 'withdraw' }
	});
	await mailOwners(deps, input.organisationId, eventId, (t, organisation) => ({
		subject: t('mandates.mail.request.subject', { organisation }),
		paragraphs: [t('mandates.mail.withdraw.body', { organisation })],
		action: {
			label: t('mandates.mail.request.action'),
			url: `${input.baseUrl}/werkgever/volmachten`
		}
	}));
	return true;
}

const requestColumns = {
	id: organisationRequest.id,
	kind: organisationRequest.kind,
	role: organisationRequest.role,
	status: organisationRequest.status,
	organisationId: organisationRequest.organizationId,
	organisationName: organization.name,
	newOrganisationName: organisationRequest.newOrganisationName,
	requesterName: user.name,
	requesterEmail: user.email,
	createdAt: organisationRequest.createdAt
};

function requestQuery(db: Db) {
	return db
		.select(requestColumns)
		.from(organisationRequest)
		.innerJoin(user, eq(organisationRequest.requesterId, user.id))
		.leftJoin(organization, eq(organisationRequest.organizationId, organization.id));
}

export async function listMyRequests(db: Db, userId: string) {
	return requestQuery(db)
		.where(eq(organisationRequest.requesterId, userId))
		.orderBy(asc(organisationRequest.createdAt));
}

/** Pending requests about one organisation (shown to its owner and beheerders). */
export async function listPendingForOrganisation(db: Db, organisationId: string) {
	return requestQuery(db).where(
		and(
			eq(organisationRequest.organizationId, organisationId),
			eq(organisationRequest.status, 'pending')
		)
	);
}

/** Every pending request (COLLECTIEF staff). */
export async function listAllPending(db: Db) {
	return requestQuery(db)
		.where(eq(organisationRequest.status, 'pending'))
		.orderBy(asc(organisationRequest.createdAt));
}

export type DecisionScope = { staff: true } | { staff: false; organisationId: string };

/**
 * Approves or rejects a pending request. An organisation's owner/beheerder can decide only
 * requests about that organisation; staff can decide all, including new employers.
 */
export async function decideRequest(
	deps: MailDeps,
	input: {
		requestId: string;
		actorId: string;
		approve: boolean;
		scope: DecisionScope;
		now: Date;
	}
): Promise<boolean> {
	const { db } = deps;
	const request = await db
		.select()
		.from(organisationRequest)
		.where(
			and(eq(organisationRequest.id, input.requestId), eq(organisationRequest.status, 'pending'))
		)
		.get();
	if (!request) return false;
	if (!input.scope.staff && request.organizationId !== input.scope.organisationId) return false;
	if (!input.scope.staff && request.requesterId === input.actorId) return false;

	let organisationId = request.organizationId;
	if (input.approve) {
		if (!organisationId && request.newOrganisationName) {
			organisationId = newId();
			await db.insert(organization).values({
				id: organisationId,
				name: request.newOrganisationName,
				slug: `org-${organisationId.slice(0, 12).toLowerCase()}`,
				kind: 'employer'
			});
		}
		if (!organisationId) return false;
		if (request.kind === 'join') {
			await db
				.insert(member)
				.values({ organizationId: organisationId, userId: request.requesterId, role: request.role })
				.onConflictDoNothing();
		} else {
			await endAccess(db, organisationId, request.requesterId, input.now);
		}
	}
	await db
		.update(organisationRequest)
		.set({
			status: input.approve ? 'approved' : 'rejected',
			decidedBy: input.actorId,
			decidedAt: input.now,
			organizationId: organisationId
		})
		.where(eq(organisationRequest.id, request.id));
	const eventId = await recordAudit(db, {
		actorId: input.actorId,
		organizationId: organisationId,
		action: input.approve ? 'organisation-request.approved' : 'organisation-request.rejected',
		subjectType: 'organisation_request',
		subjectId: request.id,
		detail: { kind: request.kind, role: request.role, byStaff: input.scope.staff }
	});
	const requester = await db
		.select({ email: user.email, locale: user.locale })
		.from(user)
		.where(eq(user.id, request.requesterId))
		.get();
	if (requester)
		await mailPerson(deps, requester, `mandate:${eventId}:person`, (t) => ({
			subject: t(
				input.approve ? 'mandates.mail.decided.approved' : 'mandates.mail.decided.rejected'
			),
			paragraphs: [
				t(input.approve ? 'mandates.mail.decided.approved' : 'mandates.mail.decided.rejected')
			]
		}));
	if (organisationId && request.organizationId)
		await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
			subject: t('mandates.mail.request.subject', { organisation }),
			paragraphs: [
				t(input.approve ? 'mandates.mail.owner-approved' : 'mandates.mail.owner-rejected', {
					organisation,
					person: requester?.email ?? ''
				})
			]
		}));
	return true;
}

export async function organisationsOf(db: Db, userId: string) {
	return db
		.select({ id: organization.id, name: organization.name, role: member.role })
		.from(member)
		.innerJoin(organization, eq(member.organizationId, organization.id))
		.where(and(eq(member.userId, userId), eq(organization.active, true)))
		.orderBy(asc(organization.name));
}
