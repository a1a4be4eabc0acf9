/**
 * The app's one clock. Every decision that depends on "now" (expiry, throttles, deadlines,
 * retention, month filters, TOTP steps) reads it here, or gets a `now` passed in from here:
 * requests through `event.locals.now` (set once per request in hooks.server.ts), the queue
 * consumers and the cron through `now(env)`.
 *
 * In production it is the system clock, untouched. Locally (APP_ENV = "local": `npm start` and
 * the test suites) it can be moved, so tests decide what "now" is:
 * - the binding TEST_NOW (an ISO instant) starts it there: the suites run on other dates that way
 *   (`TEST_NOW=2031-12-31T10:00:00Z npm run test:worker`);
 * - POST /dev/clock (tests/helpers: `setAppClock`) sets it to an instant.
 * Time keeps running from there. Locally the move is applied to the isolate's `Date` itself, so
 * the libraries we do not own (better-auth's session and token expiry) keep agreeing with our
 * decisions, and every copy of this module in one isolate (the SvelteKit bundle, the worker
 * entry, a test file) tells the same time.
 */
interface ClockEnv {
	APP_ENV: string;
	TEST_NOW?: string;
}

interface ShiftedDate {
	shiftMs: number;
	/** Where TEST_NOW put it (0 without). */
	startShiftMs: number;
}

const STATE = Symbol.for('you-p.clock');
type Holder = typeof globalThis & { [STATE]?: ShiftedDate };

/** Locally: replaces the isolate's Date by one that reads the real clock plus a shift. */
function localClock(env: ClockEnv): ShiftedDate | null {
	if (env.APP_ENV !== 'local') return null;
	const holder = globalThis as Holder;
	const installed = holder[STATE];
	if (installed) return installed;
	const RealDate = Date;
	const start = env.TEST_NOW ? RealDate.parse(env.TEST_NOW) : NaN;
	const startShiftMs = Number.isNaN(start) ? 0 : start - RealDate.now();
	const state: ShiftedDate = { shiftMs: startShiftMs, startShiftMs };
	const current = () => RealDate.now() + state.shiftMs;
	holder[STATE] = state;
	holder.Date = new Proxy(RealDate, {
		construct: (target, args, newTarget) =>
			Reflect.construct(target, args.length === 0 ? [current()] : args, newTarget),
		apply: () => new RealDate(current()).toString(),
		get: (target, property, receiver) =>
			property === 'now' ? current : Reflect.get(target, property, receiver)
	});
	return state;
}

/** Now, by the app's clock. */
export function now(env: ClockEnv): Date {
	localClock(env);
	return new Date();
}

/**
 * Locally only: the clock reads `at` from this moment on (null: back to the shift it started
 * with, TEST_NOW's or none). Returns false, and changes nothing, outside local mode.
 */
export function setLocalClock(env: ClockEnv, at: Date | null): boolean {
	const state = localClock(env);
	if (!state) return false;
	state.shiftMs = at ? at.getTime() - (Date.now() - state.shiftMs) : state.startShiftMs;
	return true;
}
