/**
 * Daily run: purges list data whose retention has ended (batches/retention.ts) and re-drives
 * unfinished batches whose messages got lost. Never throws.
 */
import { getDb } from '../db';
import { purgeExpired } from '../batches/retention';
import { redriveStalledBatches } from '../batches/redrive';

export async function runScheduled(now: Date, env: Env): Promise<void> {
	const db = getDb(env.DB);
	try {
		await purgeExpired(db, env, now);
	} catch (error) {
		console.error('retention purge failed', (error as Error).name);
	}
	try {
		await redriveStalledBatches(db, env, now);
	} catch (error) {
		console.error('re-drive failed', (error as Error).name);
	}
}
