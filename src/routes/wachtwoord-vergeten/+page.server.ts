import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { isValidEmail } from '$lib/registration';
import { requestReset } from '$lib/server/auth/reset-request';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

const ForgotForm = v.object({
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.check(isValidEmail))
});

export const load: PageServerLoad = ({ url }) => ({ sent: url.searchParams.has('verstuurd') });

export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const parsed = v.safeParse(ForgotForm, form);
		if (!parsed.success)
			return fail(400, {
				email: typeof form.email === 'string' ? form.email.slice(0, 254) : '',
				message: event.locals.t(m['pwd-forgot.email-wrong'])
			});
		await requestReset(event, parsed.output.email);
		redirect(303, '/wachtwoord-vergeten?verstuurd');
	}
};
