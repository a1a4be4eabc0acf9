import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from '@e965/xlsx';
import { eq } from 'drizzle-orm';
import { DEMO } from '$lib/server/dev/seed';
import { auditEvent, organization, twoFactor, user } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { batchCostCents } from '$lib/registration';
import { currentStep, totpAt } from '../fixtures/backoffice/totp';
import { SESSION_COOKIE } from '$lib/server/auth';
import { TWO_FACTOR_COOKIE } from './http';
import {
	cookieValue,
	db,
	forgetUsedSteps,
	get,
	insertBatch,
	passwordSession,
	post,
	seedWithTotp,
	staffSession,
	unusedStep
} from './backoffice-helpers';
import { appNow, setAppClock } from './clock';

const STAFF_PAGES = [
	'/beheer',
	'/beheer/werkgevers',
	'/beheer/lijsten',
	'/beheer/kosten',
	'/beheer/kosten/export?month=2026-12&format=csv',
	'/beheer/accounts?email=x%40demo.test',
	'/beheer/audit',
	'/beheer/api-sleutels'
];

describe('back office access', () => {
	let staffId: string;
	beforeAll(async () => {
		staffId = await seedWithTotp();
	});

	it('sends anonymous visitors to the login page, returning to where they were', async () => {
		for (const path of STAFF_PAGES) {
			const response = await get(path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(
				`/login?next=${encodeURIComponent(new URL(path, 'http://x').pathname)}`
			);
		}
	});

	it('refuses employer and employee sessions (to their own home), pages and actions alike', async () => {
		const employer = await passwordSession(DEMO.employer.email, DEMO.employer.password);
		const employee = await passwordSession('marie.vandenbossche@demo.test', 'demo-employee-1-2026');
		expect(employer && employee).toBeTruthy();
		for (const [cookie, home] of [
			[employer!, '/werkgever'],
			[employee!, '/mijn']
		] as const) {
			for (const path of STAFF_PAGES) {
				const response = await get(path, cookie);
				expect(response.status, path).toBe(303);
				expect(response.headers.get('location'), path).toBe(home);
			}
			const before = await db().select().from(organization).all();
			const action = await post(
				'/beheer/werkgevers?/create',
				{ name: 'Sneaky', locale: 'nl' },
				cookie
			);
			expect(action.status).toBe(303);
			expect(action.headers.get('location')).toBe(home);
			expect((await db().select().from(organization).all()).length).toBe(before.length);
		}
	});

	it('asks staff for a TOTP code after the password, and accepts each code only once', async () => {
		const first = await post('/login', { email: DEMO.staff.email, password: DEMO.staff.password });
		expect(first.status).toBe(303);
		expect(first.headers.get('location')).toBe('/login/tweestaps');
		expect(cookieValue(first, SESSION_COOKIE)).toBeUndefined();
		const challenge = cookieValue(first, TWO_FACTOR_COOKIE);
		expect(challenge).toBeTruthy();

		// without the code, /beheer is out of reach
		expect((await get('/beheer', challenge)).headers.get('location')).toBe('/login?next=%2Fbeheer');

		const wrong = await post('/login/tweestaps', { code: '000000' }, challenge);
		expect(wrong.status).toBe(400);

		const step = await unusedStep();
		const code = totpAt(DEMO.staff.totpSecret, step);
		const ok = await post('/login/tweestaps', { code }, challenge);
		expect(ok.status).toBe(303);
		expect(ok.headers.get('location')).toBe('/beheer');
		const session = cookieValue(ok, SESSION_COOKIE);
		expect(session).toBeTruthy();
		expect((await get('/beheer', session)).status).toBe(200);

		// the same code again, on a fresh password challenge: refused
		const again = await post('/login', { email: DEMO.staff.email, password: DEMO.staff.password });
		const replay = await post('/login/tweestaps', { code }, cookieValue(again, TWO_FACTOR_COOKIE));
		expect(replay.status).toBe(400);
		expect(await replay.text()).toContain('al gebruikt');
		expect(cookieValue(replay, SESSION_COOKIE)).toBeUndefined();
		const row = await db().select().from(twoFactor).where(eq(twoFactor.userId, staffId)).get();
		expect(row?.lastUsedStep).toBe(step);
	});

	it('makes staff without two-step login enrol before anything else', async () => {
		const email = `staff-${newId()}@demo.test`;
		const { insertCredentialUser } = await import('$lib/server/auth/credential-user');
		const { hashSecret } = await import('$lib/server/security/scrypt');
		await insertCredentialUser(
			db(),
			{ name: 'New Staff', email, kind: 'staff', origin: 'seed', emailVerified: true },
			await hashSecret('new-staff-password-1')
		);
		const session = await passwordSession(email, 'new-staff-password-1');
		expect(session).toBeTruthy();
		const home = await get('/beheer/lijsten', session);
		expect(home.status).toBe(303);
		expect(home.headers.get('location')).toBe('/beheer/tweestaps-instellen');
		const enrol = await post(
			'/beheer/tweestaps-instellen?/start',
			{ password: 'new-staff-password-1' },
			session
		);
		expect(enrol.status).toBe(200);
		const html = await enrol.text();
		const secret = /otpauth:\/\/totp\/[^"<]*secret=([A-Z2-7]+)/.exec(html)?.[1];
		expect(secret).toBeTruthy();
		const confirm = await post(
			'/beheer/tweestaps-instellen?/confirm',
			{ code: totpAt(secret!, currentStep(appNow().getTime())) },
			session
		);
		expect(confirm.status).toBe(303);
		expect(confirm.headers.get('location')).toBe('/beheer');
		const newSession = cookieValue(confirm, SESSION_COOKIE) ?? session;
		expect((await get('/beheer/lijsten', newSession)).status).toBe(200);
	});
});

const euro = (cents: number) =>
	new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('batches overview and costs', () => {
	let employerId: string;
	let otherId: string;
	let staff: string;
	const ids = {} as Record<
		'christmas' | 'newYear' | 'ascension' | 'december' | 'stuck' | 'correction',
		string
	>;
	/** December 2026 costs of batches other tests may have stored in the same database. */
	let otherDecember = 0;

	beforeAll(async () => {
		await seedWithTotp();
		// The fixtures are lists of 2026 and early 2027; staff look at them on Thu 7 Jan 2027, and log
		// in on that day too (a session opened on the real date would have expired by then; the TOTP
		// helper takes its step from the app's clock).
		setAppClock('2027-01-07T10:00:00Z');
		await forgetUsedSteps();
		staff = await staffSession();
		const insertEmployer = async (name: string) => {
			const row = await db()
				.insert(organization)
				.values({ name, slug: `t-${newId()}`, kind: 'employer' })
				.returning({ id: organization.id })
				.get();
			return row.id;
		};
		[employerId, otherId] = await Promise.all([
			insertEmployer('Kosten Test vzw'),
			insertEmployer('=HYPERLINK("http://evil")')
		]);
		// Wed 23 Dec 2026: 8 working days skip Christmas, the weekend and New Year → Wed 6 Jan 2027.
		ids.christmas = await insertBatch(employerId, {
			number: 1,
			rows: 120,
			receivedAt: '2026-12-23T09:00:00Z',
			completedAt: '2027-01-06T16:00:00Z'
		});
		// 31 Dec 23:30 UTC is 1 Jan 00:30 in Brussels: a January list.
		ids.newYear = await insertBatch(employerId, {
			number: 2,
			rows: 400,
			receivedAt: '2026-12-31T23:30:00Z'
		});
		// Fri 8 May 2026: Ascension (Thu 14 May) skipped → Thu 21 May; done on the 22nd: late.
		ids.ascension = await insertBatch(otherId, {
			number: 1,
			rows: 10,
			receivedAt: '2026-05-08T08:00:00Z',
			completedAt: '2026-05-22T10:00:00Z'
		});
		ids.december = await insertBatch(otherId, {
			number: 2,
			rows: 3,
			receivedAt: '2026-12-01T08:00:00Z',
			status: 'processing',
			pending: 2
		});
		// two hours ago, still processing with 2 lines waiting: stuck
		ids.stuck = await insertBatch(otherId, {
			number: 3,
			rows: 5,
			receivedAt: new Date(appNow().getTime() - 2 * 3600_000).toISOString(),
			status: 'processing',
			pending: 2
		});
		const others = await env.DB.prepare(
			'select coalesce(sum(cost_cents), 0) as total from batch where received_at >= ? and received_at < ? and id not in (?, ?)'
		)
			.bind(
				Date.parse('2026-11-30T23:00:00Z'),
				Date.parse('2026-12-31T23:00:00Z'),
				ids.christmas,
				ids.december
			)
			.first<{ total: number }>();
		otherDecember = others!.total;
		// a correction of the New Year list, received on Tue 5 Jan 2027
		ids.correction = await insertBatch(employerId, {
			number: 3,
			rows: 2,
			receivedAt: '2027-01-05T09:00:00Z',
			correctionOf: ids.newYear
		});
	});
	afterAll(() => setAppClock(null));

	/** The overview row of a batch, as staff see it. */
	async function row(query: string, id: string) {
		const html = await (await get(`/beheer/lijsten?${query}`, staff)).text();
		const match = new RegExp(`<tr data-batch="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
		return match?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') ?? null;
	}

	it('promises 8 Belgian working days after receipt, across weekends and holidays', async () => {
		// received Wed 23 Dec, done Wed 6 Jan: on time
		const christmas = await row(`employer=${employerId}`, ids.christmas!);
		expect(christmas).toContain('23/12/2026');
		expect(christmas).toMatch(/06\/01\/2027 Ja, klaar op 06\/01\/2027/);
		// received on New Year's Day (a holiday) in Brussels: day 1 is Mon 4 Jan → Wed 13 Jan
		const newYear = await row(`employer=${employerId}`, ids.newYear!);
		expect(newYear).toContain('01/01/2027');
		expect(newYear).toContain('13/01/2027');
		expect(newYear).toContain('In de wachtrij');
		// received Fri 8 May, Ascension skipped → Thu 21 May; completed on the 22nd: late
		const may = await row(`employer=${otherId}`, ids.ascension!);
		expect(may).toMatch(/21\/05\/2026 Nee, klaar op 22\/05\/2026/);
	});

	it('filters by employer, month, status and overdue', async () => {
		const december = (await (await get('/beheer/lijsten?month=2026-12', staff)).text()).match(
			/data-batch="([a-z2-7]+)"/g
		);
		expect(december?.map((m) => m.slice(12, -1)).sort()).toEqual(
			[ids.christmas, ids.december].sort()
		);
		expect(await row(`status=processing&employer=${otherId}`, ids.december!)).not.toBeNull();
		expect(await row(`status=processing&employer=${otherId}`, ids.ascension!)).toBeNull();
		// a queued list promised for 13 January 2027 is not overdue on 7 January
		expect(await row('overdue=1', ids.newYear!)).toBeNull();
		expect(await row('overdue=1', ids.christmas!)).toBeNull();
	});

	it('monthly totals per employer equal the sum of the batch costs', async () => {
		const html = await (await get('/beheer/kosten?month=2026-12', staff)).text();
		const stored = await env.DB.prepare(
			'select sum(cost_cents) as total from batch where received_at >= ? and received_at < ?'
		)
			.bind(Date.parse('2026-11-30T23:00:00Z'), Date.parse('2026-12-31T23:00:00Z'))
			.first<{ total: number }>();
		expect(html).toContain(`data-total="">${euro(stored!.total)}<`);
		expect(stored!.total).toBe(batchCostCents(120) + batchCostCents(3) + otherDecember);
		const january = await (await get('/beheer/kosten?month=2027-01', staff)).text();
		expect(january).toContain(euro(30_000)); // 400 lines: capped
	});

	it('shows the overview to staff and exports the month as .xlsx and formula-safe .csv', async () => {
		const page = await get(`/beheer/lijsten?employer=${employerId}`, staff);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('06/01/2027');
		expect(html).toContain(euro(21_000));

		const xlsx = await get('/beheer/kosten/export?month=2026-12&format=xlsx', staff);
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-disposition')).toContain('you-p-facturatie-2026-12.xlsx');
		const book = read(new Uint8Array(await xlsx.arrayBuffer()), { type: 'array' });
		const totals = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
		const mine = totals.find((r) => r[7] === employerId)!;
		expect(mine[4]).toBe(210);
		const grand = totals.find((r) => r[0] === 'Totaal')!;
		const sum = totals.slice(1, -1).reduce((s, r) => s + Number(r[4]), 0);
		expect(grand[4]).toBeCloseTo(sum, 2);
		expect(grand[4]).toBeCloseTo(210 + 151.5 + otherDecember / 100, 2);
		// the hostile employer name is text, never a formula
		const evil = totals.find((r) => r[7] === otherId)!;
		expect(evil[0]).toBe(`'=HYPERLINK("http://evil")`);

		const csv = await (await get('/beheer/kosten/export?month=2026-12&format=csv', staff)).text();
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(csv).toContain('210,00');
	});

	it('writes amounts and times in the reader\'s language, Brussels time, "3 (correctie)" spaced', async () => {
		// Intl writes no-break spaces; tags are dropped without adding space, as a reader sees it.
		const text = (html: string) =>
			html
				.replace(/<[^>]+>/g, '')
				.replace(/[\u00a0\u202f]|&nbsp;/g, ' ')
				.replace(/\s+/g, ' ');
		const cases = [
			['nl', '€ 210,00', '€ 150,00 per lijst', '3 (correctie)', '7 jan 2027, 09:00'],
			['fr', '210,00 €', '150,00 € par liste', '3 (correction)', '7 janv. 2027, 09:00'],
			['en', '€210.00', '€150.00 per list', '3 (correction)', '7 Jan 2027, 09:00']
		] as const;
		for (const [lang, amount, tariff, correction, stuckAt] of cases) {
			const cookie = `${staff}; lang=${lang}`;
			const lists = text(
				await (await get(`/beheer/lijsten?employer=${employerId}`, cookie)).text()
			);
			expect(lists, lang).toContain(amount);
			expect(lists, lang).toContain(correction);
			const all = text(await (await get('/beheer/lijsten', cookie)).text());
			// the stuck list came in at 08:00 UTC: 09:00 in Brussels in winter
			expect(all, lang).toContain(stuckAt);
			expect(all, lang).not.toContain('UTC');
			const costs = text(await (await get('/beheer/kosten?month=2026-12', cookie)).text());
			expect(costs, lang).toContain(amount);
			expect(costs, lang).toContain(tariff);
		}
	});

	it('lists stuck batches and re-enqueues their pending lines', async () => {
		const page = await (await get('/beheer/lijsten', staff)).text();
		expect(page).toContain(`name="batchId" value="${ids.stuck}"`);
		expect(page).not.toContain(`name="batchId" value="${ids.christmas}"`);
		const before = await db()
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.subjectId, ids.stuck))
			.all();
		const retry = await post('/beheer/lijsten?/retry', { batchId: ids.stuck }, staff);
		expect(retry.status).toBe(200);
		const after = await db()
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.subjectId, ids.stuck))
			.all();
		expect(after.length).toBe(before.length + 1);
		expect(JSON.parse(after.at(-1)!.detail!)).toEqual({ pendingLines: 2 });
		const notStuck = await post('/beheer/lijsten?/retry', { batchId: ids.christmas }, staff);
		expect(notStuck.status).toBe(409);
	});

	it('finds an account by e-mail and disables it, ending its sessions', async () => {
		const email = 'jan.peeters@demo.test';
		const session = await passwordSession(email, 'demo-employee-2-2026');
		expect((await get('/mijn', session)).status).toBe(200);
		const found = await (
			await get(`/beheer/accounts?email=${encodeURIComponent(email)}`, staff)
		).text();
		expect(found).toContain('Actief');
		const account = await db().select().from(user).where(eq(user.email, email)).get();
		// The first post only asks for confirmation and says what will happen.
		const asked = await post('/beheer/accounts?/disable', { userId: account!.id }, staff);
		expect(await asked.text()).toContain('Ja, uitschakelen');
		expect((await db().select().from(user).where(eq(user.email, email)).get())?.status).toBe(
			'active'
		);
		const disabled = await post(
			'/beheer/accounts?/disable',
			{ userId: account!.id, confirm: '1' },
			staff
		);
		expect(disabled.status).toBe(200);
		expect((await db().select().from(user).where(eq(user.email, email)).get())?.status).toBe(
			'disabled'
		);
		expect((await get('/mijn', session)).status).toBe(303);
		// Jan chose his own password long ago: there is no start password to send again.
		const resend = await post('/beheer/accounts?/resend', { userId: account!.id }, staff);
		expect(resend.status).toBe(409);
	});

	it('writes ids and counts to the audit log, never names', async () => {
		const create = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Audit Test bvba', locale: 'fr' },
			staff
		);
		expect(create.status).toBe(303);
		const rows = await db().select().from(auditEvent).all();
		expect(rows.some((r) => r.action === 'employer.create')).toBe(true);
		expect(JSON.stringify(rows)).not.toContain('Audit Test');
		expect(JSON.stringify(rows)).not.toContain('jan.peeters');
		const view = await (await get('/beheer/audit?action=employer.create', staff)).text();
		expect(view).toContain('maakte werkgever Audit Test bvba aan.');
		expect(view).not.toContain('account.disable</code>');
	});
});
