import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '$lib/server/http/staff';
import { createEmployer, listEmployers } from '$lib/server/backoffice/employers';
import { employerFormMessage, formFields, parseEmployerForm } from '$lib/server/backoffice/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	return { employers: await listEmployers(locals.db) };
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const staff = requireStaff(locals, url);
		const form = await formFields(request);
		const parsed = parseEmployerForm(form);
		if (!parsed.ok)
			return fail(400, {
				name: form.name ?? '',
				enterpriseNumber: form.enterpriseNumber ?? '',
				enterpriseProblem: parsed.reason !== 'invalid',
				message: employerFormMessage(parsed.reason, locals.t)
			});
		const id = await createEmployer(locals.db, parsed.value, staff.id);
		redirect(303, `/beheer/werkgevers/${id}`);
	}
};
