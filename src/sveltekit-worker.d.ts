// The adapter's built worker (.svelte-kit/cloudflare/_worker.js, aliased in wrangler.toml and the
// worker test config): declared here so type checks do not depend on a build having run.
declare module 'sveltekit-worker' {
	const handler: {
		fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response>;
	};
	export default handler;
}
