import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { migrate, startServer } from '../../scripts/local-server.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

function freePort(): Promise<number> {
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
	const { child, baseUrl } = await startServer({
		port: await freePort(),
		persistTo,
		vars: { AUTH_SECRET: randomBytes(32).toString('hex') },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	project.provide('baseUrl', baseUrl);
	return async () => {
		child.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 500));
		rmSync(persistTo, { recursive: true, force: true });
	};
}
