import type { RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../db';
import { auditEvent, organization } from '../db/schema';
import { newId } from '../db/ids';
import { replaceRoster } from '../rosters/replace-roster';
import { createApiToken } from './tokens';
import { requireApiToken } from './bearer';
import { apiError, apiJson } from './respond';
import {
	EmployerBody,
	MAX_BODY_BYTES,
	MAX_ROSTER_BODY_BYTES,
	MAX_ROSTER_PEOPLE,
	RosterBody,
	TokenBody
} from './schemas';
import { parseJson, readLimited } from './read-body';
import * as m from '$lib/paraglide/messages';

async function audit(
	db: Db,
	actor: string,
	organisationId: string,
	action: string,
	detail: object
) {
	await db.insert(auditEvent).values({
		at: new Date(),
		actorId: actor,
		organisationId: organisationId,
		action,
		subjectType: 'organization',
		subjectId: organisationId,
		detail: JSON.stringify(detail)
	});
}

async function employerExists(db: Db, id: string): Promise<boolean> {
	const found = await db
		.select({ id: organization.id })
		.from(organization)
		.where(and(eq(organization.id, id), eq(organization.kind, 'employer')))
		.get();
	return !!found;
}

const slugOf = (name: string) =>
	`${name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)}-${newId().slice(0, 6)}`;

/** POST /api/v1/employers (staff) */
export async function postEmployer(event: RequestEvent): Promise<Response> {
	const { request, locals } = event;
	const auth = await requireApiToken(request, locals.db, locals.t, 'staff', locals.now);
	if (!auth.ok) return auth.response;
	const bytes = await readLimited(request, MAX_BODY_BYTES);
	if (!bytes) return apiError(locals.t, 413, 'payload-too-large');
	const parsed = v.safeParse(EmployerBody, parseJson(bytes));
	if (!parsed.success) return apiError(locals.t, 400, 'invalid-body');
	// Without a language the employer's mails go out in nl, fr and en (empty = unknown).
	const created = await locals.db
		.insert(organization)
		.values({
			name: parsed.output.name,
			slug: slugOf(parsed.output.name),
			kind: 'employer',
			locale: parsed.output.locale ?? ''
		})
		.returning({ id: organization.id })
		.get();
	await audit(locals.db, `token:${auth.owner.tokenId}`, created.id, 'employer.created', {});
	return apiJson({ id: created.id }, 201);
}

/** PUT /api/v1/employers/{id}/roster (staff) */
export async function putRoster(event: RequestEvent, employerId: string): Promise<Response> {
	const { request, locals } = event;
	const auth = await requireApiToken(request, locals.db, locals.t, 'staff', locals.now);
	if (!auth.ok) return auth.response;
	if (!(await employerExists(locals.db, employerId)))
		return apiError(locals.t, 404, 'employer-not-found');
	const bytes = await readLimited(request, MAX_ROSTER_BODY_BYTES);
	if (!bytes) return apiError(locals.t, 413, 'payload-too-large');
	const json = parseJson(bytes) as { people?: unknown } | undefined;
	if (json && Array.isArray(json.people) && json.people.length > MAX_ROSTER_PEOPLE)
		return apiError(locals.t, 413, 'payload-too-large');
	const parsed = v.safeParse(RosterBody, json);
	if (!parsed.success) return apiError(locals.t, 400, 'invalid-body');
	const result = await replaceRoster(
		locals.db,
		employerId,
		parsed.output.people,
		`token:${auth.owner.tokenId}`,
		locals.now
	);
	if (!result.ok)
		return apiJson(
			{
				error: {
					code: 'invalid-body',
					message: locals.t(m['api.error.invalid-body']),
					index: result.index,
					reason: result.reason
				}
			},
			400
		);
	return apiJson({ count: result.count });
}

/** POST /api/v1/employers/{id}/tokens (staff) */
export async function postEmployerToken(
	event: RequestEvent,
	employerId: string
): Promise<Response> {
	const { request, locals } = event;
	const auth = await requireApiToken(request, locals.db, locals.t, 'staff', locals.now);
	if (!auth.ok) return auth.response;
	if (!(await employerExists(locals.db, employerId)))
		return apiError(locals.t, 404, 'employer-not-found');
	const bytes = await readLimited(request, MAX_BODY_BYTES);
	if (!bytes) return apiError(locals.t, 413, 'payload-too-large');
	const parsed = v.safeParse(TokenBody, bytes.length ? parseJson(bytes) : undefined);
	if (!parsed.success) return apiError(locals.t, 400, 'invalid-body');
	const token = await createApiToken(locals.db, {
		kind: 'employer',
		organisationId: employerId,
		label: parsed.output.label || 'API',
		createdBy: `token:${auth.owner.tokenId}`
	});
	await audit(locals.db, `token:${auth.owner.tokenId}`, employerId, 'api-token.created', {
		tokenId: token.id
	});
	return apiJson({ id: token.id, token: token.token }, 201);
}
