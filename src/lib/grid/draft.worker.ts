/**
 * Keeps the encrypted draft off the main thread: the page hands over the grid lines (a structured
 * clone) and the session's key handle; serialising, encrypting and the IndexedDB write happen
 * here, one request after another in arrival order.
 */
import { draftQueue, idbBackend, type Draft, type DraftRequest } from './draft-store';

export interface DraftWorkerRequest {
	id: number;
	request: DraftRequest;
}
export interface DraftWorkerResponse {
	id: number;
	ok: boolean;
	draft: Draft | null;
}

const run = draftQueue(idbBackend());

self.onmessage = (event: MessageEvent<DraftWorkerRequest>) => {
	const { id, request } = event.data;
	run(request).then(
		(draft) => self.postMessage({ id, ok: true, draft } satisfies DraftWorkerResponse),
		() => self.postMessage({ id, ok: false, draft: null } satisfies DraftWorkerResponse)
	);
};
