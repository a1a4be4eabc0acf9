/**
 * The cron: purges list data whose retention has ended (batches/retention.ts) and re-drives
 * unfinished batches whose messages got lost (batches/redrive.ts). Two triggers (wrangler.toml):
 * the daily one runs both, the frequent one only the re-drive. Locally `npm start` runs both
 * through POST /dev/cron. Never throws: a part that fails is reported as null in the summary.
 */
import { getDb } from '../db';
import { purgeExpired } from '../lists/retention';
import { redriveStalledBatches, type RedriveSummary } from '../lists/redrive';
import type { LineRangeSender } from '../lists/message';

/** Daily, 03:15 UTC: retention purge and re-drive. */
export const RETENTION_CRON = '15 3 * * *';
/** Every 5 minutes: re-drive only. */
export const REDRIVE_CRON = '*/5 * * * *';

interface ScheduledSummary {
	/** Lines and KV keys purged; null when the purge did not run or failed. */
	purged: { lines: number; keys: number } | null;
	/** Lists and messages re-driven; null when the re-drive failed. */
	redriven: RedriveSummary | null;
}

/**
 * Runs the jobs of `cron` (a trigger of wrangler.toml; anything else, e.g. none, runs them all)
 * at `now`; returns counts only.
 */
export async function runScheduled(
	now: Date,
	env: Env,
	options: { cron?: string; queue?: LineRangeSender } = {}
): Promise<ScheduledSummary> {
	const db = getDb(env.DB);
	const summary: ScheduledSummary = { purged: null, redriven: null };
	if (options.cron !== REDRIVE_CRON) {
		try {
			summary.purged = await purgeExpired(db, env, now);
		} catch (error) {
			console.error('retention purge failed', (error as Error).name);
		}
	}
	try {
		summary.redriven = await redriveStalledBatches(db, env, now, options.queue);
	} catch (error) {
		console.error('re-drive failed', (error as Error).name);
	}
	return summary;
}
