// The adapter's manifest of the built app (.svelte-kit/cloudflare-tmp/manifest.js, aliased in
// vitest.worker.config.ts): its page loaders, for setup.ts. Declared so checks need no build.
declare module 'sveltekit-manifest' {
	export const manifest: {
		_: { nodes: (() => Promise<{ component?: () => Promise<unknown> }>)[] };
	};
}
