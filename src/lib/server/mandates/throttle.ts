import type { Db } from '../db';
import { reserveAttempt, reserveAttempts, throttleKey, type ThrottleRule } from '../auth/throttle';

const DAY = 86_400_000;

/** `perDay` attempts a day, then one a day (the day's lock is set by the last admitted attempt). */
function daily(prefix: string, perDay: number): ThrottleRule {
	return { prefix, threshold: perDay, baseDelayMs: DAY, maxDelayMs: DAY, windowMs: DAY };
}

/** Invitations a manager sends, and invitations any one address receives (from anyone). */
const INVITE_USER_RULE = daily('invite-user', 20);
const INVITE_ADDRESS_RULE = daily('invite-address', 3);
/** Declaration posts per person, and organisations declared (each mails its owners). */
const DECLARE_USER_RULE = daily('declare-user', 5);
const DECLARE_ORG_RULE = daily('declare-org', 30);

/**
 * Reserves one invitation before anything is looked up or sent: per inviter and per address. The
 * address counts the same whether or not it has a login, so a refusal tells nothing about it.
 */
export async function reserveInvitation(
	db: Db,
	secret: string,
	input: { actorId: string; email: string; now: Date }
): Promise<boolean> {
	const reserved = await reserveAttempts(
		db,
		[
			{
				key: await throttleKey(secret, INVITE_USER_RULE.prefix, input.actorId),
				rule: INVITE_USER_RULE
			},
			{
				key: await throttleKey(secret, INVITE_ADDRESS_RULE.prefix, input.email),
				rule: INVITE_ADDRESS_RULE
			}
		],
		input.now.getTime()
	);
	return reserved.ok;
}

export async function reserveDeclaration(db: Db, secret: string, userId: string, now: Date) {
	const key = await throttleKey(secret, DECLARE_USER_RULE.prefix, userId);
	return (await reserveAttempt(db, key, DECLARE_USER_RULE, now.getTime())).ok;
}

/** One declared organisation (one round of owner mails). */
export async function reserveDeclaredOrganisation(
	db: Db,
	secret: string,
	userId: string,
	now: Date
) {
	const key = await throttleKey(secret, DECLARE_ORG_RULE.prefix, userId);
	return (await reserveAttempt(db, key, DECLARE_ORG_RULE, now.getTime())).ok;
}
