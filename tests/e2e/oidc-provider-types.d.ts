// Minimal typing of the parts of `oidc-provider` (ships no types) that the e2e provider uses.
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	interface Grant {
		addOIDCScope(scope: string): void;
		save(): Promise<string>;
	}
	export interface OidcContext {
		oidc: {
			provider: Provider;
			client?: { clientId: string };
			session?: { accountId?: string };
		};
	}
	export default class Provider {
		constructor(issuer: string, configuration: Record<string, unknown>);
		Grant: new (init: { clientId: string; accountId: string }) => Grant;
		callback(): (req: IncomingMessage, res: ServerResponse) => void;
		interactionDetails(
			req: IncomingMessage,
			res: ServerResponse
		): Promise<{ uid: string; prompt: { name: string } }>;
		interactionFinished(
			req: IncomingMessage,
			res: ServerResponse,
			result: Record<string, unknown>,
			options?: { mergeWithLastSubmission?: boolean }
		): Promise<void>;
	}
}
