import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { isLocalRequest } from '$lib/server/dev/local';
import {
	listStandInAccounts,
	listStandInCalls,
	setStandInMode,
	standInMode
} from '$lib/server/dev/partner-stand-in';
import { findUserIdByEmail } from '$lib/server/auth/credential-user';
import { partnerIds, partnerName } from '$lib/server/partners/config';
import { requestPartnerProvisioning } from '$lib/server/partners';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

const ProvisionForm = v.object({
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254))
});
const SwitchForm = v.object({ partner: v.picklist(partnerIds), mode: v.picklist(['up', 'down']) });

export const load: PageServerLoad = async ({ locals, platform, request }) => {
	if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
	const partners = await Promise.all(
		partnerIds.map(async (id) => ({
			id,
			name: partnerName(id),
			mode: await standInMode(locals.db, id)
		}))
	);
	const [calls, accounts] = await Promise.all([
		listStandInCalls(locals.db),
		listStandInAccounts(locals.db)
	]);
	return { partners, calls, accounts };
};

export const actions: Actions = {
	switch: async ({ locals, platform, request }) => {
		if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
		const parsed = v.safeParse(SwitchForm, Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, {});
		await setStandInMode(locals.db, parsed.output.partner, parsed.output.mode);
	},
	/** Until the processing pipeline calls it for code-1 lines: provision an existing account. */
	provision: async ({ locals, platform, request }) => {
		if (!isLocalRequest(platform?.env, request)) error(404, 'Not found');
		const form = Object.fromEntries(await request.formData());
		const email = typeof form.email === 'string' ? form.email : '';
		const parsed = v.safeParse(ProvisionForm, form);
		const id = parsed.success ? await findUserIdByEmail(locals.db, parsed.output.email) : null;
		if (!id) return fail(404, { email, message: locals.t(m['partners.standin.unknownAccount']) });
		await requestPartnerProvisioning(appEnv({ platform }), locals.db, id);
		return { provisioned: true };
	}
};
