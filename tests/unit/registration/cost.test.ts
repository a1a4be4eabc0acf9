import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_TARIFF,
	DEFAULT_VAT,
	batchCostCents,
	costBreakdown,
	invoiceAmounts
} from '$lib/registration';

describe('batch cost', () => {
	it('uses the published tariff', () => {
		expect(DEFAULT_TARIFF).toEqual({ baseCents: 15_000, perLineCents: 50, capCents: 30_000 });
	});

	it('charges base + per line below the cap', () => {
		expect(batchCostCents(1)).toBe(15_050);
		expect(batchCostCents(120)).toBe(21_000);
		expect(batchCostCents(299)).toBe(29_950);
	});

	it('reaches the cap at 300 lines and stays there', () => {
		expect(batchCostCents(300)).toBe(30_000);
		expect(batchCostCents(301)).toBe(30_000);
		expect(batchCostCents(100_000)).toBe(30_000);
	});

	it('charges nothing for an empty list', () => {
		expect(batchCostCents(0)).toBe(0);
		expect(costBreakdown(0)).toMatchObject({ uncappedCents: 0, totalCents: 0, capped: false });
	});

	it('rejects negative and fractional line counts', () => {
		expect(() => batchCostCents(-1)).toThrow(RangeError);
		expect(() => batchCostCents(1.5)).toThrow(RangeError);
		expect(() => batchCostCents(Number.NaN)).toThrow(RangeError);
	});

	it('breaks the formula down for display', () => {
		expect(costBreakdown(120)).toEqual({
			baseCents: 15_000,
			perLineCents: 50,
			lines: 120,
			linesCents: 6_000,
			uncappedCents: 21_000,
			capCents: 30_000,
			totalCents: 21_000,
			capped: false
		});
		expect(costBreakdown(300).capped).toBe(false);
		expect(costBreakdown(400)).toMatchObject({
			uncappedCents: 35_000,
			totalCents: 30_000,
			capped: true
		});
	});

	it('accepts another tariff', () => {
		expect(batchCostCents(10, { baseCents: 1_000, perLineCents: 7, capCents: 1_050 })).toBe(1_050);
		expect(batchCostCents(5, { baseCents: 1_000, perLineCents: 7, capCents: 1_050 })).toBe(1_035);
	});

	const lines = fc.integer({ min: 0, max: 1_000_000 });

	it('never exceeds the cap and is an integer (property)', () => {
		fc.assert(
			fc.property(lines, (n) => {
				const c = batchCostCents(n);
				expect(c).toBeLessThanOrEqual(30_000);
				expect(Number.isInteger(c)).toBe(true);
			})
		);
	});

	it('is monotone non-decreasing in the line count (property)', () => {
		fc.assert(
			fc.property(lines, lines, (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				expect(batchCostCents(lo)).toBeLessThanOrEqual(batchCostCents(hi));
			})
		);
	});

	it('equals 15000 + 50n below the cap (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 299 }), (n) => {
				expect(batchCostCents(n)).toBe(15_000 + 50 * n);
			})
		);
	});
});

describe('invoice amounts (VAT per list)', () => {
	it('the VAT rate is tariff data: 21 %', () => {
		expect(DEFAULT_VAT).toEqual({ percent: 21 });
	});

	it('adds 21 % VAT in integer cents', () => {
		expect(invoiceAmounts(21_000)).toEqual({
			exclCents: 21_000,
			vatPercent: 21,
			vatCents: 4_410,
			inclCents: 25_410
		});
		expect(invoiceAmounts(30_000)).toMatchObject({ vatCents: 6_300, inclCents: 36_300 });
		expect(invoiceAmounts(0)).toMatchObject({ vatCents: 0, inclCents: 0 });
	});

	it('rounds per list, half a cent up', () => {
		// 15 050 × 21 % = 3 160,5 → 3 161; 15 150 × 21 % = 3 181,5 → 3 182; 15 100 × 21 % = 3 171
		expect(invoiceAmounts(15_050).vatCents).toBe(3_161);
		expect(invoiceAmounts(15_150).vatCents).toBe(3_182);
		expect(invoiceAmounts(15_100).vatCents).toBe(3_171);
		// 1 cent × 21 % = 0,21 → 0; 3 cents = 0,63 → 1
		expect(invoiceAmounts(1).vatCents).toBe(0);
		expect(invoiceAmounts(3).vatCents).toBe(1);
		expect(invoiceAmounts(15_050, { percent: 6 }).vatCents).toBe(903);
	});

	it('every billable list: incl = excl + vat, vat within half a cent of the exact rate', () => {
		for (let lines = 1; lines <= 400; lines++) {
			const a = invoiceAmounts(batchCostCents(lines));
			expect(a.inclCents).toBe(a.exclCents + a.vatCents);
			expect(Math.abs(a.vatCents - (a.exclCents * 21) / 100)).toBeLessThanOrEqual(0.5);
			expect(Number.isInteger(a.vatCents)).toBe(true);
		}
	});

	it('rejects negative and fractional amounts', () => {
		expect(() => invoiceAmounts(-1)).toThrow(RangeError);
		expect(() => invoiceAmounts(0.5)).toThrow(RangeError);
	});
});
