import { downloadResults } from '$lib/server/results/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadResults(event, 'csv');
