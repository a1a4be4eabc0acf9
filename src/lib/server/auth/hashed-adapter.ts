import type { BetterAuthOptions } from 'better-auth';
import type { DBAdapter, Where } from 'better-auth/adapters';
import { sha256Hex } from '../security/hash';

/**
 * better-auth keeps session tokens and verification identifiers (which embed reset tokens) in
 * clear. This wraps its database adapter so that those columns hold SHA-256 hashes: every value
 * written or looked up is hashed on the way in, and the caller gets its raw value back on the way
 * out. A copy of the database therefore holds no usable session or reset token.
 */
const hashedFields: Record<string, string> = { session: 'token', verification: 'identifier' };

type Args = { model: string; where?: Where[]; data?: Record<string, unknown> };

async function hashValue(value: Where['value']): Promise<Where['value']> {
	if (typeof value === 'string') return sha256Hex(value);
	if (Array.isArray(value)) return Promise.all(value.map((v) => sha256Hex(String(v))));
	return value;
}

function restore(result: unknown, field: string, raw: Map<string, string>): unknown {
	if (Array.isArray(result)) return result.map((item) => restore(item, field, raw));
	if (result && typeof result === 'object' && field in result) {
		const stored = (result as Record<string, unknown>)[field];
		if (typeof stored === 'string' && raw.has(stored))
			return { ...result, [field]: raw.get(stored) };
	}
	return result;
}

/** The adapter with hashing on every call, including inside transactions (see below). */
function hashing(adapter: DBAdapter<BetterAuthOptions>): DBAdapter<BetterAuthOptions> {
	return new Proxy(adapter, {
		get(target, property, receiver) {
			const original = Reflect.get(target, property, receiver);
			if (typeof original !== 'function') return original;
			// better-auth runs some work (consuming a verification value: two-factor challenges,
			// password reset) inside `transaction(cb)` with the transaction's own adapter; that one
			// must hash too, or a hashed identifier is looked up in clear and never found.
			if (property === 'transaction')
				return (callback: (trx: DBAdapter<BetterAuthOptions>) => unknown, ...rest: unknown[]) =>
					original.call(
						target,
						(trx: DBAdapter<BetterAuthOptions>) => callback(hashing(trx)),
						...rest
					);
			return async (args: Args, ...rest: unknown[]) => {
				const field = args && typeof args === 'object' ? hashedFields[args.model] : undefined;
				if (!field) return original.call(target, args, ...rest);
				const raw = new Map<string, string>();
				const next: Args = { ...args };
				if (args.where) {
					next.where = await Promise.all(
						args.where.map(async (clause) => {
							if (clause.field !== field) return clause;
							const hashed = await hashValue(clause.value);
							if (typeof clause.value === 'string' && typeof hashed === 'string')
								raw.set(hashed, clause.value);
							return { ...clause, value: hashed };
						})
					);
				}
				if (args.data && typeof args.data[field] === 'string') {
					const value = args.data[field] as string;
					const hashed = await sha256Hex(value);
					raw.set(hashed, value);
					next.data = { ...args.data, [field]: hashed };
				}
				return restore(await original.call(target, next, ...rest), field, raw);
			};
		}
	});
}

export function withHashedTokens(
	factory: (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions>
): (options: BetterAuthOptions) => DBAdapter<BetterAuthOptions> {
	return (options) => hashing(factory(options));
}
