import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { homeFor } from '$lib/server/auth/landing';
import { verifyCode } from '$lib/server/backoffice/two-factor';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

const CHALLENGE_COOKIE = '__Host-youp.two_factor';
const CodeForm = v.object({
	code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/))
});

export const load: PageServerLoad = ({ locals, cookies }) => {
	if (locals.user) redirect(303, homeFor(locals.user.kind));
	if (!cookies.get(CHALLENGE_COOKIE)) redirect(303, '/login');
};

export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const parsed = v.safeParse(CodeForm, { code: String(form.code ?? '').replace(/\s/g, '') });
		if (!parsed.success)
			return fail(400, { message: event.locals.t(m['staff.totp.format']), restart: false });
		const outcome = await verifyCode(event, parsed.output.code);
		if (!outcome.ok)
			return fail(400, { message: outcome.message(event.locals.t), restart: !!outcome.restart });
		redirect(303, homeFor(outcome.kind));
	}
};
