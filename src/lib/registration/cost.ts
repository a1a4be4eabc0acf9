/**
 * What a submitted list costs. The tariff is data so that a future price change is a one-line
 * edit and the formula shown to the employer is computed from the same numbers that are billed.
 */

/** A tariff in integer euro cents. */
export interface Tariff {
	/** Fixed fee per submitted list. */
	baseCents: number;
	/** Fee per line in the list. */
	perLineCents: number;
	/** Maximum total per list. */
	capCents: number;
}

/** Current tariff: €150 per list + €0.50 per line, at most €300 (the cap is reached at 300 lines). */
export const DEFAULT_TARIFF: Readonly<Tariff> = {
	baseCents: 15_000,
	perLineCents: 50,
	capCents: 30_000
};

/** Every term of the cost formula, for display ("€150 + 120 × €0.50 = €210"). */
export interface CostBreakdown {
	baseCents: number;
	perLineCents: number;
	lines: number;
	/** `lines × perLineCents`. */
	linesCents: number;
	/** `baseCents + linesCents`, before the cap (0 for an empty list). */
	uncappedCents: number;
	capCents: number;
	/** What is billed. */
	totalCents: number;
	/** True when the cap lowered the total (strictly above the cap; exactly at it is not capped). */
	capped: boolean;
}

function requireLineCount(lineCount: number): void {
	if (!Number.isSafeInteger(lineCount) || lineCount < 0) {
		throw new RangeError(`Line count must be a non-negative integer, got ${lineCount}`);
	}
}

/**
 * Cost breakdown of a list. An empty list costs 0: a list needs at least one line to be
 * submitted, so nothing is billed for zero lines (the base fee is not charged either).
 * Throws a RangeError for a negative or fractional line count.
 */
export function costBreakdown(lineCount: number, tariff: Tariff = DEFAULT_TARIFF): CostBreakdown {
	requireLineCount(lineCount);
	const linesCents = lineCount * tariff.perLineCents;
	const uncappedCents = lineCount === 0 ? 0 : tariff.baseCents + linesCents;
	const totalCents = Math.min(uncappedCents, tariff.capCents);
	return {
		baseCents: tariff.baseCents,
		perLineCents: tariff.perLineCents,
		lines: lineCount,
		linesCents,
		uncappedCents,
		capCents: tariff.capCents,
		totalCents,
		capped: uncappedCents > tariff.capCents
	};
}

/** Billed amount in integer cents: `min(cap, base + perLine × n)`, and 0 for n = 0. */
export function batchCostCents(lineCount: number, tariff: Tariff = DEFAULT_TARIFF): number {
	return costBreakdown(lineCount, tariff).totalCents;
}

/** The VAT on a list, as data beside the tariff: a rate change is an edit here alone. */
export interface VatRate {
	/** Whole percent (Belgian rates are 21, 12, 6 or 0). */
	percent: number;
}

/** Belgian standard VAT rate on COLLECTIEF's service: 21 %. */
export const DEFAULT_VAT: Readonly<VatRate> = { percent: 21 };

/** What one list is invoiced: the cost (excl. VAT), the VAT on it and the total, in cents. */
export interface InvoiceAmounts {
	exclCents: number;
	vatPercent: number;
	vatCents: number;
	inclCents: number;
}

/**
 * The invoice amounts of one list, in integer cents. VAT is rounded per list, half a cent up
 * (`round(excl × rate / 100)`), so each line of the export adds up on its own and the totals are
 * sums of the lines. Throws a RangeError for a negative or fractional amount.
 */
export function invoiceAmounts(
	exclCents: number,
	vat: Readonly<VatRate> = DEFAULT_VAT
): InvoiceAmounts {
	if (!Number.isSafeInteger(exclCents) || exclCents < 0)
		throw new RangeError(`Amount must be a non-negative integer of cents, got ${exclCents}`);
	// Integer arithmetic only: (excl × percent + 50) div 100 is the half-up rounding of excl × rate.
	const vatCents = Math.floor((exclCents * vat.percent + 50) / 100);
	return { exclCents, vatPercent: vat.percent, vatCents, inclCents: exclCents + vatCents };
}
