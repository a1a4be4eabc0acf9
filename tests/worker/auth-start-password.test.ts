import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/dev/seed';
import { credentialMail } from '$lib/server/mail/templates/credential';
import { startPasswordDays } from '$lib/server/lists/start-password';
import { appNow, setAppClock } from './clock';
import { db, get, login, post, sessionCookie, startPasswordUser } from './employee-helpers';

/**
 * What the credential mail says about the start password is what the code does: it keeps working
 * until the person has chosen their own password (the first login asks for it before anything
 * else) or until it expires, whichever comes first. It is not "single use".
 */
const START = 'Start-Pass-Truth-42';

describe('start passwords: the mail tells the truth', () => {
	beforeAll(async () => {
		await seedDemo(db());
	});

	it('the mail says until the own password or the date, never "once", in every language', () => {
		const expiresAt = new Date(Date.UTC(2031, 0, 15, 12));
		const days = startPasswordDays(env);
		const text = (language: 'nl' | 'fr' | 'en' | 'de') =>
			credentialMail({
				language,
				locale: 'nl',
				email: 'someone@example.test',
				password: 'K7PM-X3QD-9TRW',
				expiresAt,
				env
			}).text;
		for (const language of ['nl', 'fr', 'en', 'de'] as const)
			expect(text(language)).not.toMatch(
				/één keer|eenmalig|une (seule )?fois|qu’une fois|works once|single.use|nur einmal/i
			);
		expect(text('nl')).toMatch(
			new RegExp(
				`werkt ${days} dagen: tot 15 januari 2031 om 13:00\\. Kiest u eerder zelf een wachtwoord\\? Dan werkt het startwachtwoord niet meer\\.`
			)
		);
		expect(text('fr')).toMatch(
			new RegExp(
				`fonctionne ${days} jours : jusqu’au 15 janvier 2031 à 13:00\\. Vous choisissez votre mot de passe avant \\? Alors le mot de passe de départ ne fonctionne plus\\.`
			)
		);
		expect(text('en')).toMatch(
			new RegExp(
				`works for ${days} days: until 15 January 2031 at 13:00\\. Do you choose your own password before then\\? Then the start password stops working\\.`
			)
		);
		expect(text('de')).toMatch(
			new RegExp(
				`funktioniert ${days} Tage: bis 15\\. Januar 2031 um 13:00\\. Wählen Sie vorher selbst ein Passwort\\? Dann funktioniert das Startpasswort nicht mehr\\.`
			)
		);
	});

	it('works again until the own password is chosen, then never', async () => {
		const person = await startPasswordUser(START);
		const first = await login(person.email, START, '192.0.2.201');
		expect(first.headers.get('location')).toBe('/wachtwoord-wijzigen');
		// not single use: a second login (another device, a closed tab) works as well
		const second = await login(person.email, START, '192.0.2.201');
		expect(second.status).toBe(303);
		expect(second.headers.get('location')).toBe('/wachtwoord-wijzigen');
		// and nothing else is reachable before the own password
		const cookie = sessionCookie(second)!;
		expect((await get('/mijn', cookie)).headers.get('location')).toBe('/wachtwoord-wijzigen');

		const chosen = await post(
			'/wachtwoord-wijzigen',
			{ password: 'mijn eigen lange wachtwoord' },
			{ cookie }
		);
		expect(chosen.status).toBe(303);
		expect((await login(person.email, START, '192.0.2.201')).status).toBe(400);
		expect((await login(person.email, 'mijn eigen lange wachtwoord', '192.0.2.201')).status).toBe(
			303
		);
	});

	it('stops at the expiry, and the login says after how many days', async () => {
		const person = await startPasswordUser(START, new Date(appNow().getTime() + 86_400_000));
		setAppClock(new Date(appNow().getTime() + 2 * 86_400_000));
		try {
			const late = await login(person.email, START, '192.0.2.202');
			expect(late.status).toBe(400);
			expect(sessionCookie(late)).toBeUndefined();
			expect(await late.text()).toContain(`Het werkt maar ${startPasswordDays(env)} dagen`);
		} finally {
			setAppClock(null);
		}
	});
});
