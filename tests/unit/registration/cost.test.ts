import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TARIFF, batchCostCents, costBreakdown } from '$lib/registration';

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
