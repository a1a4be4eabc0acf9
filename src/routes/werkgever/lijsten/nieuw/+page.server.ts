import { error } from '@sveltejs/kit';
import { brusselsDate } from '$lib/registration/deadline';
import { can } from '$lib/server/permissions';
import { maxListRows } from '$lib/server/batches/periods';
import { submitList } from './submit-list';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, platform }) => {
	const { employer } = await parent();
	if (!can(employer.role, 'submit-list')) error(403, locals.t('grid.forbidden'));
	return {
		today: brusselsDate(locals.now),
		maxRows: maxListRows(platform?.env ?? { MAX_LIST_ROWS: '' })
	};
};

export const actions: Actions = { default: submitList };
