import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { partnerIds } from '$lib/server/db/schema';
import {
	maxPartnerAttempts,
	partnerFailures,
	partnerName,
	partnerRetrying,
	partnerSummary,
	retryPartner
} from '$lib/server/partners';
import { dateTime } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

const RetryForm = v.object({
	accountId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(64)),
	partner: v.picklist(partnerIds)
});

export const load: PageServerLoad = async ({ locals, url, platform }) => {
	requireStaff(locals, url);
	const [failures, retrying, summary] = await Promise.all([
		partnerFailures(locals.db),
		partnerRetrying(locals.db),
		partnerSummary(locals.db)
	]);
	const maxAttempts = maxPartnerAttempts(appEnv({ platform }));
	return {
		retrying: retrying.map(({ updatedAt: _updatedAt, nextTryAt, ...row }) => ({
			...row,
			maxAttempts,
			partnerName: partnerName(row.partner),
			nextTry: dateTime(nextTryAt, locals.locale, 'short')
		})),
		failures: failures.map((row) => ({ ...row, partnerName: partnerName(row.partner) })),
		summary: summary.map((row) => ({ ...row, partnerName: partnerName(row.partner) }))
	};
};

export const actions: Actions = {
	retry: async ({ locals, platform, url, request }) => {
		requireStaff(locals, url);
		const parsed = v.safeParse(RetryForm, Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { message: locals.t(m['partners.staff.notRetried']) });
		const { accountId, partner } = parsed.output;
		const retried = await retryPartner(appEnv({ platform }), locals.db, accountId, partner);
		if (!retried) return fail(409, { message: locals.t(m['partners.staff.notRetried']) });
		return { retried: true };
	}
};
