import { requireStaff } from '$lib/server/http/staff';
import { periodCosts } from '$lib/server/backoffice/costs';
import { monthPeriod, periodFrom, periodQuery } from '$lib/server/backoffice/periods';
import { brusselsMonth } from '$lib/server/backoffice/months';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const now = locals.now;
	const asked = periodFrom(url.searchParams, now);
	// An unreadable period shows the current month and says so.
	const period = asked ?? monthPeriod(brusselsMonth(now));
	return {
		costs: await periodCosts(locals.db, period, now),
		query: periodQuery(period),
		invalid: asked === null
	};
};
