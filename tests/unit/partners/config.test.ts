import { describe, expect, it } from 'vitest';
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
});
