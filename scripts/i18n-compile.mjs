#!/usr/bin/env node
// Compiles messages/*.json into src/lib/paraglide (what the Vite plugin does on dev/build), for
// svelte-check and the unit tests on a fresh clone: `npm run i18n:compile`.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
// The inlang SDK leaves a handle open for half a minute after compiling; nothing is pending.
process.exit(0);
