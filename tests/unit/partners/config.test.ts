import { afterEach, describe, expect, it, vi } from 'vitest';
import { partnerConfig } from '$lib/server/partners/config';

const base = {
	APP_ENV: 'local',
	PUBLIC_BASE_URL: 'http://127.0.0.1:8787/',
	AUTH_SECRET: 'auth-secret-for-tests',
	BENEFITS_AT_WORK_ENABLED: 'true',
	BENEFITS_AT_WORK_BASE_URL: '',
	BENEFITS_AT_WORK_SSO: 'jwt',
	BENEFITS_AT_WORK_EXTRA_FIELDS: ''
} as unknown as Env;

describe('partner configuration', () => {
	it('points at the local stand-in and derives secrets when local', async () => {
		const config = await partnerConfig(base, 'benefits-at-work');
		expect(config).toMatchObject({
			enabled: true,
			baseUrl: 'http://127.0.0.1:8787/dev/partners/benefits-at-work',
			sso: 'jwt',
			extraFields: []
		});
		expect(config.apiKey).toMatch(/^[0-9a-f]{64}$/);
		expect(config.ssoSecret).toMatch(/^[0-9a-f]{64}$/);
		expect(config.apiKey).not.toBe(config.ssoSecret);
		expect((await partnerConfig(base, 'xtra-present')).apiKey).not.toBe(config.apiKey);
	});

	it('outside local mode needs a base URL and real secrets', async () => {
		const production = { ...base, APP_ENV: 'production' } as Env;
		expect((await partnerConfig(production, 'benefits-at-work')).enabled).toBe(false);
		const configured = await partnerConfig(
			{
				...production,
				BENEFITS_AT_WORK_BASE_URL: 'https://api.benefits.example/v1/',
				BENEFITS_AT_WORK_EXTRA_FIELDS: 'postcode, ssn, postcode'
			} as Env,
			'benefits-at-work'
		);
		expect(configured).toMatchObject({
			enabled: true,
			baseUrl: 'https://api.benefits.example/v1',
			extraFields: ['postcode'],
			apiKey: null,
			ssoSecret: null
		});
	});

	it('treats anything but "true" as disabled and an unknown SSO mode as a plain link', async () => {
		const config = await partnerConfig(
			{ ...base, XTRA_PRESENT_ENABLED: 'yes', XTRA_PRESENT_SSO: 'saml' } as Env,
			'xtra-present'
		);
		expect(config).toMatchObject({ enabled: false, sso: 'link' });
	});

	describe('derived local secrets', () => {
		afterEach(() => vi.restoreAllMocks());

		it('are derived once per isolate and AUTH_SECRET, not on every call', async () => {
			const env = { ...base, AUTH_SECRET: 'auth-secret-cache-test' } as Env;
			const sign = vi.spyOn(crypto.subtle, 'sign');
			const first = await partnerConfig(env, 'xtra-present');
			expect(sign).toHaveBeenCalledTimes(2); // API key and SSO secret
			const again = await partnerConfig({ ...env } as Env, 'xtra-present');
			expect(again.apiKey).toBe(first.apiKey);
			expect(again.ssoSecret).toBe(first.ssoSecret);
			expect(sign).toHaveBeenCalledTimes(2);

			// another AUTH_SECRET (a rotation, another test env) gets its own, freshly derived
			const rotated = await partnerConfig(
				{ ...env, AUTH_SECRET: 'auth-secret-cache-test-rotated' } as Env,
				'xtra-present'
			);
			expect(sign).toHaveBeenCalledTimes(4);
			expect(rotated.apiKey).toMatch(/^[0-9a-f]{64}$/);
			expect(rotated.apiKey).not.toBe(first.apiKey);
		});

		it('give way to a configured secret', async () => {
			const config = await partnerConfig(
				{ ...base, XTRA_PRESENT_API_KEY: ' configured-key ' } as Env,
				'xtra-present'
			);
			expect(config.apiKey).toBe('configured-key');
		});
	});
});
