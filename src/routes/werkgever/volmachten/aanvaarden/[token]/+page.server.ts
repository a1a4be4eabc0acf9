import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { acceptAsSignedIn, acceptInvitation, openInvitation } from '$lib/server/mandates/invite';
import type { Text } from '$lib/i18n';
import { signIn } from '$lib/server/auth/sign-in';
import { newPasswordProblem } from '$lib/server/auth/password-change';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

// This page resets to the root layout (+page@.svelte) and is the one /werkgever page without the
// employer guard: the invitee is not a member yet. The invitation link is what it checks; an
// existing login accepts only when signed in as the invited address.
// The password follows the one policy ($lib/password), checked below with the invitee's address.
const Accept = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
	password: v.string()
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const opened = await openInvitation(locals.db, params.token, {
		now: locals.now,
		signedInId: locals.user?.id ?? null
	});
	if (!opened) return { invitation: null };
	return {
		invitation: {
			email: opened.invitation.email,
			role: opened.invitation.role,
			organisationName: opened.invitation.organisationName
		},
		mode: opened.mode,
		signInHref: `/login?next=${encodeURIComponent(url.pathname)}`
	};
};

const REFUSED = {
	'sign-in': (t) => t(m['mandates.accept.exists']),
	'other-kind': (t) => t(m['mandates.accept.other-kind']),
	// the address got a login or lost it between the page and the post: start again from the link
	create: (t) => t(m['mandates.accept.gone']),
	invalid: (t) => t(m['mandates.accept.gone'])
} satisfies Record<string, Text>;

export const actions: Actions = {
	default: async (event) => {
		const { locals, params } = event;
		const opened = await openInvitation(locals.db, params.token, {
			now: locals.now,
			signedInId: locals.user?.id ?? null
		});
		if (!opened) return fail(400, { name: '', message: locals.t(m['mandates.accept.gone']) });
		if (opened.mode !== 'create') {
			const outcome =
				opened.mode === 'accept' && locals.user
					? await acceptAsSignedIn(locals.db, params.token, {
							now: locals.now,
							userId: locals.user.id
						})
					: { ok: false as const, reason: opened.mode === 'accept' ? 'sign-in' : opened.mode };
			if (!outcome.ok) return fail(400, { name: '', message: REFUSED[outcome.reason](locals.t) });
			redirect(303, '/werkgever');
		}
		const form = Object.fromEntries(await event.request.formData());
		const name = typeof form.name === 'string' ? form.name : '';
		const parsed = v.safeParse(Accept, form);
		if (!parsed.success)
			return fail(400, { name, message: locals.t(m['mandates.accept.name-invalid']) });
		const problem = newPasswordProblem(parsed.output.password, {
			email: opened.invitation.email,
			name: parsed.output.name
		});
		if (problem) return fail(400, { name, passwordError: problem(locals.t) });
		const outcome = await acceptInvitation(locals.db, params.token, {
			...parsed.output,
			now: locals.now
		});
		if (!outcome.ok)
			return fail(400, {
				name,
				message: (outcome.reason === 'exists' ? REFUSED['sign-in'] : REFUSED.invalid)(locals.t)
			});
		await signIn(event, { email: outcome.email, password: parsed.output.password });
		redirect(303, '/werkgever');
	}
};
