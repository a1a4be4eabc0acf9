import { error } from '@sveltejs/kit';
import { requireStaff } from '$lib/server/http/staff';
import { periodCosts } from '$lib/server/backoffice/costs';
import { invoiceCsv, invoiceFileName, invoiceXlsx } from '$lib/server/backoffice/invoice-export';
import { periodFrom } from '$lib/server/backoffice/periods';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The invoicing export of a period: ?month=yyyy-mm, ?year=yyyy&quarter=1..4 or
 * ?from=yyyy-mm-dd&to=yyyy-mm-dd, with &format=xlsx|csv.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireStaff(locals, url);
	const period = periodFrom(url.searchParams, locals.now);
	const format = url.searchParams.get('format');
	if (!period || (format !== 'xlsx' && format !== 'csv')) error(400, 'Bad request');
	const costs = await periodCosts(locals.db, period, locals.now);
	const headers = {
		'content-disposition': `attachment; filename="${invoiceFileName(period, format)}"`,
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
