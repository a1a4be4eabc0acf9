import type { Auth } from '$lib/server/auth';
import type { Db } from '$lib/server/db';
import type { Locale, Translate } from '$lib/i18n';

type SessionResult = NonNullable<Awaited<ReturnType<Auth['api']['getSession']>>>;

declare global {
	namespace App {
		interface Locals {
			db: Db;
			/** This request's instant, from the app's one clock (server/clock.ts). */
			now: Date;
			auth: Auth;
			locale: Locale;
			t: Translate;
			user: SessionResult['user'] | null;
			session: SessionResult['session'] | null;
		}
		interface PageData {
			locale: Locale;
		}
		interface Error {
			/** For developers and logs; the error page shows a translated text chosen by status/code. */
			message: string;
			code?: 'no-organisation';
			/** An unexpected error's id (hooks.server.ts handleError): in the log line and on the page. */
			errorId?: string;
		}
		interface Platform {
			env: Env;
			ctx: ExecutionContext;
			caches: CacheStorage;
			cf?: IncomingRequestCfProperties;
		}
	}
}

export {};
