import { postEmployerToken } from '$lib/server/api/employers-endpoint';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => postEmployerToken(event, event.params.id);
