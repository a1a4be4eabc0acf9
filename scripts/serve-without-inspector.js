// `wrangler dev` without the devtools inspector. Stock `wrangler dev` always starts workerd with an
// inspector and connects its InspectorProxyWorker, which sends `Network.enable`: from then on
// workerd ships a network event for every subrequest, binding calls included, to the Node process
// (issue 19 measured it at roughly twice the cost of each binding call). The CLI has no switch for
// it (4.86: only --inspector-port / --inspector-ip), but wrangler's exported `unstable_startWorker`
// — the function the CLI itself calls — takes `dev.inspector: false`. This script calls it with the
// same input the CLI builds from `wrangler dev --ip 127.0.0.1 --port P --var K:V --persist-to D`
// (wrangler.toml, its bindings, queue consumers, assets), the inspector apart.
//
//   node scripts/serve-without-inspector.js --port 8787 [--persist-to DIR] [--var NAME:VALUE]…
//
// Used by scripts/local-server.js `startServer({ inspector: false })`; stops on SIGTERM/SIGINT.
import { unstable_DevEnv } from 'wrangler';

const args = process.argv.slice(2);
let port = 8787;
let persistTo;
/** @type {Record<string, { type: 'plain_text', value: string }>} */
const bindings = {};
for (let i = 0; i < args.length; i++) {
	const value = args[i + 1] ?? '';
	if (args[i] === '--port') port = Number(value);
	else if (args[i] === '--persist-to') persistTo = value;
	else if (args[i] === '--var') {
		const at = value.indexOf(':');
		bindings[value.slice(0, at)] = { type: 'plain_text', value: value.slice(at + 1) };
	} else continue;
	i++;
}

// `unstable_startWorker(input)` is `new unstable_DevEnv().startWorker(input)`; the DevEnv is kept
// to report a reload after start-up on stderr (it restarts the worker: requests in flight fail or,
// GET ones, wait in wrangler's proxy until the next request comes in).
const devEnv = new unstable_DevEnv();
/** After the first reload (the start): what follows restarts a running worker. */
let started = false;
const dispatch = devEnv.dispatch.bind(devEnv);
devEnv.dispatch = (event) => {
	if (started && ['configUpdate', 'bundleStart', 'reloadStart'].includes(event.type))
		console.error(`serve-without-inspector: ${event.type} at ${new Date().toISOString()}`);
	if (event.type === 'reloadComplete') started = true;
	return dispatch(event);
};
const worker = await devEnv.startWorker({
	config: 'wrangler.toml',
	bindings,
	// The CLI passes wrangler's own check of the compatibility flags here; wrangler.toml has
	// nodejs_compat with a date after 2024-09-23, which that check turns into "v2".
	build: { nodejsCompatMode: 'v2' },
	dev: {
		remote: false,
		inspector: false,
		server: { hostname: '127.0.0.1', port },
		persist: persistTo,
		watch: false,
		liveReload: false,
		logLevel: process.env.SERVE_LOG_LEVEL ?? 'warn'
	}
});
await worker.ready;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, async () => {
		if (stopping) return;
		stopping = true;
		await worker.dispose().catch(() => undefined);
		process.exit(0);
	});
