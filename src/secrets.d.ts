// Secrets are not in wrangler.toml (so `wrangler types` does not see them): set them with
// `wrangler secret put` in production and in .dev.vars locally (npm start writes one).
declare namespace Cloudflare {
	interface Env {
		AUTH_SECRET: string;
	}
}
