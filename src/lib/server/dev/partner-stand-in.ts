// Local development only: a tiny stand-in for the partner platforms, served by the app under
// /dev/partners/<id> (local mode only). It keeps the accounts it was given, records every call
// with its answer, can be switched "down" (answers 503) and checks SSO tokens like a partner would.
import { and, desc, eq, sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Db } from '../db';
import { newId } from '../db/ids';
import { rawStatement } from '../db/raw';
import { devPartnerAccount, devPartnerCall, devPartnerSwitch } from '../db/schema';
import { partnerConfig, type PartnerId } from '../partners/config';
import { verifyHandOff } from '../partners/token';

type Action = 'provision' | 'deprovision' | 'sso';

const accountSchema = v.looseObject({
	externalId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	name: v.string(),
	email: v.pipe(v.string(), v.email())
});

async function record(
	db: Db,
	partner: PartnerId,
	action: Action,
	status: number,
	fields: { externalId?: string | null; detail?: string | null; idempotencyKey?: string | null }
) {
	await db.insert(devPartnerCall).values({ partner, action, status, at: new Date(), ...fields });
	return status;
}

export async function standInMode(db: Db, partner: PartnerId): Promise<'up' | 'down'> {
	const row = await db
		.select()
		.from(devPartnerSwitch)
		.where(eq(devPartnerSwitch.partner, partner))
		.get();
	return row?.mode ?? 'up';
}

export async function setStandInMode(db: Db, partner: PartnerId, mode: 'up' | 'down') {
	await db
		.insert(devPartnerSwitch)
		.values({ partner, mode, updatedAt: new Date() })
		.onConflictDoUpdate({ target: devPartnerSwitch.partner, set: { mode, updatedAt: new Date() } });
}

