import { postBatch } from '$lib/server/api/batches-endpoint';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => postBatch(event);
