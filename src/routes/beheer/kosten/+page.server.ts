import { requireStaff } from '$lib/server/http/staff';
import { monthCosts } from '$lib/server/backoffice/costs';
import { brusselsMonth, isMonth } from '$lib/server/backoffice/months';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const now = locals.now;
	const asked = url.searchParams.get('month');
	const month = isMonth(asked) ? asked : brusselsMonth(now);
	return { costs: await monthCosts(locals.db, month, now) };
};
