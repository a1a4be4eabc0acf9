import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BELGIAN_POSTCODES, POSTCODE_SNAPSHOT, isKnownPostcode } from '$lib/registration';
import { POSTCODE_COUNT } from '$lib/registration/postcode-data';

describe('Belgian postcode list', () => {
	it('holds the 1,175 codes of the snapshot', () => {
		expect(BELGIAN_POSTCODES.size).toBe(1175);
		expect(POSTCODE_COUNT).toBe(1175);
		expect(POSTCODE_SNAPSHOT).toBe('2026-11');
	});

	it('contains real codes, special codes and nothing malformed', () => {
		for (const code of ['1000', '2000', '3000', '4000', '8500', '9000', '9992', '0612']) {
			expect(isKnownPostcode(code), code).toBe(true);
		}
		expect(isKnownPostcode('1001')).toBe(false);
		expect(isKnownPostcode('10000')).toBe(false);
		expect([...BELGIAN_POSTCODES].every((c) => /^\d{4}$/.test(c))).toBe(true);
	});

	it('matches data/be-postcodes.csv exactly (regenerate with scripts/rebuild-postcodes.js)', () => {
		const csv = readFileSync(new URL('../../../data/be-postcodes.csv', import.meta.url), 'utf8');
		const codes = csv
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(';')[0]);
		expect(new Set(codes)).toEqual(BELGIAN_POSTCODES);
	});
});
