import { error } from '@sveltejs/kit';
import { brusselsDate } from '$lib/registration/deadline';
import { canSubmitLists, maxListRows } from './access';
import { submitList } from './submit-list';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, platform }) => {
	const { employer } = await parent();
	if (!canSubmitLists(employer.role)) error(403, locals.t('grid.forbidden'));
	return { today: brusselsDate(new Date()), maxRows: maxListRows(platform?.env) };
};

export const actions: Actions = { default: submitList };
