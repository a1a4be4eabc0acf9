import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { auditActors, listAudit } from '$lib/server/backoffice/audit-log';
import {
	AUDIT_KINDS,
	actorName,
	auditKindLabel,
	auditSentence
} from '$lib/server/backoffice/audit-sentence';
import { listEmployers } from '$lib/server/backoffice/employers';
import { Id } from '$lib/server/db/ids';
import { dateTime } from '$lib/format';
import type { PageServerLoad } from './$types';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Action = v.pipe(v.string(), v.regex(/^[a-z.-]{1,60}$/));
const Actor = v.pipe(v.string(), v.regex(/^(token:)?[A-Za-z0-9_-]{8,64}$/));
const Page = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,5}$/), v.transform(Number));

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const q = url.searchParams;
	const pick = <T>(schema: v.GenericSchema<string, T>, value: string | null) => {
		const parsed = value === null ? null : v.safeParse(schema, value);
		return parsed?.success ? parsed.output : undefined;
	};
	const filters = {
		action: pick(Action, q.get('action')),
		organisationId: pick(Id, q.get('organisation')),
		actor: pick(Actor, q.get('actor')),
		from: pick(IsoDate, q.get('from')),
		to: pick(IsoDate, q.get('to')),
		page: pick(Page, q.get('page')) ?? 1
	};
	const [{ entries, hasNext }, actors, employers] = await Promise.all([
		listAudit(locals.db, filters),
		auditActors(locals.db),
		listEmployers(locals.db)
	]);
	const t = locals.t;
	/** The same filters on another page: the paging links keep them (GET, no JavaScript). */
	const pageHref = (page: number) => {
		const next = new URLSearchParams(q);
		next.set('page', String(page));
		return `?${next}`;
	};
	return {
		filters,
		events: entries.map((e) => ({
			id: e.id,
			when: dateTime(e.at, locals.locale, 'short'),
			actor: actorName(e.actor, t),
			kind: auditKindLabel(e.action, t),
			sentence: auditSentence(e, t)
		})),
		kinds: Object.keys(AUDIT_KINDS)
			.filter((action) => action !== 'employer.created' && action !== 'api-token.created')
			.map((action) => ({ action, label: auditKindLabel(action, t) }))
			.sort((a, b) => a.label.localeCompare(b.label, locals.locale)),
		actors: actors.map((a) => ({ id: a.id, name: actorName(a.actor, t) })),
		employers: employers.map(({ id, name }) => ({ id, name })),
		previous: filters.page > 1 ? pageHref(filters.page - 1) : null,
		next: hasNext ? pageHref(filters.page + 1) : null
	};
};
