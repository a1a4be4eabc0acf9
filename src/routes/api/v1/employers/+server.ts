import { postEmployer } from '$lib/server/api/employers-endpoint';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => postEmployer(event);
