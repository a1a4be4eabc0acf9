// Our own worker entry: SvelteKit's fetch handler (built by the adapter) plus the queue consumers
// and the cron (daily retention, re-drive every few minutes). The adapter overwrites the file
// wrangler.adapter.toml names, never this one.
import sveltekit from 'sveltekit-worker';
import { handleQueueBatch } from '$lib/server/worker/queue';
import { runScheduled } from '$lib/server/worker/scheduled';
import { now } from '$lib/server/clock';
import { allowBearerApiUploads } from '$lib/server/api/csrf';
import { handlePartnerBatch, localPartnerFetcher, PARTNER_QUEUE } from '$lib/server/partners';

export default {
	fetch(request, env, ctx) {
		return sveltekit.fetch(allowBearerApiUploads(request), env, ctx);
	},
	async queue(batch, env, ctx) {
		if (batch.queue === PARTNER_QUEUE) {
			const self = (request: Request) => sveltekit.fetch(request as never, env, ctx);
			await handlePartnerBatch(batch, env, ctx, { fetcher: localPartnerFetcher(env, self) });
		} else {
			await handleQueueBatch(batch, env, ctx);
		}
	},
	async scheduled(controller, env, ctx) {
		ctx.waitUntil(
			runScheduled(now(env), env, { cron: controller.cron }).then((summary) =>
				console.log('cron', controller.cron, JSON.stringify(summary))
			)
		);
	}
} satisfies ExportedHandler<Env>;
