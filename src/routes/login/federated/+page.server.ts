import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { signIn } from '$lib/server/auth/sign-in';
import { oidcSettings, type LinkingMode } from '$lib/server/auth/oidc-config';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

/** better-auth's error codes (and ours) → what the page says. */
function problemOf(code: string | null, linking: LinkingMode) {
	switch (code) {
		case null:
			return null;
		case 'acr_too_low':
			return 'acr' as const;
		// No account carries this federated identity yet (better-auth says "account not linked" when
		// the e-mail matches an account, "signup disabled" otherwise). With password linking the
		// person proves a password once; with verified-email linking only the provider's verified
		// e-mail can link (better-auth refuses a password-proven link too), so no form is offered.
		case 'account_not_linked':
		case 'signup_disabled':
			return linking === 'password' ? ('not-linked' as const) : ('not-vouched' as const);
		default:
			return 'failed' as const;
	}
}

/** The federated login's settings, read once per request (null when it is not configured). */
const settingsOf = (env: Env | undefined) => (env ? oidcSettings(env) : null);

export const load: PageServerLoad = ({ platform, url, locals }) => {
	const settings = settingsOf(platform?.env);
	return {
		configured: settings !== null,
		problem: problemOf(url.searchParams.get('error'), settings?.linking ?? 'password'),
		required: url.searchParams.get('reden') === 'verplicht',
		proved: url.searchParams.get('stap') === 'koppelen' && !!locals.user
	};
};

const LinkForm = v.object({
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty(), v.maxLength(254)),
	password: v.pipe(v.string(), v.nonEmpty(), v.maxLength(256))
});

export const actions: Actions = {
	link: async (event) => {
		// Offered only where a password proof can link (see problemOf).
		if (settingsOf(event.platform?.env)?.linking !== 'password') error(404, 'Not found');
		const form = Object.fromEntries(await event.request.formData());
		const email = typeof form.email === 'string' ? form.email : '';
		const parsed = v.safeParse(LinkForm, form);
		if (!parsed.success)
			return fail(400, { email, linking: true, message: event.locals.t(m['login.missing']) });
		const outcome = await signIn(event, parsed.output);
		if (!outcome.ok)
			return fail(outcome.status, {
				email,
				linking: true,
				message: outcome.message(event.locals.t)
			});
		// The provider is another origin: the next step is a plain link (CSP form-action 'self').
		redirect(303, '/login/federated?stap=koppelen');
	}
};
