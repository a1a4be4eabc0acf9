// Our own worker entry: SvelteKit's fetch handler (built by the adapter) plus the queue consumer
// and the daily cron. The adapter overwrites the file wrangler.adapter.toml names, never this one.
import sveltekit from '../.svelte-kit/cloudflare/_worker.js';
import { handleQueueBatch } from '$lib/server/worker/queue';
import { runScheduled } from '$lib/server/worker/scheduled';
import { allowBearerApiUploads } from '$lib/server/api/csrf';

export default {
	fetch(request, env, ctx) {
		return sveltekit.fetch(allowBearerApiUploads(request), env, ctx);
	},
	async queue(batch, env, ctx) {
		await handleQueueBatch(batch, env, ctx);
	},
	async scheduled(controller, env, ctx) {
		ctx.waitUntil(runScheduled(new Date(controller.scheduledTime), env));
	}
} satisfies ExportedHandler<Env>;
