import { putRoster } from '$lib/server/api/employers-endpoint';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = (event) => putRoster(event, event.params.id);
