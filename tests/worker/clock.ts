import { env } from 'cloudflare:workers';
import { now, setLocalClock } from '$lib/server/clock';

/** Now, as the app sees it (TEST_NOW and setAppClock move it). */
export const appNow = () => now(env);

/**
 * Sets the app's clock (tests run in the app's isolate); null puts it back. Log in before moving it
 * back in time: a TOTP step already used later would be refused as a replay.
 */
export function setAppClock(at: Date | string | null) {
	setLocalClock(env, at === null ? null : new Date(at));
}
