/**
 * How Paraglide JS compiles messages/{nl,fr,en}.json into src/lib/paraglide: one place for the
 * Vite plugin (vite.config.ts, vitest.unit.config.ts) and `npm run i18n:compile`
 * (scripts/i18n-compile.mjs), so both write the same output.
 *
 * Every message is called with an explicit locale (`t(m['key'])`, see src/lib/i18n/index.ts), so
 * the runtime's own strategy is only a fallback; it mirrors src/lib/i18n/negotiate.ts: the `lang`
 * cookie, then the browser's languages, then Dutch. No URL prefixes, no async-local request
 * context (the server passes the request's locale itself, which works the same on workerd).
 */
/** @type {import("@inlang/paraglide-js").CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	cookieName: 'lang',
	disableAsyncLocalStorage: true,
	emitReadme: false
};
