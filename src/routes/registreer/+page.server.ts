import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { homeFor } from '$lib/server/auth/landing';
import { appEnv } from '$lib/server/env';
import {
	chosenEmployer,
	searchEmployers,
	searchText
} from '$lib/server/self-registration/employers';
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

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	if (locals.user) redirect(303, homeFor(locals.user.kind));
	// ?werkgever=… is the page's own employer search (a GET form: it works without JavaScript).
	const query = searchText(url.searchParams.get('werkgever'));
	const search = query
		? await searchEmployers(
				{ db: locals.db, secret: appEnv(event).AUTH_SECRET, now: locals.now },
				query,
				event.request.headers.get('cf-connecting-ip') ?? 'unknown'
			)
		: null;
	return {
		query,
		employers: search?.ok ? search.employers : [],
		searchProblem: search && !search.ok ? search.reason : null,
		sent: url.searchParams.has('verstuurd')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = v.safeParse(RegisterForm, Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problems: { lastName: 'field-missing' as const } });
		const outcome = await submitRegistration(event, parsed.output);
		if (!outcome.ok) {
			// The chosen employer stays chosen (an active member's name is no secret).
			const employerId = parsed.output.employerId;
			const employer = employerId ? await chosenEmployer(event.locals.db, employerId) : undefined;
			return fail(400, {
				problems: outcome.problems,
				values: { ...outcome.row, employerId },
				employer: employer ?? null
			});
		}
		redirect(303, '/registreer?verstuurd');
	}
};
