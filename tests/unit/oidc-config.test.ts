import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genericOAuthConfig, oidcSettings } from '$lib/server/auth/oidc-config';

const privateJwk = JSON.stringify({
	...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }),
	kid: 'k1',
	alg: 'ES256'
});
const env = (vars: Record<string, string>) =>
	({ OIDC_ISSUER: 'https://idp.example/', OIDC_CLIENT_ID: 'youp', ...vars }) as unknown as Env;

describe('oidcSettings', () => {
	it('is off without a client secret or private key', () => {
		expect(oidcSettings(env({}))).toBeNull();
	});

	it('authenticates with private_key_jwt when a private key is set, even next to a secret', () => {
		const settings = oidcSettings(
			env({ OIDC_CLIENT_SECRET: 'left-over', OIDC_PRIVATE_KEY_JWK: privateJwk })
		)!;
		expect(settings.clientSecret).toBeUndefined();
		const config = genericOAuthConfig(settings, 'https://youp.example');
		expect(config.clientSecret).toBeUndefined();
		expect(config.tokenEndpointAuth?.method).toBe('private_key_jwt');
		expect(config.discoveryUrl).toBe('https://idp.example/.well-known/openid-configuration');
	});

	it('is off, with an error for the operator, when the private key is not a private JWK', () => {
		const logged: unknown[][] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => logged.push(args);
		try {
			const publicOnly = JSON.stringify({ ...JSON.parse(privateJwk), d: undefined });
			// Each broken key is reported once, however often the settings are read.
			for (const broken of ['{not json', '"a string"', publicOnly, '{not json'])
				expect(
					oidcSettings(env({ OIDC_CLIENT_SECRET: 's', OIDC_PRIVATE_KEY_JWK: broken }))
				).toBeNull();
		} finally {
			console.error = original;
		}
		expect(logged).toHaveLength(3);
		expect(String(logged[0]![0])).toContain('OIDC_PRIVATE_KEY_JWK');
	});

	it('uses the client secret without a private key', () => {
		const config = genericOAuthConfig(
			oidcSettings(env({ OIDC_CLIENT_SECRET: 's3cret' }))!,
			'https://youp.example'
		);
		expect(config.clientSecret).toBe('s3cret');
		expect(config.tokenEndpointAuth).toBeUndefined();
	});

	it('links by verified e-mail only when asked to', () => {
		expect(oidcSettings(env({ OIDC_CLIENT_SECRET: 's' }))!.linking).toBe('password');
		expect(
			oidcSettings(env({ OIDC_CLIENT_SECRET: 's', OIDC_LINKING: 'verified-email' }))!.linking
		).toBe('verified-email');
	});
});
