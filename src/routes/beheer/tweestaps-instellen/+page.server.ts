import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { finishEnrolment, startEnrolment } from '$lib/server/backoffice/two-factor';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireStaff(locals, url);
	if ((user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled) redirect(303, '/beheer');
};

const Password = v.object({ password: v.pipe(v.string(), v.nonEmpty(), v.maxLength(256)) });
const Code = v.object({ code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });

export const actions: Actions = {
	start: async (event) => {
		requireStaff(event.locals, event.url);
		const parsed = v.safeParse(Password, Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { message: event.locals.t(m['staff.totp.password-wrong']) });
		const outcome = await startEnrolment(event, parsed.output.password);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message(event.locals.t) });
		return { secret: outcome.value.secret, uri: outcome.value.uri };
	},
	confirm: async (event) => {
		requireStaff(event.locals, event.url);
		const form = Object.fromEntries(await event.request.formData());
		const secret = typeof form.secret === 'string' ? form.secret.slice(0, 128) : '';
		const uri = typeof form.uri === 'string' ? form.uri.slice(0, 512) : '';
		const parsed = v.safeParse(Code, { code: String(form.code ?? '').replace(/\s/g, '') });
		if (!parsed.success)
			return fail(400, { secret, uri, message: event.locals.t(m['staff.totp.format']) });
		const outcome = await finishEnrolment(event, parsed.output.code);
		if (!outcome.ok) return fail(400, { secret, uri, message: outcome.message(event.locals.t) });
		redirect(303, '/beheer');
	}
};
