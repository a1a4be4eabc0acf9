import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { createEmployer, listEmployers } from '$lib/server/backoffice/employers';
import { EmployerForm, formFields } from '$lib/server/backoffice/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	return { employers: await listEmployers(locals.db) };
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const staff = requireStaff(locals, url);
		const form = await formFields(request);
		const parsed = v.safeParse(EmployerForm, form);
		if (!parsed.success)
			return fail(400, { name: form.name ?? '', message: locals.t('staff.employer.invalid') });
		const id = await createEmployer(locals.db, parsed.output, staff.id);
		redirect(303, `/beheer/werkgevers/${id}`);
	}
};
