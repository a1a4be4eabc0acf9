import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	viewer: locals.user ? { name: locals.user.name, kind: locals.user.kind } : null
});
