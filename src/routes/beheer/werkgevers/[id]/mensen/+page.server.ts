import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { brusselsDate } from '$lib/registration/deadline';
import { requireStaff } from '$lib/server/backoffice/guard';
import { getEmployer } from '$lib/server/backoffice/employers';
import { employerPeople } from '$lib/server/backoffice/people';
import { Id, formFields } from '$lib/server/backoffice/forms';
import {
	addRosterPerson,
	removeRosterPerson,
	rosterPersonFrom
} from '$lib/server/rosters/edit-roster';
import type { Actions, PageServerLoad } from './$types';

async function employerOr404(locals: App.Locals, id: string) {
	const employer = v.is(Id, id) ? await getEmployer(locals.db, id) : undefined;
	if (!employer) error(404, locals.t('error.not-found'));
	return employer;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireStaff(locals, url);
	const employer = await employerOr404(locals, params.id);
	return { employer, people: await employerPeople(locals.db, employer.id, new Date()) };
};

export const actions: Actions = {
	add: async ({ locals, url, params, request }) => {
		const staff = requireStaff(locals, url);
		const employer = await employerOr404(locals, params.id);
		const form = await formFields(request);
		const result = rosterPersonFrom(form, brusselsDate(new Date()));
		if (!result.ok)
			return fail(400, { person: form, message: locals.t(`staff.problem.${result.reason}`) });
		await addRosterPerson(locals.db, employer.id, result.person, staff.id);
		return { notice: locals.t('staff.people.added') };
	},
	remove: async ({ locals, url, params, request }) => {
		const staff = requireStaff(locals, url);
		const employer = await employerOr404(locals, params.id);
		const entryId = (await formFields(request)).entryId ?? '';
		if (!v.is(Id, entryId)) return fail(400, { message: locals.t('staff.people.invalid') });
		await removeRosterPerson(locals.db, employer.id, entryId, staff.id);
		return { notice: locals.t('staff.people.removed') };
	}
};
