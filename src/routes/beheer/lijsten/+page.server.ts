import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { filtersFrom, listBatches } from '$lib/server/backoffice/batches';
import { listEmployers } from '$lib/server/backoffice/employers';
import { retryBatch, stuckBatches } from '$lib/server/backoffice/stuck';
import { formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const filters = filtersFrom(url.searchParams);
	const now = locals.now;
	const [batches, employers, stuck] = await Promise.all([
		listBatches(locals.db, filters, now),
		listEmployers(locals.db),
		stuckBatches(locals.db, now)
	]);
	return {
		filters,
		batches,
		stuck,
		employers: employers.map(({ id, name }) => ({ id, name }))
	};
};

export const actions: Actions = {
	retry: async ({ locals, url, request, platform }) => {
		const staff = requireStaff(locals, url);
		const batchId = (await formFields(request)).batchId ?? '';
		if (!v.is(Id, batchId) || !platform)
			return fail(400, { message: locals.t(m['staff.stuck.not-stuck']) });
		const sent = await retryBatch(
			locals.db,
			platform.env.REGISTRATION,
			batchId,
			staff.id,
			locals.now
		);
		if (!sent) return fail(409, { message: locals.t(m['staff.stuck.not-stuck']) });
		return { notice: locals.t(m['staff.stuck.retried']) };
	}
};
