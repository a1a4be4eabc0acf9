import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { auditActions, listAudit } from '$lib/server/backoffice/audit-log';
import { listEmployers } from '$lib/server/backoffice/employers';
import { Id } from '$lib/server/db/ids';
import type { PageServerLoad } from './$types';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Action = v.pipe(v.string(), v.regex(/^[a-z.-]{1,60}$/));

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const q = url.searchParams;
	const pick = <T>(schema: v.GenericSchema<unknown, T>, value: string | null) =>
		value !== null && v.is(schema, value) ? (value as T) : undefined;
	const filters = {
		action: pick(Action, q.get('action')),
		organisationId: pick(Id, q.get('organization')),
		from: pick(IsoDate, q.get('from')),
		to: pick(IsoDate, q.get('to'))
	};
	const [events, actions, employers] = await Promise.all([
		listAudit(locals.db, filters),
		auditActions(locals.db),
		listEmployers(locals.db)
	]);
	return { filters, events, actions, employers: employers.map(({ id, name }) => ({ id, name })) };
};
