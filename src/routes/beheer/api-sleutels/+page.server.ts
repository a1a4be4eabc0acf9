import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaff } from '$lib/server/http/staff';
import { listApiTokens } from '$lib/server/api/tokens';
import { createTokenFor, revokeTokenOf } from '$lib/server/backoffice/tokens';
import { TokenForm, formFields } from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals, url);
	return { tokens: await listApiTokens(locals.db, null) };
};

export const actions: Actions = {
	createToken: async ({ locals, url, request }) => {
		const staff = requireStaff(locals, url);
		const parsed = v.safeParse(TokenForm, await formFields(request));
		if (!parsed.success) return fail(400, { message: locals.t(m['staff.token.invalid']) });
		return { token: await createTokenFor(locals.db, null, parsed.output.label, staff.id) };
	},
	revokeToken: async ({ locals, url, request }) => {
		const staff = requireStaff(locals, url);
		const tokenId = (await formFields(request)).tokenId ?? '';
		if (!v.is(Id, tokenId)) return fail(400, { message: locals.t(m['staff.token.invalid']) });
		await revokeTokenOf(locals.db, null, tokenId, staff.id);
		return { notice: locals.t(m['staff.token.revoked']) };
	}
};
