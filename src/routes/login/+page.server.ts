import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { homeFor } from '$lib/server/auth/landing';
import { signIn } from '$lib/server/auth/sign-in';
import { safeNext } from '$lib/server/http/safe-next';
import { federatedLoginConfigured } from '$lib/server/auth/oidc';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

const LoginForm = v.object({
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty(), v.maxLength(254)),
	password: v.pipe(v.string(), v.nonEmpty(), v.maxLength(256)),
	remember: v.optional(v.literal('on'))
});

export const load: PageServerLoad = ({ locals, platform, url }) => {
	if (locals.user) redirect(303, homeFor(locals.user.kind));
	return {
		reset: url.searchParams.has('hersteld'),
		registered: url.searchParams.has('nieuw'),
		federatedLogin: federatedLoginConfigured(platform?.env)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const parsed = v.safeParse(LoginForm, form);
		const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
		if (!parsed.success)
			return fail(400, { email, expired: false, message: event.locals.t(m['login.missing']) });
		const outcome = await signIn(event, parsed.output);
		if (!outcome.ok)
			return fail(outcome.status, {
				email,
				expired: outcome.expired === true,
				message: outcome.message(event.locals.t)
			});
		if ('twoFactor' in outcome) redirect(303, '/login/tweestaps');
		if (outcome.mustChangePassword) redirect(303, '/wachtwoord-wijzigen');
		redirect(303, safeNext(event.url.searchParams.get('next'), homeFor(outcome.kind)));
	}
};
