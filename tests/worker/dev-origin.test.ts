import { exports } from 'cloudflare:workers';
import { afterAll, describe, expect, it } from 'vitest';
import { appNow, setAppClock } from './clock';
import { origin } from './http';

// The local-only routes refuse a request another web page sent (a foreign Origin), so visiting a
// page while the app runs locally cannot move its clock, run the cron or seed it.
const send = (path: string, body: string, from?: string) =>
	exports.default.fetch(`${origin}${path}`, {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/json', ...(from ? { origin: from } : {}) }
	});

describe('dev routes and foreign origins', () => {
	afterAll(() => setAppClock(null));

	it('refuses POST /dev/clock, /dev/cron and /dev/seed from another site, with no effect', async () => {
		const before = appNow().getFullYear();
		const clock = await send('/dev/clock', '{"at":"2031-01-01T00:00:00Z"}', 'https://evil.example');
		expect(clock.status).toBe(404);
		expect(appNow().getFullYear()).toBe(before);
		for (const path of ['/dev/cron', '/dev/seed'])
			expect((await send(path, '{}', 'https://evil.example')).status, path).toBe(404);
	});

	it('accepts them without an Origin or from the app itself', async () => {
		const plain = await send('/dev/clock', '{"at":"2031-01-01T00:00:00Z"}');
		expect(plain.status).toBe(200);
		expect(appNow().getUTCFullYear()).toBe(2031);
		const same = await send('/dev/clock', '{"at":null}', origin);
		expect(same.status).toBe(200);
		expect((await send('/dev/seed', '{}', origin)).status).toBe(200);
	});
});
