import { requireStaff } from '$lib/server/http/staff';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	requireStaff(locals, url);
};
