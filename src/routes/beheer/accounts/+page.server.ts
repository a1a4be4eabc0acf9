import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import {
	disableAccount,
	findAccountByEmail,
	resendStartPassword
} from '$lib/server/backoffice/accounts';
import { EmailQuery, formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const asked = url.searchParams.get('email');
	if (asked === null) return { email: '', searched: false, account: null };
	const parsed = v.safeParse(EmailQuery, asked);
	if (!parsed.success) return { email: asked, searched: false, account: null };
	return {
		email: parsed.output,
		searched: true,
		account: await findAccountByEmail(locals.db, parsed.output, locals.now)
	};
};

export const actions: Actions = {
	disable: async ({ locals, platform, url, request }) => {
		const staff = requireStaff(locals, url);
		const userId = (await formFields(request)).userId ?? '';
		if (
			!v.is(Id, userId) ||
			!(await disableAccount({ db: locals.db, env: appEnv({ platform }) }, userId, staff.id))
		)
			return fail(400, { message: locals.t('staff.account.cannot-disable') });
		return { notice: locals.t('staff.account.disabled-done') };
	},
	resend: async ({ locals, platform, url, request }) => {
		const staff = requireStaff(locals, url);
		const userId = (await formFields(request)).userId ?? '';
		if (!v.is(Id, userId)) return fail(400, { message: locals.t('staff.account.not-found') });
		const outcome = await resendStartPassword(
			{ db: locals.db, env: appEnv({ platform }) },
			userId,
			staff.id,
			locals.now
		);
		if (!outcome.ok) return fail(409, { message: locals.t('staff.account.resend-unavailable') });
		return { notice: locals.t('staff.account.resent') };
	}
};
