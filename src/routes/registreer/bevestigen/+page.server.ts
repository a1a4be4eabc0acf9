import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { newPasswordProblem } from '$lib/server/auth/password-change';
import { completeRegistration, findPending } from '$lib/server/self-registration/confirm';
import type { Actions, PageServerLoad } from './$types';

const Token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{32,64}$/));
const ConfirmForm = v.object({ token: Token, password: v.pipe(v.string(), v.maxLength(256)) });

export const load: PageServerLoad = async ({ locals, url }) => {
	const token = v.safeParse(Token, url.searchParams.get('token'));
	const pending = token.success ? await findPending(locals, token.output) : null;
	return pending && token.success
		? {
				token: token.output,
				firstName: pending.firstName,
				email: pending.email,
				personal: [pending.email, pending.firstName, pending.lastName]
			}
		: { token: null, firstName: '', email: '', personal: [] };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const parsed = v.safeParse(ConfirmForm, Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { expired: true });
		const { token, password } = parsed.output;
		const pending = await findPending(locals, token);
		if (!pending) return fail(400, { expired: true });
		const problem = newPasswordProblem(password, pending);
		if (problem) return fail(400, { error: problem(locals.t) });
		const email = await completeRegistration(locals, token, password);
		if (!email) return fail(400, { expired: true });
		try {
			await locals.auth.api.signInEmail({
				body: { email, password, rememberMe: false },
				headers: request.headers
			});
		} catch {
			redirect(303, '/login?nieuw');
		}
		redirect(303, '/mijn?welkom');
	}
};
