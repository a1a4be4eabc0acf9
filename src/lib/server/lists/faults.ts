/**
 * Test-only fault injection: `FAULT_INJECTION` (a var or binding) lists points at which the
 * pipeline throws as if the isolate crashed there. Read only when APP_ENV is 'local' or 'test';
 * in any other environment it is ignored, whatever it says.
 *
 * Format: comma-separated points, each optionally `@N` to fire only on delivery attempt N, e.g.
 * `pipeline.after-account-insert@1,pipeline.before-ack@1`.
 */
export const FAULT_POINTS = [
	/** Every line of a wave is decided in memory (codes 4/3/2, who gets an account); nothing written. */
	'pipeline.after-validation',
	'pipeline.after-account-insert',
	/** A mail was handed to the provider, its log row not yet marked sent (mail/index.ts). */
	'mail.after-provider-send',
	'pipeline.after-credential-mail',
	'pipeline.before-completion',
	'pipeline.before-ack'
] as const;
type FaultPoint = (typeof FAULT_POINTS)[number];

export class InjectedFault extends Error {
	constructor(readonly point: FaultPoint) {
		super(`injected fault at ${point}`);
		this.name = 'InjectedFault';
	}
}

export type FaultEnv = Pick<Env, 'APP_ENV'> & { FAULT_INJECTION?: string };

/** Whether the fault at `point` is switched on for this delivery attempt. */
function faultArmed(env: FaultEnv, point: FaultPoint, attempt = 1): boolean {
	if (env.APP_ENV !== 'local' && env.APP_ENV !== 'test') return false;
	const spec = env.FAULT_INJECTION;
	if (!spec) return false;
	return spec.split(',').some((entry) => {
		const [name, at] = entry.trim().split('@');
		return name === point && (at === undefined || Number(at) === attempt);
	});
}

/** Throws an {@link InjectedFault} when armed; a no-op otherwise (and always in production). */
export function injectFault(env: FaultEnv, point: FaultPoint, attempt = 1): void {
	if (faultArmed(env, point, attempt)) throw new InjectedFault(point);
}
