import { downloadResults } from '$lib/server/http/results-download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadResults(event, 'csv');
