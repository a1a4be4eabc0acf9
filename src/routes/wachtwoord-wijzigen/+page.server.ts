import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { homeFor } from '$lib/server/auth/landing';
import {
	changeOwnPassword,
	newPasswordProblem,
	replaceStartPassword
} from '$lib/server/auth/password-change';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

const ChangeForm = v.object({
	current: v.optional(v.pipe(v.string(), v.maxLength(256))),
	password: v.pipe(v.string(), v.maxLength(256))
});

export const load: PageServerLoad = ({ locals, url }) => {
	const me = locals.user;
	if (!me) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return { forced: me.mustChangePassword === true, personal: [me.email, me.name] };
};

export const actions: Actions = {
	default: async ({ locals, platform, request }) => {
		const me = locals.user;
		if (!me) redirect(303, '/login');
		const parsed = v.safeParse(ChangeForm, Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: locals.t(m['pwd.too-long']) });
		const { current, password } = parsed.output;
		const problem = newPasswordProblem(password, me);
		if (problem) return fail(400, { error: problem(locals.t) });

		if (me.mustChangePassword) {
			await replaceStartPassword(locals, password);
		} else {
			if (!current) return fail(400, { currentError: locals.t(m['pwd-change.current-missing']) });
			const secret = appEnv({ platform }).AUTH_SECRET;
			const changed = await changeOwnPassword(locals, secret, request.headers, current, password);
			if (!changed.ok) return fail(changed.status, { currentError: changed.message(locals.t) });
		}
		redirect(303, me.kind === 'employee' ? '/mijn?gewijzigd' : homeFor(me.kind));
	}
};
