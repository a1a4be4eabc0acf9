import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { newPasswordProblem } from '$lib/server/auth/password-change';
import { resetTarget, resetWithToken } from '$lib/server/auth/reset-request';
import type { Actions, PageServerLoad } from './$types';

const Token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,128}$/));
const ResetForm = v.object({ token: Token, password: v.pipe(v.string(), v.maxLength(256)) });

export const load: PageServerLoad = async ({ locals, url }) => {
	const token = v.safeParse(Token, url.searchParams.get('token'));
	const target = token.success ? await resetTarget(locals, token.output) : null;
	return {
		token: target && token.success ? token.output : null,
		personal: target ? [target.email, target.name] : []
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const parsed = v.safeParse(ResetForm, Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { expired: true });
		const { token, password } = parsed.output;
		const target = await resetTarget(locals, token);
		if (!target) return fail(400, { expired: true });
		const problem = newPasswordProblem(password, target);
		if (problem) return fail(400, { error: problem(locals.t) });
		if (!(await resetWithToken(locals, token, password))) return fail(400, { expired: true });
		redirect(303, '/login?hersteld');
	}
};
