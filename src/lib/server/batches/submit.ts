/**
 * ╔════════════════════════════════════════════════════════════════════════════════════════════╗
 * ║ TEMPORARY STUB from the `grid` branch — the lead REPLACES this file on merge with the real  ║
 * ║ implementation from the pipeline branch. It only mirrors the agreed interface so that the  ║
 * ║ list editor's form action type-checks and can be exercised end to end before the merge.    ║
 * ║ It stores NOTHING: a successful call returns a fresh id that no batch page knows.          ║
 * ╚════════════════════════════════════════════════════════════════════════════════════════════╝
 */
import type { Locale, MessageKey } from '$lib/i18n';
import type { RegistrationRow } from '$lib/registration';
import type { Db } from '$lib/server/db';
import { newId } from '$lib/server/db/ids';
import { batchCostCents } from '$lib/registration';

export interface SubmitInput {
	employerId: string;
	submittedBy: string | null;
	consent: boolean;
	consentBy: string;
	rows: RegistrationRow[];
	correctionOf?: string | null;
	source: 'grid' | 'api';
	idempotencyKey?: string | null;
	locale: Locale;
	now?: Date;
}

export type SubmitResult =
	| {
			ok: true;
			batchId: string;
			number: number;
			rowCount: number;
			costCents: number;
			status: 'queued' | 'processing' | 'completed';
	  }
	| {
			ok: false;
			status: 400 | 404 | 413;
			code: 'consent-required' | 'no-rows' | 'too-many-rows' | 'batch-not-found' | 'invalid-body';
			messageKey: MessageKey;
	  };

export async function submitBatch(
	deps: { db: Db; env: Env },
	input: SubmitInput
): Promise<SubmitResult> {
	const max = Number(deps.env.MAX_LIST_ROWS) || 10_000;
	if (!input.consent)
		return {
			ok: false,
			status: 400,
			code: 'consent-required',
			messageKey: 'grid.submit.consent-required'
		};
	if (input.rows.length === 0)
		return { ok: false, status: 400, code: 'no-rows', messageKey: 'grid.submit.empty' };
	if (input.rows.length > max)
		return { ok: false, status: 413, code: 'too-many-rows', messageKey: 'grid.submit.too-large' };
	return {
		ok: true,
		batchId: newId(),
		number: 0,
		rowCount: input.rows.length,
		costCents: batchCostCents(input.rows.length),
		status: 'queued'
	};
}
