import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { migrate, startServer } from '../../scripts/local-server.js';
import { ACR_HIGH, OIDC_CLIENT, startOidcProvider } from './oidc-provider';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		oidcIssuer: string;
	}
}

/** Ends a server this suite started and waits until it has exited (its files are free then). */
export function stopServer(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	return exited;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

export default async function setup(project: TestProject) {
	const persistTo = mkdtempSync(join(tmpdir(), 'youp-e2e-'));
	migrate(persistTo);
	const port = await freePort();
	// A real OpenID provider for the federated login (tests/e2e/oidc-provider.ts).
	const oidc = await startOidcProvider(await freePort(), `http://127.0.0.1:${port}`);
	const { child, baseUrl } = await startServer({
		port,
		inspectorPort: await freePort(),
		persistTo,
		vars: {
			AUTH_SECRET: randomBytes(32).toString('hex'),
			OIDC_ISSUER: oidc.issuer,
			OIDC_CLIENT_ID: OIDC_CLIENT.id,
			OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
			OIDC_REQUIRED_ACR: ACR_HIGH,
			OIDC_LINKING: 'password'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	project.provide('baseUrl', baseUrl);
	project.provide('oidcIssuer', oidc.issuer);
	return async () => {
		await Promise.all([stopServer(child), oidc.close()]);
		rmSync(persistTo, { recursive: true, force: true });
	};
}
