import { describe, expect, inject, it } from 'vitest';
import { runCron } from '../../scripts/local-server.js';

// `npm start` runs the cron through this call (wrangler dev fires no cron triggers, and its
// /cdn-cgi/handler/scheduled does not reach our handler with [assets]); here against the same
// wrangler dev the e2e suite runs on.
describe('cron under wrangler dev', () => {
	it('runs the purge and the re-drive and reports counts in one line', async () => {
		const baseUrl = inject('baseUrl');
		const { summary, line } = await runCron(baseUrl);
		expect(summary).toEqual({
			purged: { lines: expect.any(Number), keys: expect.any(Number) },
			redriven: { batches: expect.any(Number), messages: expect.any(Number) }
		});
		expect(line).toMatch(/^cron: purged \d+ lines, \d+ keys; re-drove \d+ lists \(\d+ messages\)$/);
	});
});
