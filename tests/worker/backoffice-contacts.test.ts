import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organization, user } from '$lib/server/db/schema';
import { get as employeeGet, linkIn, login, mailTo, unique } from './employee-helpers';
import { db, post, seedWithTotp, staffSession } from './backoffice-helpers';

describe('contact persons added by COLLECTIEF', () => {
	let staff: string;
	let employerId: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
		const org = await db()
			.insert(organization)
			.values({ name: `Contacten ${unique('org').slice(0, 8)}`, slug: `c-${crypto.randomUUID()}` })
			.returning({ id: organization.id })
			.get();
		employerId = org.id;
	});

	it('mails a new contact a link to choose a password, after which they can sign in', async () => {
		const email = unique('contact');
		const added = await post(
			`/beheer/werkgevers/${employerId}?/addContact`,
			{ name: 'Nieuwe Contactpersoon', email, role: 'owner' },
			staff
		);
		expect(added.status).toBe(200);
		expect(await added.text()).toContain('kreeg een mail om een wachtwoord te kiezen');
		const person = await db().select().from(user).where(eq(user.email, email)).get();
		expect(person).toMatchObject({ kind: 'employer', status: 'pending' });

		const [mail] = await mailTo(email);
		// No language is known yet: one mail in Dutch, French and English.
		expect(mail.text).toContain('Kies uw wachtwoord');
		expect(mail.text).toContain('Choisir votre mot de passe');
		const link = linkIn(mail.text, '/wachtwoord-herstellen');
		const token = new URL(link, 'http://x').searchParams.get('token')!;
		expect((await employeeGet(link)).status).toBe(200);

		const chosen = 'een goed gekozen wachtwoord';
		const done = await post(link, { token, password: chosen });
		expect(done.status).toBe(303);
		expect(await db().select().from(user).where(eq(user.email, email)).get()).toMatchObject({
			status: 'active'
		});
		const signedIn = await login(email, chosen, '203.0.113.90');
		expect(signedIn.status).toBe(303);
		expect(signedIn.headers.get('location')).toBe('/werkgever');
		// The link is single use.
		expect((await post(link, { token, password: 'nog een ander wachtwoord' })).status).toBe(400);
	});

	it('sends no such mail when an existing employer login becomes a contact', async () => {
		const email = unique('existing');
		await post(
			`/beheer/werkgevers/${employerId}?/addContact`,
			{ name: 'Eerste', email, role: 'lijsten' },
			staff
		);
		const second = await db()
			.insert(organization)
			.values({ name: `Tweede ${unique('org').slice(0, 8)}`, slug: `c-${crypto.randomUUID()}` })
			.returning({ id: organization.id })
			.get();
		const again = await post(
			`/beheer/werkgevers/${second.id}?/addContact`,
			{ name: 'Eerste', email, role: 'inzage' },
			staff
		);
		expect(again.status).toBe(200);
		expect(await again.text()).toContain('De contactpersoon is toegevoegd.');
		expect(await mailTo(email)).toHaveLength(1);
	});
});
