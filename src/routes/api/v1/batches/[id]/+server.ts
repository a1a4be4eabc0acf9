import { getBatch } from '$lib/server/api/batches-endpoint';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => getBatch(event, event.params.id);
