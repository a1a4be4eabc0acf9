/**
 * The one way to the Worker's bindings and variables (typed `Env`, worker-configuration.d.ts).
 * Outside workerd (e.g. `vite dev` without the Cloudflare platform) there are none: a clear error.
 */
export function appEnv(event: { platform?: Readonly<App.Platform> }): Env {
	const env = event.platform?.env;
	if (!env) throw new Error('Cloudflare bindings missing — start with npm start');
	return env;
}

/**
 * A variable whose name is built at run time (partner prefixes, OIDC settings): `Env` types each
 * name it knows, a built name is looked up as an optional string or unknown value here, once.
 */
export function envValue(env: Env, name: string): unknown {
	return (env as unknown as Partial<Record<string, unknown>>)[name];
}
