import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER, seedDemo } from '$lib/server/dev/seed';
import { user } from '$lib/server/db/schema';
import {
	db,
	demoEmployerId,
	get,
	linkIn,
	mailTo,
	post,
	sessionCookie,
	unique
} from './employee-helpers';
import { at } from '../must';

type Person = (typeof DEMO_ROSTER)[number];

function form(person: Person, email: string, employerId: string) {
	const [lastName, firstName, birthDate, postcode] = person;
	const [y, m, d] = birthDate.split('-');
	return { lastName, firstName, birthDate: `${d}/${m}/${y}`, postcode, email, employerId };
}

const strip = (html: string) =>
	html
		.replace(/value="[^"]*"/g, '')
		.replace(/__sveltekit_\w+/g, '')
		.replace(/data-sveltekit[^ >]*/g, '');

describe('self-registration', () => {
	let employerId: string;
	beforeAll(async () => {
		await seedDemo(db());
		employerId = await demoEmployerId();
	});

	it('never tells a visitor whether the person is on a roster or has an account', async () => {
		const answers = [];
		const emails = [unique('has-account'), unique('no-match'), unique('match')] as const;
		const people: Person[] = [
			at(DEMO_ROSTER, 0), // already has an account (seeded)
			['Onbekend', 'Niemand', '1980-01-01', '9000'],
			at(DEMO_ROSTER, 20) // on the roster, no account yet
		];
		for (const [i, person] of people.entries()) {
			const response = await post('/registreer', form(person, at(emails, i), employerId), {
				ip: `192.0.2.${10 + i}`
			});
			answers.push({ status: response.status, location: response.headers.get('location') });
		}
		expect(answers[0]).toEqual({ status: 303, location: '/registreer?verstuurd' });
		expect(answers[1]).toEqual(answers[0]);
		expect(answers[2]).toEqual(answers[0]);
		const page = strip(await (await get('/registreer?verstuurd')).text());
		expect(page).toContain('Kijk nu in uw mailbox');

		// Only the mailbox learns the outcome: the same kind mail for "has an account" and "no match".
		const [hasAccount] = await mailTo(emails[0]);
		const [noMatch] = await mailTo(emails[1]);
		const [match] = await mailTo(emails[2]);
		expect(hasAccount.subject).toBe(noMatch.subject);
		expect(hasAccount.text).toBe(noMatch.text);
		expect(noMatch.text).toContain('Vraag aan uw werkgever');
		expect(match.text).toContain('/registreer/bevestigen?token=');
	});

	it('creates the account from a single-use confirmation link', async () => {
		const person = at(DEMO_ROSTER, 21);
		const email = unique('confirm');
		await post('/registreer', form(person, email, employerId), { ip: '192.0.2.30' });
		const [mail] = await mailTo(email);
		const link = linkIn(mail.text, '/registreer/bevestigen');
		const token = new URL(link, 'http://x').searchParams.get('token')!;
		const stored = await env.DB.prepare('select identifier from verification').all<{
			identifier: string;
		}>();
		expect(stored.results.every((r) => !r.identifier.includes(token))).toBe(true);

		// Opening the link (or a mail scanner fetching it) does not use it up.
		expect(await (await get(link)).text()).toContain(`Welkom, ${person[1]}`);
		expect(await (await get(link)).text()).toContain('Account maken');

		const weak = await post(link, { token, password: 'password1' });
		expect(weak.status).toBe(400);
		const done = await post(link, { token, password: 'ik kies een goed wachtwoord' });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/mijn?welkom');
		const cookie = sessionCookie(done)!;
		const mine = await (await get('/mijn', cookie)).text();
		expect(mine).toContain('U hebt toegang tot YOU-P');
		expect(mine).toContain('Demo Maatwerk vzw');

		const created = await db().select().from(user).where(eq(user.email, email)).get();
		expect(created).toMatchObject({
			origin: 'self',
			status: 'active',
			kind: 'employee',
			employerId,
			lastName: person[0],
			firstName: person[1],
			birthDate: person[2],
			postcode: person[3],
			mustChangePassword: false
		});
		expect(created!.rosterEntryId).toBeTruthy();

		const again = await post(link, { token, password: 'nog een goed wachtwoord' });
		expect(again.status).toBe(400);
		expect(await again.text()).toContain('Deze link werkt niet meer');
	});

	it('checks the fields with the pipeline’s rules', async () => {
		const response = await post(
			'/registreer',
			{
				lastName: 'Peeters',
				firstName: '',
				birthDate: '31/02/1980',
				postcode: '123',
				email: 'not-an-address',
				employerId: 'nope'
			},
			{ ip: '192.0.2.40' }
		);
		expect(response.status).toBe(400);
		const body = await response.text();
		for (const words of [
			'Vul dit in.',
			'Een postcode heeft 4 cijfers',
			'Schrijf de datum zo',
			'Dit e-mailadres is niet juist',
			'Kies uw werkgever in de lijst'
		])
			expect(body).toContain(words);
		// What was typed comes back (no JavaScript needed to correct it).
		expect(body).toMatch(/value="Peeters"/);
		expect(body).toMatch(/value="not-an-address"/);
	});
});
