import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { batchLine, user } from '$lib/server/db/schema';
import { seedDemo, DEMO } from '$lib/server/dev/seed';
import { issueStartPassword } from '$lib/server/lists/issue-credentials';
import { origin, waitFor } from './http';
import { loginStatus, mailsTo, startPasswordIn } from './pipeline-helpers';

/**
 * Every person reads the start-password mail in a language they read: the API's optional
 * `language` per line picks the mail's language (German included); without one the mail is in
 * the employer's language with the other languages below; an unknown language is code 4.
 */
const api = (path: string, token: string, init: RequestInit = {}) => {
	const headers = new Headers(init.headers);
	headers.set('authorization', `Bearer ${token}`);
	headers.set('content-type', 'application/json');
	return exports.default.fetch(`${origin}/api/v1${path}`, { ...init, headers });
};

const unique = Math.random().toString(36).slice(2, 8);
const people = ['A', 'B', 'C', 'D', 'E'].map((letter, i) => ({
	lastName: `Taal${unique}`,
	firstName: `Person${letter}`,
	postcode: '1000',
	birthDate: `198${i}-05-1${i}`,
	email: `lang-${i}-${unique}@test.example`
}));
const asRow = (p: (typeof people)[number], language?: unknown) => {
	const [y, m, d] = p.birthDate.split('-');
	return { ...p, birthDate: `${d}/${m}/${y}`, ...(language === undefined ? {} : { language }) };
};

let token = '';
let employerName = '';

describe('the language of the credential mail', () => {
	beforeAll(async () => {
		await seedDemo(getDb(env.DB));
		employerName = `Taal <b>test</b> ${unique}`;
		const created = await api('/employers', DEMO.staff.token, {
			method: 'POST',
			body: JSON.stringify({ name: employerName, locale: 'fr' })
		});
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: string };
		const roster = await api(`/employers/${id}/roster`, DEMO.staff.token, {
			method: 'PUT',
			body: JSON.stringify({ people })
		});
		expect(roster.status).toBe(200);
		const minted = await api(`/employers/${id}/tokens`, DEMO.staff.token, {
			method: 'POST',
			body: JSON.stringify({ label: 'language test' })
		});
		token = ((await minted.json()) as { token: string }).token;
	}, 60_000);

	it('follows each line’s language; no language: the employer’s first, the others below', async () => {
		const submitted = await api('/batches', token, {
			method: 'POST',
			body: JSON.stringify({
				consent: true,
				rows: [
					asRow(people[0]!, 'de'),
					asRow(people[1]!, 'English'),
					asRow(people[2]!, null),
					asRow(people[3]!),
					asRow(people[4]!, 'Klingon')
				]
			})
		});
		expect(submitted.status).toBe(202);
		const { id } = (await submitted.json()) as { id: string };
		await waitFor(
			async () => {
				const response = await api(`/batches/${id}`, token);
				return ((await response.json()) as { status: string }).status === 'completed';
			},
			'the list completed',
			{ timeoutMs: 15_000, intervalMs: 100 }
		);

		const [de] = await mailsTo(people[0]!.email);
		expect(de!.subject).toBe('Ihr Zugang zu YOU-P');
		expect(de!.text).toContain('Guten Tag PersonA,');
		expect(de!.html).toContain('<html lang="de">');
		const [en] = await mailsTo(people[1]!.email);
		expect(en!.subject).toBe('Your access to YOU-P');
		expect(en!.text).not.toContain('Nederlands hieronder');
		for (const p of [people[2]!, people[3]!]) {
			const [mail] = await mailsTo(p.email);
			// the employer's language (fr) first, then one pointer line per other language on top
			expect(mail!.subject).toBe(
				'Votre accès à YOU-P / Uw toegang tot YOU-P / Your access to YOU-P / Ihr Zugang zu YOU-P'
			);
			expect(mail!.text.split('\n')[0]).toBe(
				'Deze e-mail legt uit hoe u zich aanmeldt bij YOU-P — Nederlands hieronder'
			);
			expect(mail!.html).toContain('<html lang="fr">');
			// the employer's name is data: escaped in the HTML part
			expect(mail!.html).not.toContain('<b>test</b>');
			expect(mail!.html).toContain('&#60;b&#62;test&#60;/b&#62;');
		}
		// an unknown language is code 4 with its own reason, and no mail
		const lines = await getDb(env.DB)
			.select({ line: batchLine.line, code: batchLine.code, reason: batchLine.reason })
			.from(batchLine)
			.where(eq(batchLine.batchId, id))
			.orderBy(batchLine.line);
		expect(lines.map((l) => l.code)).toEqual([1, 1, 1, 1, 4]);
		expect(lines[4]!.reason).toBe('language-invalid');
		expect(await mailsTo(people[4]!.email)).toHaveLength(0);

		// the language is kept on the account: portal language and later mails follow it
		const account = (email: string) =>
			getDb(env.DB).select().from(user).where(eq(user.email, email)).get();
		expect(await account(people[0]!.email)).toMatchObject({ mailLocale: 'de', locale: 'en' });
		expect(await account(people[1]!.email)).toMatchObject({ mailLocale: 'en', locale: 'en' });
		expect(await account(people[3]!.email)).toMatchObject({ mailLocale: null, locale: 'fr' });
		const germanUser = (await account(people[0]!.email))!;
		await issueStartPassword(
			{ db: getDb(env.DB), env },
			{ userId: germanUser.id, now: new Date() }
		);
		const again = (await mailsTo(people[0]!.email)).find((m) => m.idempotencyKey.endsWith(':2'));
		expect(again!.subject).toBe('Ihr Zugang zu YOU-P');
	});

	it('signs in with the start password as the mail shows it, with or without spaces', async () => {
		const p = people[3]!;
		const [mail] = await mailsTo(p.email);
		const shown = startPasswordIn(mail!.text);
		expect(shown).toMatch(/^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{4}$/);
		// a wrong variant first: one symbol changed is still wrong
		const wrong = shown.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
		expect((await loginStatus(p.email, wrong)).status).toBe(400);
		for (const typed of [
			shown,
			shown.replace(/ /g, ''),
			shown.toLowerCase(),
			shown.replace(/ /g, '-')
		])
			expect((await loginStatus(p.email, typed)).location, typed).toBe('/wachtwoord-wijzigen');
	});
});
