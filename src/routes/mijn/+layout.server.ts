import { requireEmployee } from '$lib/server/http/employee';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	requireEmployee(locals, url);
};
