import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import {
	disableAccount,
	findAccountByEmail,
	findAccountById,
	resendStartPassword,
	searchAccounts
} from '$lib/server/backoffice/accounts';
import { listEmployers } from '$lib/server/backoffice/employers';
import { EmailQuery, formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

// Search terms are names and e-mail addresses: posted, never put in a URL.
const SearchForm = v.object({
	employerId: Id,
	q: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100))
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	const employers = (await listEmployers(locals.db)).map(({ id, name }) => ({ id, name }));
	const byId = url.searchParams.get('account');
	if (byId !== null && v.is(Id, byId))
		return {
			employers,
			email: '',
			searched: true,
			account: await findAccountById(locals.db, byId, locals.now)
		};
	const asked = url.searchParams.get('email');
	if (asked === null) return { employers, email: '', searched: false, account: null };
	const parsed = v.safeParse(EmailQuery, asked);
	if (!parsed.success) return { employers, email: asked, searched: false, account: null };
	return {
		employers,
		email: parsed.output,
		searched: true,
		account: await findAccountByEmail(locals.db, parsed.output, locals.now)
	};
};

export const actions: Actions = {
	search: async ({ locals, url, request }) => {
		requireStaff(locals, url);
		const form = await formFields(request);
		const parsed = v.safeParse(SearchForm, form);
		if (!parsed.success)
			return fail(400, {
				search: { employerId: form.employerId ?? '', q: form.q ?? '' },
				message: locals.t(m['staff.account.search-invalid'])
			});
		const found = await searchAccounts(locals.db, {
			employerId: parsed.output.employerId,
			term: parsed.output.q,
			now: locals.now
		});
		return { search: parsed.output, found };
	},
	disable: async ({ locals, platform, url, request }) => {
		const staff = requireStaff(locals, url);
		const form = await formFields(request);
		const userId = form.userId ?? '';
		if (!v.is(Id, userId))
			return fail(400, { message: locals.t(m['staff.account.cannot-disable']) });
		if (form.confirm !== '1') {
			// The second step: say what will happen, and change nothing yet.
			const account = await findAccountById(locals.db, userId, locals.now);
			if (!account || account.kind === 'staff')
				return fail(400, { message: locals.t(m['staff.account.cannot-disable']) });
			return { confirmDisable: { id: account.id, name: account.name, email: account.email } };
		}
		if (!(await disableAccount({ db: locals.db, env: appEnv({ platform }) }, userId, staff.id)))
			return fail(400, { message: locals.t(m['staff.account.cannot-disable']) });
		return { notice: locals.t(m['staff.account.disabled-done']) };
	},
	resend: async ({ locals, platform, url, request }) => {
		const staff = requireStaff(locals, url);
		const userId = (await formFields(request)).userId ?? '';
		if (!v.is(Id, userId)) return fail(400, { message: locals.t(m['staff.account.not-found']) });
		const outcome = await resendStartPassword(
			{ db: locals.db, env: appEnv({ platform }) },
			userId,
			staff.id,
			locals.now
		);
		if (!outcome.ok) return fail(409, { message: locals.t(m['staff.account.resend-unavailable']) });
		return { notice: locals.t(m['staff.account.resent']) };
	}
};
