import { invalidateAll } from '$app/navigation';

/** A list as the light status endpoint (/werkgever/lijsten/status) reports it. */
type LiveRow = { id: string; status: string };

/**
 * Live progress of the employer's lists, for a page that shows some of them. With JS, while
 * `busyIds()` names lists, the page polls the status endpoint (batch rows only, no line data)
 * every 3 s, and reloads its own data once none of those lists is busy any more; `get(id)` is the
 * latest row of a list for the page to show meanwhile. Without JS the page's <noscript> meta
 * refresh does the same. Call it while the component initialises.
 */
export function liveStatus<T extends LiveRow>(busyIds: () => string[]) {
	let live = $state<Record<string, T>>({});
	$effect(() => {
		const ids = busyIds();
		if (ids.length === 0) return;
		const timer = setInterval(async () => {
			const response = await fetch('/werkgever/lijsten/status').catch(() => null);
			if (!response?.ok) return;
			const rows = (await response.json().catch(() => null)) as T[] | null;
			if (!Array.isArray(rows)) return;
			live = Object.fromEntries(rows.filter((r) => ids.includes(r.id)).map((r) => [r.id, r]));
			if (rows.every((r) => !ids.includes(r.id) || r.status === 'completed')) {
				clearInterval(timer);
				await invalidateAll();
			}
		}, 3000);
		return () => clearInterval(timer);
	});
	return { get: (id: string): T | undefined => live[id] };
}
