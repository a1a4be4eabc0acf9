import { describe, expect, it } from 'vitest';
import { signHandOff, verifyHandOff, TOKEN_LIFETIME_SECONDS } from '$lib/server/partners/token';
import { at } from '../../must';

/** Part `i` of a dotted token (header, body, signature). */
const part = (token: string, i: number) => at(token.split('.'), i, 'the token parts');

const secret = 'shared-secret-for-tests-0123456789';
const now = Date.UTC(2026, 10, 23, 9, 0, 0);

describe('SSO hand-off tokens', () => {
	for (const format of ['jwt', 'hmac'] as const) {
		it(`${format}: verifies within its lifetime and only for its audience`, async () => {
			const token = await signHandOff(
				format,
				secret,
				{ aud: 'benefits-at-work', sub: 'acc1' },
				now
			);
			const ok = await verifyHandOff(format, secret, token, 'benefits-at-work', now + 60_000);
			expect(ok).toMatchObject({ ok: true, claims: { sub: 'acc1', aud: 'benefits-at-work' } });
			expect(ok.ok && ok.claims.exp - ok.claims.iat).toBe(TOKEN_LIFETIME_SECONDS);
			expect(await verifyHandOff(format, secret, token, 'xtra-present', now)).toEqual({
				ok: false,
				reason: 'audience'
			});
			expect(await verifyHandOff(format, secret, token, 'benefits-at-work', now + 121_000)).toEqual(
				{ ok: false, reason: 'expired' }
			);
			expect(await verifyHandOff(format, 'another-secret', token, 'benefits-at-work', now)).toEqual(
				{ ok: false, reason: 'signature' }
			);
		});
	}

	it('gives every token its own jti and carries no personal data', async () => {
		const a = await signHandOff('jwt', secret, { aud: 'x', sub: 'acc1' }, now);
		const b = await signHandOff('jwt', secret, { aud: 'x', sub: 'acc1' }, now);
		expect(a).not.toBe(b);
		const claims = JSON.parse(Buffer.from(part(a, 1), 'base64url').toString());
		expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'sub']);
		expect(JSON.parse(Buffer.from(part(a, 0), 'base64url').toString())).toEqual({
			alg: 'HS256',
			typ: 'JWT'
		});
	});

	it('refuses a token whose claims were changed or that is not a token at all', async () => {
		const token = await signHandOff('hmac', secret, { aud: 'x', sub: 'acc1' }, now);
		const [body, mac] = [part(token, 0), part(token, 1)];
		const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
		const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'acc2' })).toString('base64url');
		expect(await verifyHandOff('hmac', secret, `${forged}.${mac}`, 'x', now)).toEqual({
			ok: false,
			reason: 'signature'
		});
		for (const junk of ['', 'a.b.c', 'not a token', `${body}.${mac}.x`, `${body}.@@`])
			expect((await verifyHandOff('hmac', secret, junk, 'x', now)).ok).toBe(false);
		// a JWT with another algorithm in its header is not accepted
		const jwt = await signHandOff('jwt', secret, { aud: 'x', sub: 'acc1' }, now);
		const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
		const [, jwtBody, jwtMac] = jwt.split('.');
		expect(await verifyHandOff('jwt', secret, `${none}.${jwtBody}.${jwtMac}`, 'x', now)).toEqual({
			ok: false,
			reason: 'malformed'
		});
	});
});
