/**
 * What the pipeline decides about a set of lines before it writes anything: validation (code 4),
 * the match against THIS employer's roster (code 3, with the hint), an account already there for
 * the roster entry (code 2) or for the e-mail address (code 4), else the line registers (code 1).
 * Read-only: the queue consumer (process.ts) acts on the decisions, the check before paying
 * (check-list.ts) only reports them — one rule for both.
 */
import { inArray } from 'drizzle-orm';
import { validateRow, type Language, type Reason, type RegistrationRow } from '$lib/registration';
import type { Db } from '../db';
import { user } from '../db/schema';
import { matchAgainstRoster, type HintPayload } from './roster-lookup';

/** A line decided without creating anything. */
export interface DecidedLine {
	kind: 'decided';
	code: 2 | 3 | 4;
	reason: Reason;
	accountId?: string | null;
	hint?: HintPayload | null;
}

/** A line that matched one roster entry and has no account yet: it registers. */
export interface RegisteringLine {
	kind: 'register';
	/** The normalised row. */
	row: RegistrationRow;
	/** The ISO birth date. */
	birth: string;
	/** The language the line names for the person's mail (null: none). */
	language: Language | null;
	entryId: string;
	/** The account this line itself created on an earlier attempt (a redelivery), if any. */
	resume: { expiresAt: Date | null } | null;
}

export type LineDecision = DecidedLine | RegisteringLine;

/**
 * Decides each row (raw, as submitted) against the employer's roster and the accounts in D1.
 * `ownUserId(i)`, when given, is the account id row i creates: an account with that id is the
 * line's own (resumed after a crash), not someone else's. The check passes none.
 */
export async function decideLines(
	db: Db,
	employerId: string,
	rows: readonly RegistrationRow[],
	today: string,
	ownUserId?: (index: number) => Promise<string>
): Promise<LineDecision[]> {
	const decisions: (LineDecision | null)[] = [];
	const valid: {
		index: number;
		row: RegistrationRow;
		birth: string;
		language: Language | null;
	}[] = [];
	for (const [index, raw] of rows.entries()) {
		const check = validateRow(raw, { today });
		const problem = check.problems[0];
		decisions.push(problem ? { kind: 'decided', code: 4, reason: problem.reason } : null);
		if (!problem)
			valid.push({ index, row: check.row, birth: check.birthDateIso!, language: check.language });
	}

	const matches = await matchAgainstRoster(
		db,
		employerId,
		valid.map((v) => v.row),
		today
	);
	const matched: ((typeof valid)[number] & { entryId: string })[] = [];
	for (const [i, v] of valid.entries()) {
		const m = matches[i]!;
		if (m.kind === 'ambiguous')
			decisions[v.index] = { kind: 'decided', code: 3, reason: 'ambiguous-roster-match' };
		else if (m.kind === 'none')
			decisions[v.index] = { kind: 'decided', code: 3, reason: 'not-in-roster', hint: m.hint };
		else matched.push({ ...v, entryId: m.entryId });
	}

	const columns = {
		id: user.id,
		email: user.email,
		rosterEntryId: user.rosterEntryId,
		expiresAt: user.startPasswordExpiresAt
	};
	const [byRoster, byEmail] =
		matched.length === 0
			? [[], []]
			: await db.batch([
					db
						.select(columns)
						.from(user)
						.where(
							inArray(
								user.rosterEntryId,
								matched.map((m) => m.entryId)
							)
						),
					db
						.select(columns)
						.from(user)
						.where(
							inArray(
								user.email,
								matched.map((m) => m.row.email)
							)
						)
				]);
	const rosterUser = new Map(byRoster.map((u) => [u.rosterEntryId, u]));
	const emailUser = new Map(byEmail.map((u) => [u.email, u]));
	for (const m of matched) {
		const own = ownUserId ? await ownUserId(m.index) : null;
		const existing = rosterUser.get(m.entryId) ?? emailUser.get(m.row.email);
		const register = {
			kind: 'register' as const,
			row: m.row,
			birth: m.birth,
			language: m.language,
			entryId: m.entryId
		};
		if (own !== null && existing?.id === own)
			decisions[m.index] = { ...register, resume: { expiresAt: existing.expiresAt } };
		else if (rosterUser.has(m.entryId))
			decisions[m.index] = {
				kind: 'decided',
				code: 2,
				reason: 'already-active',
				accountId: rosterUser.get(m.entryId)!.id
			};
		else if (emailUser.has(m.row.email))
			decisions[m.index] = { kind: 'decided', code: 4, reason: 'email-used-by-other' };
		else decisions[m.index] = { ...register, resume: null };
	}
	return decisions as LineDecision[];
}
