import type { PartnerConfig } from './config';
import type { PartnerAccount } from './account';

export type Fetcher = (input: Request) => Promise<Response>;

/** One partner platform's account API. Both calls are idempotent by our account id. */
export interface PartnerConnector {
	provision(account: PartnerAccount): Promise<void>;
	deprovision(account: Pick<PartnerAccount, 'id'>): Promise<void>;
}

/** A failed call, described by a code that carries no personal data (e.g. `http-503`). */
export class PartnerError extends Error {
	constructor(
		readonly code: string,
		readonly retryable: boolean
	) {
		super(`partner call failed: ${code}`);
	}
}

/** How long one call to a partner may take before it counts as failed (retryable). */
export const CALL_TIMEOUT_MS = 10_000;

/** Exactly the fields this partner may receive: name, e-mail, employer, plus configured extras. */
export function partnerPayload(config: PartnerConfig, account: PartnerAccount) {
	return {
		externalId: account.id,
		firstName: account.firstName,
		lastName: account.lastName,
		name: account.name,
		email: account.email,
		employer: account.employerName,
		locale: account.locale,
		...(config.extraFields.includes('birthDate') ? { birthDate: account.birthDate } : {}),
		...(config.extraFields.includes('postcode') ? { postcode: account.postcode } : {})
	};
}

/**
 * The HTTP connector, the same for both partners (and for the local stand-in): `POST
 * {base}/accounts` and `DELETE {base}/accounts/{id}`, bearer API key, `Idempotency-Key` header.
 */
class HttpPartnerConnector implements PartnerConnector {
	constructor(
		private readonly config: PartnerConfig,
		private readonly fetcher: Fetcher = (request) => fetch(request)
	) {}

	async provision(account: PartnerAccount): Promise<void> {
		await this.call('POST', '/accounts', `provision:${account.id}`, {
			body: JSON.stringify(partnerPayload(this.config, account))
		});
	}

	async deprovision(account: Pick<PartnerAccount, 'id'>): Promise<void> {
		await this.call(
			'DELETE',
			`/accounts/${encodeURIComponent(account.id)}`,
			`deprovision:${account.id}`
		);
	}

	private async call(method: string, path: string, idempotencyKey: string, init: RequestInit = {}) {
		if (!this.config.apiKey) throw new PartnerError('config-api-key', false);
		const request = new Request(`${this.config.baseUrl}${path}`, {
			...init,
			method,
			headers: {
				authorization: `Bearer ${this.config.apiKey}`,
				'idempotency-key': idempotencyKey,
				'content-type': 'application/json',
				accept: 'application/json'
			},
			signal: AbortSignal.timeout(CALL_TIMEOUT_MS)
		});
		let response: Response;
		try {
			response = await this.fetcher(request);
		} catch (cause) {
			const timeout = cause instanceof Error && cause.name === 'TimeoutError';
			throw new PartnerError(timeout ? 'timeout' : 'network', true);
		}
		await response.body?.cancel();
		if (response.ok) return;
		// Removing someone the partner no longer knows is done.
		if (method === 'DELETE' && (response.status === 404 || response.status === 410)) return;
		const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
		throw new PartnerError(`http-${response.status}`, retryable);
	}
}

export function connectorFor(config: PartnerConfig, fetcher?: Fetcher): PartnerConnector {
	return new HttpPartnerConnector(config, fetcher);
}
