// npm start: build, migrate the local D1, start the whole system under wrangler dev, seed the
// demo data, and print where to go and how to log in.
import { build, ensureDevVars, migrate, startServer } from './local-server.js';

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

// wrangler dev does not fire cron triggers by itself: run the daily job (retention purge, re-drive
// of stalled lists) once an hour, so the local system behaves like the deployed one.
const cron = setInterval(
	() => fetch(`${baseUrl}/cdn-cgi/handler/scheduled?cron=15+3+*+*+*`).catch(() => {}),
	60 * 60 * 1000
);

for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		clearInterval(cron);
		child.kill(signal);
	});
child.on('exit', (code) => process.exit(code ?? 0));
