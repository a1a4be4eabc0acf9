import { execFileSync } from 'node:child_process';

/**
 * Compiles messages/*.json into src/lib/paraglide once before the unit tests, as `vite build`
 * does; in a child process, because the inlang SDK keeps a handle open after compiling.
 */
export default function setup() {
	execFileSync(process.execPath, ['scripts/i18n-compile.mjs'], { stdio: 'inherit' });
}
