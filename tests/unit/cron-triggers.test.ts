import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REDRIVE_CRON, RETENTION_CRON } from '$lib/server/worker/scheduled';

// The scheduled handler tells its jobs apart by controller.cron: the triggers deployed from
// wrangler.toml must be exactly the ones it knows.
describe('cron triggers', () => {
	it('wrangler.toml deploys the daily retention trigger and the 5-minute re-drive trigger', () => {
		const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');
		const crons = /^\[triggers\][^[]*?^crons\s*=\s*(\[[^\]\n]*\])/ms.exec(toml);
		expect(crons).not.toBeNull();
		expect(JSON.parse(crons![1]!)).toEqual([RETENTION_CRON, REDRIVE_CRON]);
	});
});
