import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { homeFor } from '$lib/server/auth/landing';
import { listEmployers } from '$lib/server/self-registration/employers';
import { submitRegistration } from '$lib/server/self-registration/submit';
import type { Actions, PageServerLoad } from './$types';

const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');
const RegisterForm = v.object({
	lastName: text(200),
	firstName: text(200),
	postcode: text(20),
	birthDate: text(40),
	email: text(254),
	employerId: text(64)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, homeFor(locals.user.kind));
	return {
		employers: await listEmployers(locals.db),
		sent: url.searchParams.has('verstuurd')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = v.safeParse(RegisterForm, Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problems: { lastName: 'field-missing' as const } });
		const outcome = await submitRegistration(event, parsed.output);
		if (!outcome.ok)
			return fail(400, {
				problems: outcome.problems,
				values: { ...outcome.row, employerId: parsed.output.employerId }
			});
		redirect(303, '/registreer?verstuurd');
	}
};
