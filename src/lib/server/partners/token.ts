// Short-lived, audience-bound hand-off tokens for single sign-on at a partner. Two formats:
// "jwt" — a standard JWT signed with HS256; "hmac" — base64url(claims) + "." + HMAC-SHA256 over
// it. Both carry only ids (our account id as `sub`), never a name or e-mail address.

type TokenFormat = 'jwt' | 'hmac';

interface HandOffClaims {
	iss: 'you-p';
	aud: string;
	sub: string;
	iat: number;
	exp: number;
	jti: string;
}

type VerifyResult =
	| { ok: true; claims: HandOffClaims }
	| { ok: false; reason: 'malformed' | 'signature' | 'audience' | 'expired' };

export const TOKEN_LIFETIME_SECONDS = 120;
const CLOCK_SKEW_SECONDS = 30;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (char) => char.charCodeAt(0));
	} catch {
		return null;
	}
}

function key(secret: string, usage: 'sign' | 'verify') {
	return crypto.subtle.importKey(
		'raw',
		encoder.encode(secret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		[usage]
	);
}

const jwtHeader = toBase64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

export async function signHandOff(
	format: TokenFormat,
	secret: string,
	claims: { aud: string; sub: string },
	now: number
): Promise<string> {
	const iat = Math.floor(now / 1000);
	const full: HandOffClaims = {
		iss: 'you-p',
		aud: claims.aud,
		sub: claims.sub,
		iat,
		exp: iat + TOKEN_LIFETIME_SECONDS,
		jti: crypto.randomUUID()
	};
	const body = toBase64Url(encoder.encode(JSON.stringify(full)));
	const signed = format === 'jwt' ? `${jwtHeader}.${body}` : body;
	const mac = await crypto.subtle.sign('HMAC', await key(secret, 'sign'), encoder.encode(signed));
	return `${signed}.${toBase64Url(new Uint8Array(mac))}`;
}

/** What a partner does with the token: signature (constant time), audience, then expiry. */
export async function verifyHandOff(
	format: TokenFormat,
	secret: string,
	token: string,
	audience: string,
	now: number
): Promise<VerifyResult> {
	const parts = token.split('.');
	if (parts.length !== (format === 'jwt' ? 3 : 2)) return { ok: false, reason: 'malformed' };
	if (format === 'jwt' && parts[0] !== jwtHeader) return { ok: false, reason: 'malformed' };
	const signature = fromBase64Url(parts.at(-1) ?? '');
	const body = fromBase64Url(parts.at(-2) ?? '');
	if (!signature || !body) return { ok: false, reason: 'malformed' };
	const signed = parts.slice(0, -1).join('.');
	const valid = await crypto.subtle.verify(
		'HMAC',
		await key(secret, 'verify'),
		signature,
		encoder.encode(signed)
	);
	if (!valid) return { ok: false, reason: 'signature' };
	let claims: HandOffClaims;
	try {
		claims = JSON.parse(decoder.decode(body)) as HandOffClaims;
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	if (claims.iss !== 'you-p' || typeof claims.sub !== 'string' || typeof claims.jti !== 'string')
		return { ok: false, reason: 'malformed' };
	if (claims.aud !== audience) return { ok: false, reason: 'audience' };
	const seconds = Math.floor(now / 1000);
	if (
		typeof claims.exp !== 'number' ||
		claims.exp <= seconds ||
		claims.iat > seconds + CLOCK_SKEW_SECONDS
	)
		return { ok: false, reason: 'expired' };
	return { ok: true, claims };
}
