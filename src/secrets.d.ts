// Secrets are not in wrangler.toml (so `wrangler types` does not see them): set them with
// `wrangler secret put` in production and in .dev.vars locally (npm start writes one).
declare namespace Cloudflare {
	interface Env {
		AUTH_SECRET: string;
		/** Federated login client authentication: one of the two (see wrangler.toml OIDC_*). */
		OIDC_CLIENT_SECRET?: string;
		/** Private key (JWK JSON) for private_key_jwt client authentication. */
		OIDC_PRIVATE_KEY_JWK?: string;
	}
}

// Partner platforms (optional locally: derived from AUTH_SECRET when APP_ENV is "local").
declare namespace Cloudflare {
	interface Env {
		BENEFITS_AT_WORK_API_KEY?: string;
		BENEFITS_AT_WORK_SSO_SECRET?: string;
		XTRA_PRESENT_API_KEY?: string;
		XTRA_PRESENT_SSO_SECRET?: string;
	}
}

// Local and test runs only (ignored unless APP_ENV is "local"): where the app's clock starts
// (src/lib/server/clock.ts).
declare namespace Cloudflare {
	interface Env {
		TEST_NOW?: string;
	}
}
