import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { paraglideOptions } from './paraglide.config.js';

export default defineConfig(({ command }) => ({
	plugins: [
		// `vite dev` recompiles messages/*.json into src/lib/paraglide on every change. A build
		// compiles them first (`npm run build` runs `npm run i18n:compile`): the plugin's inlang SDK
		// would keep the build's process alive for half a minute after it is done.
		...(command === 'serve' ? [paraglideVitePlugin(paraglideOptions)] : []),
		sveltekit()
	]
}));
