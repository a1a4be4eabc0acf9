import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { LOCALE_COOKIE } from '$lib/i18n/negotiate';
import { safeNext } from '$lib/server/http/safe-next';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const lang = form.get('lang');
		if (isLocale(lang)) {
			cookies.set(LOCALE_COOKIE, lang, {
				path: '/',
				maxAge: 60 * 60 * 24 * 365,
				httpOnly: true,
				sameSite: 'lax'
			});
		}
		redirect(303, safeNext(form.get('next')));
	}
};
