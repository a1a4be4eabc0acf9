import { requireStaff } from '$lib/server/backoffice/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	requireStaff(locals, url);
};
