import { partnerIds, type PartnerId } from '../db/schema';
import { envValue } from '../env';

export { partnerIds, type PartnerId };

const ssoModes = ['hmac', 'jwt', 'link'] as const;
type SsoMode = (typeof ssoModes)[number];
const extraFieldNames = ['birthDate', 'postcode'] as const;
type ExtraField = (typeof extraFieldNames)[number];

/** Everything YOU-P knows about one partner platform, read from the environment. */
export interface PartnerConfig {
	id: PartnerId;
	name: string;
	enabled: boolean;
	/** API base: `${baseUrl}/accounts`, `${baseUrl}/sso`. */
	baseUrl: string;
	sso: SsoMode;
	/** Fields beyond name, e-mail and employer that this partner's contract requires. */
	extraFields: ExtraField[];
	apiKey: string | null;
	ssoSecret: string | null;
}

const names: Record<PartnerId, string> = {
	'benefits-at-work': 'Benefits@Work',
	'xtra-present': 'Xtra Present'
};

const prefixes: Record<PartnerId, string> = {
	'benefits-at-work': 'BENEFITS_AT_WORK',
	'xtra-present': 'XTRA_PRESENT'
};

export function isPartnerId(value: unknown): value is PartnerId {
	return typeof value === 'string' && (partnerIds as readonly string[]).includes(value);
}

export function partnerName(id: PartnerId): string {
	return names[id];
}

export const PARTNER_QUEUE = 'you-p-partners';

export function maxPartnerAttempts(env: Env): number {
	const value = Number(env.PARTNER_MAX_ATTEMPTS);
	return Number.isInteger(value) && value > 0 ? value : 8;
}

function read(env: Env, name: string): string | undefined {
	const value = envValue(env, name);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const encoder = new TextEncoder();

/**
 * Derived local secrets, per isolate: the derivation is two WebCrypto calls, and the consumer,
 * the list pipeline and the stand-in ask for the same few on every message and request. Keyed by
 * AUTH_SECRET and the name, so another secret (a test's env, a rotation) derives anew; bounded,
 * though an isolate normally sees one AUTH_SECRET and four names.
 */
const derived = new Map<string, Promise<string>>();
const MAX_DERIVED = 32;

async function derive(authSecret: string, name: string): Promise<string> {
	const key = await crypto.subtle.importKey(
		'raw',
		encoder.encode(authSecret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`local-partner:${name}`));
	return [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Locally (and only locally) a missing secret is derived from AUTH_SECRET, so `npm start` and
 * the tests need no partner secrets; anywhere else a missing secret is a configuration error.
 */
async function secret(env: Env, name: string): Promise<string | null> {
	const value = read(env, name);
	if (value) return value;
	if (env.APP_ENV !== 'local' || !env.AUTH_SECRET) return null;
	const cacheKey = `${name}\u0000${env.AUTH_SECRET}`;
	let pending = derived.get(cacheKey);
	if (!pending) {
		if (derived.size >= MAX_DERIVED) derived.clear();
		pending = derive(env.AUTH_SECRET, name);
		derived.set(cacheKey, pending);
		// A failed derivation is not remembered: the next call tries again.
		pending.catch(() => derived.delete(cacheKey));
	}
	return pending;
}

export async function partnerConfig(env: Env, id: PartnerId): Promise<PartnerConfig> {
	const prefix = prefixes[id];
	const sso = read(env, `${prefix}_SSO`) ?? 'link';
	const extra = (read(env, `${prefix}_EXTRA_FIELDS`) ?? '')
		.split(',')
		.map((field) => field.trim())
		.filter((field): field is ExtraField => (extraFieldNames as readonly string[]).includes(field));
	const configured = read(env, `${prefix}_BASE_URL`);
	const baseUrl =
		configured ??
		(env.APP_ENV === 'local' ? `${env.PUBLIC_BASE_URL.replace(/\/$/, '')}/dev/partners/${id}` : '');
	return {
		id,
		name: names[id],
		enabled: read(env, `${prefix}_ENABLED`) === 'true' && baseUrl !== '',
		baseUrl: baseUrl.replace(/\/$/, ''),
		sso: (ssoModes as readonly string[]).includes(sso) ? (sso as SsoMode) : 'link',
		extraFields: [...new Set(extra)],
		apiKey: await secret(env, `${prefix}_API_KEY`),
		ssoSecret: await secret(env, `${prefix}_SSO_SECRET`)
	};
}

export function partnerConfigs(env: Env): Promise<PartnerConfig[]> {
	return Promise.all(partnerIds.map((id) => partnerConfig(env, id)));
}
