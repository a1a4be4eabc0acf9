/** Members of COLLECTIEF (employers) for staff: list, create, edit, (de)activate. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organization } from '../db/schema';
import { countMembersByOrganisation } from '../mandates/members';
import { countPeopleByEmployer } from './people';
import { newId } from '../db/ids';
import { recordAudit } from '../audit';

interface EmployerSummary {
	id: string;
	name: string;
	active: boolean;
	locale: string;
	enterpriseNumber: string | null;
	rosterSize: number;
	contacts: number;
}

/**
 * Every employer with its number of people and contacts. The counts come from the queries of the
 * employer's own pages (people.ts, members.ts), grouped: a correlated subquery here once compared
 * a column with itself (drizzle leaves single-table selects unqualified) and counted 0 for all.
 */
export async function listEmployers(db: Db): Promise<EmployerSummary[]> {
	const [employers, people, contacts] = await Promise.all([
		db
			.select({
				id: organization.id,
				name: organization.name,
				active: organization.active,
				locale: organization.locale,
				enterpriseNumber: organization.enterpriseNumber
			})
			.from(organization)
			.where(eq(organization.kind, 'employer'))
			.orderBy(asc(organization.name)),
		countPeopleByEmployer(db),
		countMembersByOrganisation(db)
	]);
	return employers.map((e) => ({
		...e,
		rosterSize: people.get(e.id) ?? 0,
		contacts: contacts.get(e.id) ?? 0
	}));
}

export async function getEmployer(db: Db, id: string) {
	return db
		.select({
			id: organization.id,
			name: organization.name,
			active: organization.active,
			locale: organization.locale,
			enterpriseNumber: organization.enterpriseNumber,
			createdAt: organization.createdAt
		})
		.from(organization)
		.where(and(eq(organization.id, id), eq(organization.kind, 'employer')))
		.get();
}

/** A unique, readable slug: the name folded to a-z0-9, plus a random suffix. */
function slugFor(name: string): string {
	const base = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${base || 'werkgever'}-${newId().slice(0, 6)}`;
}

export interface EmployerInput {
	name: string;
	locale: 'nl' | 'fr' | 'en';
	/** Ten digits (checked), or null while unknown. */
	enterpriseNumber: string | null;
}

export async function createEmployer(db: Db, input: EmployerInput, actorId: string) {
	const row = await db
		.insert(organization)
		.values({
			name: input.name,
			locale: input.locale,
			enterpriseNumber: input.enterpriseNumber,
			slug: slugFor(input.name),
			kind: 'employer'
		})
		.returning({ id: organization.id })
		.get();
	await recordAudit(db, {
		actorId,
		organisationId: row.id,
		action: 'employer.create',
		subjectType: 'organization',
		subjectId: row.id
	});
	return row.id;
}

export async function updateEmployer(db: Db, id: string, input: EmployerInput, actorId: string) {
	await db
		.update(organization)
		.set({ name: input.name, locale: input.locale, enterpriseNumber: input.enterpriseNumber })
		.where(and(eq(organization.id, id), eq(organization.kind, 'employer')));
	await recordAudit(db, {
		actorId,
		organisationId: id,
		action: 'employer.update',
		subjectType: 'organization',
		subjectId: id
	});
}

/** Deactivating keeps all data; the employer's members can no longer act for it. */
export async function setEmployerActive(db: Db, id: string, active: boolean, actorId: string) {
	await db
		.update(organization)
		.set({ active })
		.where(and(eq(organization.id, id), eq(organization.kind, 'employer')));
	await recordAudit(db, {
		actorId,
		organisationId: id,
		action: active ? 'employer.activate' : 'employer.deactivate',
		subjectType: 'organization',
		subjectId: id
	});
}
