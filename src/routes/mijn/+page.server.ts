import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { LOCALE_COOKIE } from '$lib/i18n/negotiate';
import { loadOwnProfile, PLATFORMS, saveLocale } from '$lib/server/employee-profile';
import { requireEmployee } from '$lib/server/http/employee';
import { partnerStatusesFor } from '$lib/server/partners';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireEmployee(locals, url);
	return {
		profile: await loadOwnProfile(locals.db, user.id),
		platforms: PLATFORMS,
		partnerStatuses: await partnerStatusesFor(locals.db, user.id),
		changed: url.searchParams.has('gewijzigd'),
		welcome: url.searchParams.has('welkom')
	};
};

export const actions: Actions = {
	everywhere: async ({ locals, request }) => {
		if (locals.user) await locals.auth.api.revokeSessions({ headers: request.headers });
		redirect(303, '/login');
	},
	language: async ({ locals, request, cookies }) => {
		if (!locals.user) redirect(303, '/login');
		const lang = (await request.formData()).get('lang');
		if (isLocale(lang)) {
			await saveLocale(locals.db, locals.user.id, lang);
			cookies.set(LOCALE_COOKIE, lang, {
				path: '/',
				maxAge: 60 * 60 * 24 * 365,
				httpOnly: true,
				sameSite: 'lax'
			});
		}
		redirect(303, '/mijn?taal');
	}
};
