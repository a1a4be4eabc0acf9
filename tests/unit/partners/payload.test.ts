import { describe, expect, it } from 'vitest';
import { partnerPayload } from '$lib/server/partners/connector';
import { backoffSeconds } from '$lib/server/partners/consumer';
import type { PartnerConfig } from '$lib/server/partners/config';
import type { PartnerAccount } from '$lib/server/partners/account';

const account: PartnerAccount = {
	id: 'acc1',
	firstName: 'Anna',
	lastName: 'Peeters',
	name: 'Anna Peeters',
	email: 'anna@example.test',
	locale: 'nl',
	employerName: 'Demo vzw',
	birthDate: '1990-04-01',
	postcode: '9000',
	status: 'active'
};

const config = (extraFields: PartnerConfig['extraFields']): PartnerConfig => ({
	id: 'xtra-present',
	name: 'Xtra Present',
	enabled: true,
	baseUrl: 'https://partner.example',
	sso: 'hmac',
	extraFields,
	apiKey: 'k',
	ssoSecret: 's'
});

describe('what leaves us', () => {
	it('sends name, e-mail and employer by default — no birth date, no postcode', () => {
		expect(partnerPayload(config([]), account)).toEqual({
			externalId: 'acc1',
			firstName: 'Anna',
			lastName: 'Peeters',
			name: 'Anna Peeters',
			email: 'anna@example.test',
			employer: 'Demo vzw',
			locale: 'nl'
		});
	});

	it('adds birth date and postcode only when configured for that partner', () => {
		expect(partnerPayload(config(['birthDate']), account)).toMatchObject({
			birthDate: '1990-04-01'
		});
		expect(partnerPayload(config(['birthDate']), account)).not.toHaveProperty('postcode');
		expect(partnerPayload(config(['postcode', 'birthDate']), account)).toMatchObject({
			birthDate: '1990-04-01',
			postcode: '9000'
		});
	});
});

describe('retry delays', () => {
	it('grow with each attempt and stop growing at an hour', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffSeconds)).toEqual([
			60, 120, 240, 480, 960, 1920, 3600, 3600, 3600
		]);
	});
});
