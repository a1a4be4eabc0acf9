import { describe, expect, it } from 'vitest';
import {
	formatEnterpriseNumber,
	isEnterpriseNumber,
	parseEnterpriseNumber
} from '$lib/registration';

describe('enterprise number (KBO/BCE)', () => {
	it('accepts real numbers, dotted or as ten digits', () => {
		// Proximus, KBC Groep, Colruyt: published enterprise numbers
		for (const n of ['0202.239.951', '0403.227.515', '0400378485', '0202239951'])
			expect(isEnterpriseNumber(n), n).toBe(true);
		expect(parseEnterpriseNumber(' 0202.239.951 ')).toEqual({ ok: true, value: '0202239951' });
		expect(parseEnterpriseNumber('BE 0202 239 951')).toEqual({ ok: true, value: '0202239951' });
		// the 1xxx range (new numbers since 2023) checks the same way
		expect(isEnterpriseNumber('1000.000.021')).toBe(true);
		expect(isEnterpriseNumber('1000.000.066')).toBe(false);
	});

	it('refuses a wrong check, a wrong first digit, and the wrong length', () => {
		expect(parseEnterpriseNumber('0202.239.952')).toEqual({ ok: false, reason: 'check' });
		expect(parseEnterpriseNumber('0403.227.516')).toEqual({ ok: false, reason: 'check' });
		expect(parseEnterpriseNumber('2202.239.951')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('202.239.951')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('02022399510')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('0202.239.95a')).toEqual({ ok: false, reason: 'format' });
		expect(parseEnterpriseNumber('')).toEqual({ ok: false, reason: 'format' });
	});

	it('every first-eight-digits has exactly one valid check (97 − mod 97)', () => {
		for (const base of ['02022399', '04032275', '08773733', '10000000']) {
			const valid = Array.from(
				{ length: 100 },
				(_, c) => `${base}${String(c).padStart(2, '0')}`
			).filter(isEnterpriseNumber);
			expect(valid, base).toHaveLength(1);
			expect(Number(valid[0]!.slice(8))).toBe(97 - (Number(base) % 97));
		}
	});

	it('shows ten digits as 0123.456.789', () => {
		expect(formatEnterpriseNumber('0202239951')).toBe('0202.239.951');
		expect(formatEnterpriseNumber('')).toBe('');
	});
});
