import { fail } from '@sveltejs/kit';
import { brusselsDate } from '$lib/registration/deadline';
import { requireStaffEmployer } from '$lib/server/http/staff';
import { applyImport, previewImport } from '$lib/server/rosters/import-roster';
import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { employer } = await requireStaffEmployer(locals, url, params.id);
	return { employer };
};

export const actions: Actions = {
	preview: async ({ locals, url, params, request }) => {
		const { employer } = await requireStaffEmployer(locals, url, params.id);
		const file = (await request.formData()).get('file');
		const preview = await previewImport(
			locals.db,
			employer.id,
			file instanceof File ? file : null,
			brusselsDate(locals.now)
		);
		if (!preview.ok) {
			const status = ['too-big', 'too-many-rows', 'inflates-too-much'].includes(preview.error)
				? 413
				: 400;
			const messages = {
				'no-file': () => locals.t(m['staff.import.error.no-file']),
				'too-big': () => locals.t(m['staff.import.error.too-big']),
				unreadable: () => locals.t(m['staff.import.error.unreadable']),
				empty: () => locals.t(m['staff.import.error.empty']),
				'too-many-rows': () => locals.t(m['staff.import.error.too-many-rows']),
				'inflates-too-much': () => locals.t(m['staff.import.error.inflates-too-much'])
			} satisfies Record<typeof preview.error, () => string>;
			return fail(status, { message: messages[preview.error]() });
		}
		return {
			preview: {
				added: preview.diff.added,
				changed: preview.diff.changed.map(({ before, after }) => ({ before, after })),
				removed: preview.diff.removed.map(({ id: _id, ...person }) => person),
				unchanged: preview.diff.unchanged,
				problems: preview.problems,
				duplicates: preview.duplicates,
				risk: preview.risk,
				complete: preview.problems.length === 0,
				people: JSON.stringify(preview.people)
			}
		};
	},
	apply: async ({ locals, url, params, request }) => {
		const { staff, employer } = await requireStaffEmployer(locals, url, params.id);
		const form = await request.formData();
		const people = form.get('people');
		const outcome = await applyImport(
			locals.db,
			employer.id,
			{
				json: typeof people === 'string' ? people : '',
				complete: form.get('complete') === '1',
				confirmedRemovals: form.get('confirmRemovals') === '1'
			},
			staff.id
		);
		if (!outcome.ok && outcome.reason === 'confirm-removals')
			return fail(409, {
				message: locals.t(m['staff.import.confirm-needed'], {
					removed: outcome.risk.removed,
					accounts: outcome.risk.withAccounts
				})
			});
		if (!outcome.ok) return fail(400, { message: locals.t(m['staff.import.error.unreadable']) });
		return { applied: outcome.applied };
	}
};
