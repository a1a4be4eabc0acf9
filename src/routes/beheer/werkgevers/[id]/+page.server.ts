import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireStaffEmployer } from '$lib/server/http/staff';
import { setEmployerActive, updateEmployer } from '$lib/server/backoffice/employers';
import { addContact, listContacts, removeContact } from '$lib/server/backoffice/contacts';
import { sendContactWelcome } from '$lib/server/backoffice/contact-welcome';
import { createTokenFor, revokeTokenOf } from '$lib/server/backoffice/tokens';
import { listApiTokens } from '$lib/server/api/tokens';
import {
	ContactForm,
	TokenForm,
	employerFormMessage,
	formFields,
	parseEmployerForm
} from '$lib/server/backoffice/forms';
import { Id } from '$lib/server/db/ids';
import type { Actions, PageServerLoad } from './$types';
import { appEnv } from '$lib/server/env';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { employer } = await requireStaffEmployer(locals, url, params.id);
	const [contacts, tokens] = await Promise.all([
		listContacts(locals.db, employer.id),
		listApiTokens(locals.db, employer.id)
	]);
	return { employer, contacts, tokens };
};

export const actions: Actions = {
	update: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await formFields(request);
		const parsed = parseEmployerForm(form);
		if (!parsed.ok)
			return fail(400, {
				enterpriseNumber: form.enterpriseNumber ?? '',
				enterpriseProblem: parsed.reason !== 'invalid',
				message: employerFormMessage(parsed.reason, locals.t)
			});
		await updateEmployer(locals.db, employer.id, parsed.value, staff.id);
		return { notice: locals.t(m['staff.saved']) };
	},
	active: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await formFields(request);
		const active = form.active === 'true';
		// Deactivating is the second step of two: the first only says what will happen.
		if (!active && form.confirm !== '1') return { confirmDeactivate: true };
		await setEmployerActive(locals.db, employer.id, active, staff.id);
		return {
			notice: active
				? locals.t(m['staff.employer.activated'])
				: locals.t(m['staff.employer.deactivated'])
		};
	},
	addContact: async ({ locals, url, params, request, platform }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await formFields(request);
		const parsed = v.safeParse(ContactForm, form);
		if (!parsed.success)
			return fail(400, {
				contact: { name: form.name ?? '', email: form.email ?? '' },
				message: locals.t(m['staff.contact.invalid'])
			});
		const outcome = await addContact(locals.db, employer.id, parsed.output, staff.id);
		if (outcome.kind === 'already-member' || outcome.kind === 'other-kind')
			return fail(409, {
				contact: { name: form.name ?? '', email: form.email ?? '' },
				message:
					outcome.kind === 'already-member'
						? locals.t(m['staff.contact.already-member'])
						: locals.t(m['staff.contact.other-kind'])
			});
		if (outcome.kind === 'created') {
			await sendContactWelcome(
				{ db: locals.db, env: appEnv({ platform }), auth: locals.auth },
				{ userId: outcome.userId, email: parsed.output.email, organisationName: employer.name },
				locals.now
			);
			return { notice: locals.t(m['staff.contact.added-mailed']) };
		}
		return { notice: locals.t(m['staff.contact.added']) };
	},
	removeContact: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await formFields(request);
		const memberId = form.memberId ?? '';
		if (!v.is(Id, memberId)) return fail(400, { message: locals.t(m['staff.contact.invalid']) });
		if (form.confirm !== '1') {
			const contact = (await listContacts(locals.db, employer.id)).find(
				(c) => c.memberId === memberId
			);
			if (!contact) return fail(404, { message: locals.t(m['staff.contact.invalid']) });
			return { confirmRemove: { memberId, name: contact.name, email: contact.email } };
		}
		await removeContact(locals.db, employer.id, memberId, staff.id);
		return { notice: locals.t(m['staff.contact.removed']) };
	},
	createToken: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const parsed = v.safeParse(TokenForm, await formFields(request));
		if (!parsed.success) return fail(400, { message: locals.t(m['staff.token.invalid']) });
		const token = await createTokenFor(locals.db, employer.id, parsed.output.label, staff.id);
		return { token };
	},
	revokeToken: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const tokenId = (await formFields(request)).tokenId ?? '';
		if (!v.is(Id, tokenId)) return fail(400, { message: locals.t(m['staff.token.invalid']) });
		await revokeTokenOf(locals.db, employer.id, tokenId, staff.id);
		return { notice: locals.t(m['staff.token.revoked']) };
	}
};
