import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { brusselsDate } from '$lib/registration/deadline';
import { requireStaffEmployer } from '$lib/server/http/staff';
import { employerPeople } from '$lib/server/backoffice/people';
import { formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import {
	addRosterPerson,
	removeRosterPerson,
	rosterPersonFrom
} from '$lib/server/rosters/edit-roster';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { rosterProblemText } from '$lib/i18n/labels/staff';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { employer } = await requireStaffEmployer(locals, url, params.id);
	return { employer, people: await employerPeople(locals.db, employer.id, locals.now) };
};

export const actions: Actions = {
	add: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await formFields(request);
		const result = rosterPersonFrom(form, brusselsDate(locals.now));
		if (!result.ok)
			return fail(400, {
				person: form,
				message: rosterProblemText(locals.t, result.reason)
			});
		await addRosterPerson(locals.db, employer.id, result.person, staff.id);
		return { notice: locals.t(m['staff.people.added']) };
	},
	remove: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const entryId = (await formFields(request)).entryId ?? '';
		if (!v.is(Id, entryId)) return fail(400, { message: locals.t(m['staff.people.invalid']) });
		await removeRosterPerson(locals.db, employer.id, entryId, staff.id);
		return { notice: locals.t(m['staff.people.removed']) };
	}
};