async function authorised(env: Env, partner: PartnerId, request: Request): Promise<boolean> {
	const { apiKey } = await partnerConfig(env, partner);
	const given = request.headers.get('authorization') ?? '';
	const expected = `Bearer ${apiKey}`;
	if (!apiKey || given.length !== expected.length) return false;
	let difference = 0;
	for (let i = 0; i < given.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
	return difference === 0;
}

/** Whether the switch says this partner is down, as a condition inside the request's statements. */
const isDown = (partner: PartnerId) =>
	sql`exists (select 1 from ${devPartnerSwitch} where ${devPartnerSwitch.partner} = ${partner} and ${devPartnerSwitch.mode} = 'down')`;

const held = (partner: PartnerId, externalId: string) =>
	sql`exists (select 1 from ${devPartnerAccount} where ${devPartnerAccount.partner} = ${partner} and ${devPartnerAccount.externalId} = ${externalId})`;

/**
 * The call record of an accepted request, its answer decided in the statement itself (down: 503,
 * else by whether the account is held), so the record and the change go in one `batch`, before
 * the change: one round trip, and no read of the switch that a write could overtake.
 */
function callRecord(
	db: Db,
	partner: PartnerId,
	action: 'provision' | 'deprovision',
	fields: { externalId: string; idempotencyKey: string | null; detail: string | null },
	answers: { known: number; unknown: number }
) {
	const columns = [
		devPartnerCall.id,
		devPartnerCall.partner,
		devPartnerCall.action,
		devPartnerCall.externalId,
		devPartnerCall.status,
		devPartnerCall.detail,
		devPartnerCall.idempotencyKey,
		devPartnerCall.at
	].map((column) => sql.identifier(column.name));
	return rawStatement(
		db,
		sql`insert into ${devPartnerCall} (${sql.join(columns, sql`, `)})
			select ${newId()}, ${partner}, ${action}, ${fields.externalId},
				case when ${isDown(partner)} then 503 when ${held(partner, fields.externalId)} then ${answers.known} else ${answers.unknown} end,
				case when ${isDown(partner)} then 'down' else ${fields.detail} end,
				${fields.idempotencyKey}, ${Date.now()}
			returning ${sql.identifier(devPartnerCall.status.name)} as status`
	);
}

const answered = (results: unknown[]) =>
	(results[0] as D1Result<{ status: number }>).results[0]?.status ?? 500;

/** POST /accounts: 201 created, 200 when this external id is already there (idempotent). */
export async function standInProvision(env: Env, db: Db, partner: PartnerId, request: Request) {
	const idempotencyKey = request.headers.get('idempotency-key');
	if (!(await authorised(env, partner, request)))
		return record(db, partner, 'provision', 401, { idempotencyKey });
	const parsed = v.safeParse(accountSchema, await request.json().catch(() => null));
	if (!parsed.success) return record(db, partner, 'provision', 400, { idempotencyKey });
	const { externalId } = parsed.output;
	const detail = Object.keys(parsed.output).sort().join(',');
	const data = JSON.stringify(parsed.output);
	const stamp = Date.now();
	const columns = [
		devPartnerAccount.id,
		devPartnerAccount.partner,
		devPartnerAccount.externalId,
		devPartnerAccount.data
	].map((column) => sql.identifier(column.name));
	const upsert = rawStatement(
		db,
		sql`insert into ${devPartnerAccount} (${sql.join(columns, sql`, `)})
			select ${newId()}, ${partner}, ${externalId}, ${data} where not ${isDown(partner)}
			on conflict (${sql.identifier(devPartnerAccount.partner.name)}, ${sql.identifier(devPartnerAccount.externalId.name)})
			do update set ${sql.identifier(devPartnerAccount.data.name)} = excluded.${sql.identifier(devPartnerAccount.data.name)},
				${sql.identifier(devPartnerAccount.active.name)} = 1,
				${sql.identifier(devPartnerAccount.updatedAt.name)} = ${stamp}`
	);
	const results = await db.batch([
		callRecord(
			db,
			partner,
			'provision',
			{ externalId, idempotencyKey, detail },
			{ known: 200, unknown: 201 }
		),
		upsert
	]);
	return answered(results);
}

/** DELETE /accounts/{id}: 204 removed, 404 unknown. */
export async function standInDeprovision(
	env: Env,
	db: Db,
	partner: PartnerId,
	externalId: string,
	request: Request
) {
	const idempotencyKey = request.headers.get('idempotency-key');
	if (!(await authorised(env, partner, request)))
		return record(db, partner, 'deprovision', 401, { idempotencyKey });
	const results = await db.batch([
		callRecord(
			db,
			partner,
			'deprovision',
			{ externalId, idempotencyKey, detail: null },
			{ known: 204, unknown: 404 }
		),
		db
			.update(devPartnerAccount)
			.set({ active: false })
			.where(
				and(
					eq(devPartnerAccount.partner, partner),
					eq(devPartnerAccount.externalId, externalId),
					sql`not ${isDown(partner)}`
				)
			)
	]);
	return answered(results);
}

type SsoOutcome =
	| { ok: true; name: string }
	| {
			ok: false;
			reason:
				'malformed' | 'signature' | 'audience' | 'expired' | 'replayed' | 'unknown' | 'config';
	  };

/** GET /sso?token=: what the partner checks before it lets the person in. */
export async function standInSso(
	env: Env,
	db: Db,
	partner: PartnerId,
	token: string,
	now: number
): Promise<SsoOutcome> {
	const config = await partnerConfig(env, partner);
	if (config.sso === 'link' || !config.ssoSecret) return { ok: false, reason: 'config' };
	const result = await verifyHandOff(config.sso, config.ssoSecret, token, partner, now);
	const refuse = async (
		reason: Exclude<SsoOutcome, { ok: true }>['reason'],
		externalId?: string
	) => {
		await record(db, partner, 'sso', 401, { externalId, detail: reason });
		return { ok: false, reason } as const;
	};
	if (!result.ok) return refuse(result.reason);
	const { sub, jti } = result.claims;
	const used = await db
		.select({ id: devPartnerCall.id })
		.from(devPartnerCall)
		.where(and(eq(devPartnerCall.partner, partner), eq(devPartnerCall.idempotencyKey, jti)))
		.get();
	if (used) return refuse('replayed', sub);
	const account = await db
		.select()
		.from(devPartnerAccount)
		.where(and(eq(devPartnerAccount.partner, partner), eq(devPartnerAccount.externalId, sub)))
		.get();
	if (!account?.active) return refuse('unknown', sub);
	await record(db, partner, 'sso', 200, { externalId: sub, idempotencyKey: jti });
	return { ok: true, name: (JSON.parse(account.data) as { name: string }).name };
}

export function listStandInCalls(db: Db, limit = 100) {
	return db.select().from(devPartnerCall).orderBy(desc(devPartnerCall.at)).limit(limit);
}

export function listStandInAccounts(db: Db, limit = 100) {
	return db
		.select()
		.from(devPartnerAccount)
		.orderBy(desc(devPartnerAccount.updatedAt))
		.limit(limit);
}
