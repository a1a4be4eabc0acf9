import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { partnerLink } from '../db/schema';
import { partnerConfig, type PartnerId } from './config';
import { signHandOff } from './token';
import { envValue } from '../env';

/**
 * Where to send the employee: the partner's SSO endpoint with a fresh signed token (HS256 JWT or
 * HMAC, audience = partner id, 2 minutes, jti) or, for a partner without SSO, its plain login
 * link (`<PREFIX>_LINK_URL`, default `{base}/login`). Null when the partner is not enabled.
 */
export async function ssoLink(
	env: Env,
	partner: PartnerId,
	account: { id: string },
	now: number
): Promise<string | null> {
	const config = await partnerConfig(env, partner);
	if (!config.enabled) return null;
	if (config.sso === 'link') {
		const prefix = partner.toUpperCase().replace(/-/g, '_');
		const link = envValue(env, `${prefix}_LINK_URL`);
		return typeof link === 'string' && link !== '' ? link : `${config.baseUrl}/login`;
	}
	if (!config.ssoSecret) return null;
	const token = await signHandOff(
		config.sso,
		config.ssoSecret,
		{ aud: partner, sub: account.id },
		now
	);
	return `${config.baseUrl}/sso?token=${encodeURIComponent(token)}`;
}

/** The hand-off for /mijn/partner/[partner]: only once the partner has the account. */
export async function partnerHandOff(
	env: Env,
	db: Db,
	accountId: string,
	partner: PartnerId,
	now: number
): Promise<string | null> {
	const link = await db
		.select({ status: partnerLink.status })
		.from(partnerLink)
		.where(and(eq(partnerLink.accountId, accountId), eq(partnerLink.partner, partner)))
		.get();
	if (link?.status !== 'active') return null;
	return ssoLink(env, partner, { id: accountId }, now);
}
