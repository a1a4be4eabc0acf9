import { brusselsDate } from '$lib/registration/deadline';
import { requireEmployer } from '$lib/server/http/employer';
import { maxListRows } from '$lib/server/lists/periods';
import { submitList } from './submit-list';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireEmployer(event, 'submit-list');
	const { locals, platform } = event;
	return {
		today: brusselsDate(locals.now),
		maxRows: maxListRows(platform?.env ?? { MAX_LIST_ROWS: '' })
	};
};

export const actions: Actions = { default: submitList };
