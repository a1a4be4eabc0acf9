import { error } from '@sveltejs/kit';
import { requireStaff } from '$lib/server/http/staff';
import { monthCosts } from '$lib/server/backoffice/costs';
import { invoiceCsv, invoiceFileName, invoiceXlsx } from '$lib/server/backoffice/invoice-export';
import { isMonth } from '$lib/server/backoffice/months';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The invoicing export of a month: ?month=yyyy-mm&format=xlsx|csv. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireStaff(locals, url);
	const month = url.searchParams.get('month');
	const format = url.searchParams.get('format');
	if (!isMonth(month) || (format !== 'xlsx' && format !== 'csv')) error(400, 'Bad request');
	const costs = await monthCosts(locals.db, month, locals.now);
	const headers = {
		'content-disposition': `attachment; filename="${invoiceFileName(month, format)}"`,
		'cache-control': 'private, no-store'
	};
	if (format === 'csv')
		return new Response(invoiceCsv(costs, locals.t), {
			headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
		});
	return new Response(invoiceXlsx(costs, locals.t), {
		headers: { ...headers, 'content-type': XLSX_TYPE }
	});
};
