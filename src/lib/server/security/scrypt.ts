import { scrypt as scryptCallback, timingSafeEqual, randomBytes } from 'node:crypto';

interface ScryptParams {
	/** log2 of the CPU/memory cost N */
	ln: number;
	r: number;
	p: number;
}

/**
 * Chosen passwords: an OWASP row with N·r·p ≤ 2^20 (N=2^14, r=8, p=5). Memory per hash is
 * 128·N·r = 16 MiB, which fits a worker isolate; p=5 buys the work factor without more memory.
 */
export const PASSWORD_PARAMS: ScryptParams = { ln: 14, r: 8, p: 5 };

/**
 * Start passwords are machine-generated with 60 bits of entropy, single-use and expire after 30
 * days, so an offline attacker must search ~2^59 candidates however cheap one hash is; the slow
 * hash only has to stop precomputation (the salt does that). N=2^10, r=8, p=1 (1 MiB) is the
 * lightest set verifySecret accepts: ~75× cheaper than PASSWORD_PARAMS, which keeps a
 * 1,000-account list within the 30-second budget. Figures in BENCHMARKS.md.
 */
export const START_PASSWORD_PARAMS: ScryptParams = { ln: 10, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
	const N = 2 ** params.ln;
	// workerd refuses scrypt unless maxmem covers 128·N·r; twice that leaves headroom.
	const maxmem = 2 * 128 * N * params.r;
	return new Promise((resolve, reject) =>
		scryptCallback(
			secret.normalize('NFKC'),
			salt,
			KEY_LENGTH,
			{ N, r: params.r, p: params.p, maxmem },
			(error, key) => (error ? reject(error) : resolve(key))
		)
	);
}

/** A self-describing hash string: `scrypt$ln=14,r=8,p=5$<salt>$<key>` (base64). */
export async function hashSecret(secret: string, params = PASSWORD_PARAMS): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(secret, salt, params);
	return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
	const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(
		hash
	);
	if (!match) return null;
	const [, ln, r, p, salt = '', key = ''] = match;
	const params = { ln: Number(ln), r: Number(r), p: Number(p) };
	// Refuse parameters no hash of ours carries: a tampered row must not become a memory bomb.
	if (
		params.ln < 10 ||
		params.ln > 17 ||
		params.r < 1 ||
		params.r > 16 ||
		params.p < 1 ||
		params.p > 16
	)
		return null;
	return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** Constant-time check of a secret against a hash made by hashSecret (any parameters). */
export async function verifySecret(secret: string, hash: string): Promise<boolean> {
	const parsed = parse(hash);
	if (!parsed) return false;
	const key = await derive(secret, parsed.salt, parsed.params);
	return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}
