import { env, exports } from 'cloudflare:workers';
import { symmetricEncrypt } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { batch, batchLine, twoFactor, user } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { batchCostCents } from '$lib/registration';
import { DEMO, seedDemo } from '$lib/server/dev/seed';
import { currentStep, totpAt } from '../fixtures/backoffice/totp';
import { appNow, setAppClock } from './clock';
import { cookieValue, origin, postForm, TWO_FACTOR_COOKIE } from './http';

export { cookieValue, origin };
export const db = () => getDb(env.DB);

/** Demo data with the demo staff user enrolled in TOTP (whoever seeded first). */
export async function seedWithTotp() {
	await seedDemo(db(), { authSecret: env.AUTH_SECRET });
	const staff = await db().select().from(user).where(eq(user.email, DEMO.staff.email)).get();
	const has = await db().select().from(twoFactor).where(eq(twoFactor.userId, staff!.id)).get();
	if (!has) {
		const key = env.AUTH_SECRET;
		await db()
			.insert(twoFactor)
			.values({
				userId: staff!.id,
				secret: await symmetricEncrypt({ key, data: `base32:${DEMO.staff.totpSecret}` }),
				backupCodes: await symmetricEncrypt({ key, data: '[]' })
			});
		await db().update(user).set({ twoFactorEnabled: true }).where(eq(user.id, staff!.id));
	}
	return staff!.id;
}

export function post(path: string, body: Record<string, string>, cookie?: string) {
	return postForm(path, body, { cookie });
}

export function get(path: string, cookie?: string) {
	return exports.default.fetch(`${origin}${path}`, {
		headers: cookie ? { cookie } : {},
		redirect: 'manual'
	});
}

/** Password login; returns the session cookie ("name=value"). */
export async function passwordSession(email: string, password: string) {
	return cookieValue(await post('/login', { email, password }));
}

let lastStep = 0;

/**
 * A TOTP time step not used before in this file: codes are single-use, so the app's clock moves
 * to the start of the next unused step (never waiting for real time) and the code of that step is
 * the one to send.
 */
export async function unusedStep(): Promise<number> {
	const step = Math.max(currentStep(appNow().getTime()) + 1, lastStep + 1);
	setAppClock(new Date(step * 30_000 + 1_000));
	lastStep = step;
	return step;
}

/**
 * After the app's clock was moved back in time (a test on a fixed day, when TEST_NOW lies later):
 * the steps used so far lie in the new present's future and would be refused as replays.
 */
export async function forgetUsedSteps() {
	lastStep = 0;
	await db().update(twoFactor).set({ lastUsedStep: null });
}

/** Full staff login: password, then a fresh TOTP code. Returns the session cookie. */
export async function staffSession(): Promise<string> {
	const first = await post('/login', { email: DEMO.staff.email, password: DEMO.staff.password });
	const challenge = cookieValue(first, TWO_FACTOR_COOKIE);
	if (!challenge) throw new Error('no two-factor challenge');
	const code = totpAt(DEMO.staff.totpSecret, await unusedStep());
	const second = await post('/login/tweestaps', { code }, challenge);
	const session = cookieValue(second);
	if (!session) throw new Error(`TOTP step failed: ${second.status}`);
	return session;
}

/**
 * A list stored straight into D1 as the pipeline leaves it (the cost frozen at submission), for
 * the staff's overviews: completed when `completedAt` is given, half the lines code 1, half code 2;
 * `pending` lines still waiting.
 */
export async function insertBatch(
	employerId: string,
	fields: {
		number: number;
		rows: number;
		receivedAt: string;
		completedAt?: string;
		status?: 'queued' | 'processing' | 'completed';
		pending?: number;
		correctionOf?: string;
	}
) {
	const id = newId();
	const status = fields.status ?? (fields.completedAt ? 'completed' : 'queued');
	await db()
		.insert(batch)
		.values({
			id,
			employerId,
			number: fields.number,
			source: 'api',
			status,
			rowCount: fields.rows,
			count1: Math.floor(fields.rows / 2),
			count2: fields.rows - Math.floor(fields.rows / 2),
			costCents: batchCostCents(fields.rows),
			consentBy: 'test',
			consentAt: new Date(fields.receivedAt),
			receivedAt: new Date(fields.receivedAt),
			promisedBy: '2000-01-01',
			completedAt: fields.completedAt ? new Date(fields.completedAt) : null,
			correctionOfId: fields.correctionOf ?? null
		});
	for (let line = 1; line <= (fields.pending ?? 0); line++)
		await db().insert(batchLine).values({ batchId: id, line, state: 'pending' });
	return id;
}
