import { and, asc, eq, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { member, organisationRequest, organization, user } from '../db/schema';
import { newId } from '../db/ids';
import type { AssignableRole } from '$lib/employer-roles';
import { recordAudit } from '../audit';
import { mailOwners, mailPerson, type MailDeps } from './notify';
import { endAccess } from './members';
import { reserveDeclaration, reserveDeclaredOrganisation } from './throttle';
import * as m from '$lib/paraglide/messages';

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

type DeclarationOutcome =
	{ ok: true; filed: number } | { ok: false; reason: 'nothing' | 'throttled' };

/**
 * Files a declaration "I manage these employers": one pending request per employer (and one for
 * an employer not yet in YOU-P, which only staff can approve). Nothing is reachable until approved.
 * Throttled (throttle.ts) per person: posts a day, and declared organisations a day (each mails
 * its owners), each reserved before anything is filed or mailed.
 */
export async function declareOrganisations(
	deps: MailDeps,
	input: {
		userId: string;
		organisationIds: string[];
		newOrganisationName?: string;
		role: AssignableRole;
		baseUrl: string;
		now: Date;
	}
): Promise<DeclarationOutcome> {
	const { db } = deps;
	const secret = deps.env.AUTH_SECRET ?? '';
	if (!(await reserveDeclaration(db, secret, input.userId, input.now)))
		return { ok: false, reason: 'throttled' };
	const offered = new Set((await listDeclarableOrganisations(db, input.userId)).map((o) => o.id));
	const pending = new Set(
		(
			await db
				.select({ org: organisationRequest.organisationId })
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
		// Each declared organisation mails its owners: reserved before the request is filed.
		if (!(await reserveDeclaredOrganisation(db, secret, input.userId, input.now)))
			return filed > 0 ? { ok: true, filed } : { ok: false, reason: 'throttled' };
		const id = newId();
		await db.insert(organisationRequest).values({
			id,
			requesterId: input.userId,
			organisationId: organisationId,
			kind: 'join',
			role: input.role
		});
		const eventId = await recordAudit(db, {
			actorId: input.userId,
			organisationId: organisationId,
			action: 'organisation-request.filed',
			subjectType: 'organisation_request',
			subjectId: id,
			detail: { kind: 'join', role: input.role }
		});
		await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
			subject: t(m['mandates.mail.request.subject'], { organisation }),
			paragraphs: [t(m['mandates.mail.request.body'], { organisation })],
			action: {
				label: t(m['mandates.mail.request.action']),
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
			organisationId: null,
			action: 'organisation-request.filed',
			subjectType: 'organisation_request',
			subjectId: id,
			detail: { kind: 'join', newOrganisation: true }
		});
		filed++;
	}
	return filed > 0 ? { ok: true, filed } : { ok: false, reason: 'nothing' };
}

type WithdrawalOutcome = { ok: true } | { ok: false; reason: 'owner' | 'already-requested' };

/**
 * Asks to stop managing an employer; like a declaration, it takes effect once approved. The
 * membership check, the "no pending withdrawal yet" check and the insert are ONE statement, so
 * any number of simultaneous posts file one request and mail the owners once.
 */
export async function requestWithdrawal(
	deps: MailDeps,
	input: { userId: string; organisationId: string; baseUrl: string }
): Promise<WithdrawalOutcome> {
	const { db } = deps;
	const id = newId();
	const filed = await db.all<{ id: string }>(sql`
		insert into organisation_request (id, requester_id, organization_id, kind, role, status)
		select ${id}, ${member.userId}, ${member.organizationId}, 'withdraw', ${member.role}, 'pending'
		from ${member}
		where ${member.userId} = ${input.userId}
			and ${member.organizationId} = ${input.organisationId}
			and ${member.role} <> 'owner'
			and not exists (
				select 1 from organisation_request r
				where r.requester_id = ${input.userId}
					and r.organization_id = ${input.organisationId}
					and r.kind = 'withdraw'
					and r.status = 'pending'
			)
		returning id`);
	if (filed.length === 0) {
		const row = await db
			.select({ role: member.role })
			.from(member)
			.where(and(eq(member.userId, input.userId), eq(member.organizationId, input.organisationId)))
			.get();
		return { ok: false, reason: !row || row.role === 'owner' ? 'owner' : 'already-requested' };
	}
	const eventId = await recordAudit(db, {
		actorId: input.userId,
		organisationId: input.organisationId,
		action: 'organisation-request.filed',
		subjectType: 'organisation_request',
		subjectId: id,
		detail: { kind: 'withdraw' }
	});
	await mailOwners(deps, input.organisationId, eventId, (t, organisation) => ({
		subject: t(m['mandates.mail.request.subject'], { organisation }),
		paragraphs: [t(m['mandates.mail.withdraw.body'], { organisation })],
		action: {
			label: t(m['mandates.mail.request.action']),
			url: `${input.baseUrl}/werkgever/volmachten`
		}
	}));
	return { ok: true };
}

const requestColumns = {
	id: organisationRequest.id,
	kind: organisationRequest.kind,
	role: organisationRequest.role,
	status: organisationRequest.status,
	organisationId: organisationRequest.organisationId,
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
		.leftJoin(organization, eq(organisationRequest.organisationId, organization.id));
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
			eq(organisationRequest.organisationId, organisationId),
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

type DecisionScope = { staff: true } | { staff: false; organisationId: string };

type DecisionOutcome = { ok: true } | { ok: false; reason: 'not-found' | 'already-decided' };

/**
 * Approves or rejects a pending request. An organisation's owner/beheerder can decide only
 * requests about that organisation; staff can decide all, including new employers.
 * The request is CLAIMED first, in one statement (pending → decided, only while pending and in
 * scope); only the claimant acts, so two simultaneous decisions have exactly one effect.
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
): Promise<DecisionOutcome> {
	const { db } = deps;
	const inScope = input.scope.staff
		? eq(organisationRequest.id, input.requestId)
		: and(
				eq(organisationRequest.id, input.requestId),
				eq(organisationRequest.organisationId, input.scope.organisationId),
				ne(organisationRequest.requesterId, input.actorId)
			);
	const request = await db
		.update(organisationRequest)
		.set({
			status: input.approve ? 'approved' : 'rejected',
			decidedBy: input.actorId,
			decidedAt: input.now
		})
		.where(and(inScope, eq(organisationRequest.status, 'pending')))
		.returning()
		.get();
	if (!request) {
		const seen = await db
			.select({ status: organisationRequest.status })
			.from(organisationRequest)
			.where(inScope)
			.get();
		return {
			ok: false,
			reason: seen && seen.status !== 'pending' ? 'already-decided' : 'not-found'
		};
	}

	let organisationId = request.organisationId;
	if (input.approve) {
		if (!organisationId && request.newOrganisationName) {
			organisationId = newId();
			await db.insert(organization).values({
				id: organisationId,
				name: request.newOrganisationName,
				slug: `org-${organisationId.slice(0, 12).toLowerCase()}`,
				kind: 'employer'
			});
			await db
				.update(organisationRequest)
				.set({ organisationId: organisationId })
				.where(eq(organisationRequest.id, request.id));
		}
		if (organisationId && request.kind === 'join') {
			await db
				.insert(member)
				.values({ organizationId: organisationId, userId: request.requesterId, role: request.role })
				.onConflictDoNothing();
		} else if (organisationId) {
			await endAccess(db, organisationId, request.requesterId, input.now);
		}
	}
	const eventId = await recordAudit(db, {
		actorId: input.actorId,
		organisationId: organisationId,
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
			subject: input.approve
				? t(m['mandates.mail.decided.approved'])
				: t(m['mandates.mail.decided.rejected']),
			paragraphs: [
				input.approve
					? t(m['mandates.mail.decided.approved'])
					: t(m['mandates.mail.decided.rejected'])
			]
		}));
	if (organisationId && request.organisationId)
		await mailOwners(deps, organisationId, eventId, (t, organisation) => ({
			subject: t(m['mandates.mail.request.subject'], { organisation }),
			paragraphs: [
				input.approve
					? t(m['mandates.mail.owner-approved'], { organisation, person: requester?.email ?? '' })
					: t(m['mandates.mail.owner-rejected'], { organisation, person: requester?.email ?? '' })
			]
		}));
	return { ok: true };
}

export async function organisationsOf(db: Db, userId: string) {
	return db
		.select({ id: organization.id, name: organization.name, role: member.role })
		.from(member)
		.innerJoin(organization, eq(member.organizationId, organization.id))
		.where(and(eq(member.userId, userId), eq(organization.active, true)))
		.orderBy(asc(organization.name));
}
