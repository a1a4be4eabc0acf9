/**
 * "Send corrections" on the results page: the edited code-3/4 lines of a batch go out as a new
 * list with correctionOf = that batch. Only lines whose data is still kept and that were not
 * corrected before can be corrected; every line is validated again here with the shared rules.
 * An unchanged code-3 line goes out too when the form ticks `l<n>-resend` and the employer's
 * roster has the person now (checked here, with the pipeline's matching).
 */
import * as v from 'valibot';
import { FIELDS, validateRow, type RegistrationRow, type RowReason } from '$lib/registration';
import { brusselsDate } from '$lib/registration/deadline';
import type { Locale, Translate } from '$lib/i18n';
import { apiErrorText } from '$lib/i18n/labels/api';
import type { Db } from '../../db';
import type { EmployerContext } from '../../organisations';
import { getBatchView } from '../read';
import { maxListRows } from '../periods';
import { submitBatch } from '../submit';
import { matchAgainstRoster } from '../roster-lookup';
import { readResultLines, type ResultLine } from './batch-lines';
import * as m_ from '$lib/paraglide/messages';

const FIELD_RE = /^l(\d{1,6})-(lastName|firstName|postcode|birthDate|email)$/;
const Cell = v.pipe(v.string(), v.maxLength(500));

interface CorrectionFailure {
	message: string;
	/** What the user typed, per line, echoed back into the form. */
	values: Record<number, RegistrationRow>;
	/** Problems per line found by the shared validation. */
	problems: Record<number, RowReason[]>;
}

/** Typed form values per line number (only well-formed field names). */
function collect(form: FormData, max: number): Map<number, RegistrationRow> | null {
	const out = new Map<number, RegistrationRow>();
	for (const [name, value] of form) {
		const m = FIELD_RE.exec(name);
		if (!m) continue;
		const cell = v.safeParse(Cell, value);
		if (!cell.success) return null;
		const line = Number(m[1]);
		const row = out.get(line) ?? {
			lastName: '',
			firstName: '',
			postcode: '',
			birthDate: '',
			email: ''
		};
		row[m[2] as keyof RegistrationRow] = cell.output;
		out.set(line, row);
		if (out.size > max) return null;
	}
	return out;
}

/**
 * The unchanged code-3 lines (of `lines`) that match the employer's roster now: the roster
 * changed since the list was processed, so sending them again as they are makes sense.
 */
export async function nowInRoster(
	db: Db,
	employerId: string,
	lines: ResultLine[],
	now: Date
): Promise<number[]> {
	const open = lines.filter((l) => l.code === 3 && l.correctable && l.row);
	if (open.length === 0) return [];
	const matches = await matchAgainstRoster(
		db,
		employerId,
		open.map((l) => l.row!),
		brusselsDate(now)
	);
	return open.filter((_, i) => matches[i]!.kind === 'match').map((l) => l.line);
}

const same = (a: RegistrationRow, b: RegistrationRow) =>
	FIELDS.every((f) => a[f].trim() === String(b[f] ?? '').trim());

/** Why the corrections were not sent: the batch is not the employer's, or the form is refused. */
type CorrectionOutcome =
	| { ok: true; batchId: string }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'refused'; status: number; failure: CorrectionFailure };

export async function sendCorrections(
	deps: { db: Db; env: Env; t: Translate },
	input: {
		employer: EmployerContext;
		userId: string;
		batchId: string;
		form: FormData;
		now: Date;
		locale: Locale;
	}
): Promise<CorrectionOutcome> {
	const { db, env, t } = deps;
	const { employer, form } = input;
	const refused = (status: number, failure: CorrectionFailure): CorrectionOutcome => ({
		ok: false,
		reason: 'refused',
		status,
		failure
	});
	const original = await getBatchView(db, {
		employerId: employer.organisationId,
		batchId: input.batchId
	});
	if (!original) return { ok: false, reason: 'not-found' };

	const typed = collect(form, maxListRows(env));
	if (!typed)
		return refused(400, { message: t(m_['results.correct.invalid']), values: {}, problems: {} });
	const lines = await readResultLines(db, env, original.id, { lines: [...typed.keys()] });
	const today = brusselsDate(input.now);
	const values: Record<number, RegistrationRow> = Object.fromEntries(typed);
	const problems: Record<number, RowReason[]> = {};
	const changed: { line: number; row: RegistrationRow }[] = [];
	const resend: ResultLine[] = [];
	for (const line of lines) {
		const typedLine = typed.get(line.line);
		if (!typedLine || !line.correctable || !line.row) {
			return refused(409, {
				message: t(m_['results.correct.not-correctable'], { line: line.line }),
				values,
				problems
			});
		}
		if (same(typedLine, line.row)) {
			if (form.get(`l${line.line}-resend`) === 'on') resend.push(line);
			continue;
		}
		const check = validateRow(typedLine, { today });
		if (check.problems.length > 0) problems[line.line] = check.problems.map((p) => p.reason);
		changed.push({ line: line.line, row: check.row });
	}
	if (lines.length !== typed.size) {
		return refused(409, { message: t(m_['results.correct.invalid']), values, problems });
	}
	if (Object.keys(problems).length > 0) {
		const count = Object.keys(problems).length;
		return refused(400, {
			message: t(m_['results.correct.problems'], { count }),
			values,
			problems
		});
	}
	// Unchanged lines sent again: only those the roster has now (checked here, not in the form).
	const matching = new Set(await nowInRoster(db, employer.organisationId, resend, input.now));
	const stale = resend.find((l) => !matching.has(l.line));
	if (stale) {
		const message = t(m_['results.resend.not-matching'], { line: stale.line });
		return refused(409, { message, values, problems });
	}
	for (const line of resend) {
		changed.push({ line: line.line, row: validateRow(line.row!, { today }).row });
	}
	changed.sort((a, b) => a.line - b.line);
	if (changed.length === 0) {
		return refused(400, { message: t(m_['results.correct.nothing']), values, problems });
	}
	if (form.get('consent') !== 'on') {
		return refused(400, { message: t(m_['results.correct.consent']), values, problems });
	}
	const key = form.get('idempotencyKey');
	const result = await submitBatch(
		{ db, env },
		{
			employerId: employer.organisationId,
			submittedBy: input.userId,
			consent: true,
			consentBy: input.userId,
			now: input.now,
			rows: changed.map((c) => c.row),
			correctionOf: original.id,
			correctedLines: changed.map((c) => c.line),
			source: 'grid',
			idempotencyKey: typeof key === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(key) ? key : null,
			locale: input.locale
		}
	);
	if (!result.ok) {
		const message = apiErrorText(t, result.code);
		return refused(result.status, { message, values, problems });
	}
	return { ok: true, batchId: result.batchId };
}
