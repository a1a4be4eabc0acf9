import type { RequestEvent } from '@sveltejs/kit';
import { isoDate } from '$lib/format';
import { validateRow, type Field, type RegistrationRow, type RowReason } from '$lib/registration';
import { reserveAttempts, throttleKey, type ThrottleRule } from '../auth/throttle';
import { isActiveEmployer } from './employers';
import { processRegistration, type Registration } from './request';
import { appEnv } from '../env';

const HOUR = 60 * 60_000;

/** Registrations per IP and per address: enough for a family, not for a mail flood. */
const REGISTER_IP: ThrottleRule = {
	prefix: 'register-ip',
	threshold: 20,
	baseDelayMs: 5 * 60_000,
	maxDelayMs: 6 * HOUR,
	windowMs: 24 * HOUR
};
const REGISTER_EMAIL: ThrottleRule = { ...REGISTER_IP, prefix: 'register-email', threshold: 3 };

type FieldProblems = Partial<Record<Field | 'employer', RowReason | 'employer-missing'>>;

type SubmitOutcome = { ok: true } | { ok: false; problems: FieldProblems; row: RegistrationRow };

/**
 * Checks the form with the pipeline's own rules (validateRow) and, when it is complete, hands the
 * matching to the background. The outcome is the same whether or not the person is on a roster.
 */
export async function submitRegistration(
	event: RequestEvent,
	input: RegistrationRow & { employerId: string }
): Promise<SubmitOutcome> {
	const { locals } = event;
	const env = appEnv(event);
	const today = isoDate(locals.now);
	const { problems, row, birthDateIso } = validateRow(input, { today });
	const found: FieldProblems = {};
	// The sign-up form has no language field, so no language problem can arise here.
	for (const problem of problems)
		if (problem.field && problem.field !== 'language') found[problem.field] ??= problem.reason;
	if (!input.employerId || !(await isActiveEmployer(locals.db, input.employerId)))
		found.employer = 'employer-missing';
	if (Object.keys(found).length > 0 || !birthDateIso) return { ok: false, problems: found, row };

	const ip = event.request.headers.get('cf-connecting-ip') ?? 'unknown';
	// Reserved before the matching starts: a burst gets no more registrations through than the limit.
	const reserved = await reserveAttempts(
		locals.db,
		[
			{ key: await throttleKey(env.AUTH_SECRET, REGISTER_IP.prefix, ip), rule: REGISTER_IP },
			{
				key: await throttleKey(env.AUTH_SECRET, REGISTER_EMAIL.prefix, row.email),
				rule: REGISTER_EMAIL
			}
		],
		locals.now.getTime()
	);
	if (!reserved.ok) return { ok: true };

	const registration: Registration = {
		lastName: row.lastName,
		firstName: row.firstName,
		postcode: row.postcode,
		birthDate: birthDateIso,
		email: row.email,
		employerId: input.employerId,
		locale: locals.locale
	};
	const work = processRegistration(
		{ db: locals.db, env, auth: locals.auth, now: locals.now },
		registration
	).catch((error) =>
		console.error('self-registration failed', error instanceof Error ? error.name : 'error')
	);
	const ctx = event.platform?.ctx;
	if (ctx) ctx.waitUntil(work);
	else await work;
	return { ok: true };
}
