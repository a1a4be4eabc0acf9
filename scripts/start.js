// npm start: build, migrate the local D1, start the whole system under wrangler dev, seed the
// demo data, and print where to go and how to log in.
import { build, ensureDevVars, migrate, runCron, startServer } from './local-server.js';

const port = Number(process.env.PORT ?? 8787);

ensureDevVars();
build();
migrate();
const { child, baseUrl } = await startServer({ port });

console.log(`
  YOU-P runs at ${baseUrl}

  COLLECTIEF staff   staff@demo.test      / demo-staff-2026      (API token: demo-staff-token)
                     + TOTP code: add secret YOUPDEMOSTAFFTOTPSECRET234567ABC to an
                       authenticator app, or run: npm run demo:totp
  Employer (owner)   werkgever@demo.test  / demo-werkgever-2026  (API token: demo-employer-token)
  Employee mails     ${baseUrl}/dev/mailbox
  Partner stand-in   ${baseUrl}/dev/partners

  Stop with Ctrl+C.
`);

// wrangler dev does not fire cron triggers: run the cron (retention purge, re-drive of lists whose
// queue messages were lost, e.g. by a restart: the local queue lives in memory) now and every
// five minutes, as the deployed triggers do, and print one line per run.
const CRON_EVERY_MS = 5 * 60 * 1000;
const cronOnce = () =>
	runCron(baseUrl).then(
		({ line }) => console.log(`  ${new Date().toISOString()} ${line}`),
		(error) => console.error(`  cron failed: ${error.message}`)
	);
await cronOnce();
const cron = setInterval(cronOnce, CRON_EVERY_MS);

for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		clearInterval(cron);
		child.kill(signal);
	});
child.on('exit', (code) => process.exit(code ?? 0));
