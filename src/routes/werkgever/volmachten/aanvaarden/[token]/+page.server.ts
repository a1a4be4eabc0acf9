import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { acceptInvitation, findInvitation } from '$lib/server/mandates/invite';
import { signIn } from '$lib/server/auth/sign-in';
import type { Actions, PageServerLoad } from './$types';

// This page resets to the root layout (+page@.svelte): the invited person has no login yet.
const Accept = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
	password: v.pipe(v.string(), v.minLength(12), v.maxLength(128))
});

export const load: PageServerLoad = async ({ locals, params }) => {
	const invitation = await findInvitation(locals.db, params.token);
	if (!invitation) return { invitation: null };
	return {
		invitation: {
			email: invitation.email,
			role: invitation.role,
			organisationName: invitation.organisationName
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const name = typeof form.name === 'string' ? form.name : '';
		const parsed = v.safeParse(Accept, form);
		if (!parsed.success)
			return fail(400, { name, message: event.locals.t('mandates.accept.invalid') });
		const outcome = await acceptInvitation(event.locals.db, event.params.token, parsed.output);
		if (!outcome.ok)
			return fail(400, {
				name,
				message: event.locals.t(
					outcome.reason === 'exists' ? 'mandates.accept.exists' : 'mandates.accept.gone'
				)
			});
		await signIn(event, { email: outcome.email, password: parsed.output.password });
		redirect(303, '/werkgever');
	}
};
