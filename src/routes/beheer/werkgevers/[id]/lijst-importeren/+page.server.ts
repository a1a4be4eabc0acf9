import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { brusselsDate } from '$lib/registration/deadline';
import { requireStaff } from '$lib/server/backoffice/guard';
import { getEmployer } from '$lib/server/backoffice/employers';
import { Id } from '$lib/server/backoffice/forms';
import { applyImport, previewImport } from '$lib/server/rosters/import-roster';
import type { Actions, PageServerLoad } from './$types';

async function employerOr404(locals: App.Locals, id: string) {
	const employer = v.is(Id, id) ? await getEmployer(locals.db, id) : undefined;
	if (!employer) error(404, locals.t('error.not-found'));
	return employer;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireStaff(locals, url);
	return { employer: await employerOr404(locals, params.id) };
};

export const actions: Actions = {
	preview: async ({ locals, url, params, request }) => {
		requireStaff(locals, url);
		const employer = await employerOr404(locals, params.id);
		const file = (await request.formData()).get('file');
		const preview = await previewImport(
			locals.db,
			employer.id,
			file instanceof File ? file : null,
			brusselsDate(new Date())
		);
		if (!preview.ok) {
			const status = ['too-big', 'too-many-rows', 'inflates-too-much'].includes(preview.error)
				? 413
				: 400;
			return fail(status, { message: locals.t(`staff.import.error.${preview.error}`) });
		}
		return {
			preview: {
				added: preview.diff.added,
				changed: preview.diff.changed.map(({ before, after }) => ({ before, after })),
				removed: preview.diff.removed.map(({ id: _id, ...person }) => person),
				unchanged: preview.diff.unchanged,
				problems: preview.problems,
				duplicates: preview.duplicates,
				people: JSON.stringify(preview.people)
			}
		};
	},
	apply: async ({ locals, url, params, request }) => {
		const staff = requireStaff(locals, url);
		const employer = await employerOr404(locals, params.id);
		const people = (await request.formData()).get('people');
		const applied = await applyImport(
			locals.db,
			employer.id,
			typeof people === 'string' ? people : '',
			staff.id
		);
		if (!applied) return fail(400, { message: locals.t('staff.import.error.unreadable') });
		return { applied };
	}
};
