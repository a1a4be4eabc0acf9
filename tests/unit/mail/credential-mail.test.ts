import { describe, expect, it } from 'vitest';
import {
	credentialMail,
	credentialMailLanguages,
	type CredentialMailInput
} from '$lib/server/mail/templates/credential';
import { canonicalStartPassword } from '$lib/server/lists/start-password';

const env = { PUBLIC_BASE_URL: 'https://you-p.example', START_PASSWORD_DAYS: '30' };
const base: CredentialMailInput = {
	locale: 'fr',
	email: 'marie.peeters@example.test',
	password: 'K7PM-X3QD-9TRW',
	expiresAt: new Date(Date.UTC(2031, 0, 15, 11, 30)),
	firstName: 'Marie',
	employerName: 'Demo Maatwerk vzw',
	env
};

describe('credential mail languages', () => {
	it('is the line’s language alone when the line names one', () => {
		for (const language of ['nl', 'fr', 'en', 'de'] as const)
			expect(credentialMailLanguages(language, 'fr')).toEqual([language]);
	});

	it('is the employer’s language first, then every other mail language, without one', () => {
		expect(credentialMailLanguages(null, 'fr')).toEqual(['fr', 'nl', 'en', 'de']);
		expect(credentialMailLanguages(undefined, 'en')).toEqual(['en', 'nl', 'fr', 'de']);
		expect(credentialMailLanguages(null, null)).toEqual(['nl', 'fr', 'en', 'de']);
	});
});

describe('credential mail', () => {
	it('speaks German when the line says de, with the expiry in German', () => {
		const mail = credentialMail({ ...base, language: 'de' });
		expect(mail.subject).toBe('Ihr Zugang zu YOU-P');
		expect(mail.text).toContain('Guten Tag Marie,');
		expect(mail.text).toContain('Demo Maatwerk vzw hat Sie bei YOU-P angemeldet.');
		expect(mail.text).toMatch(/funktioniert 30 Tage: bis 15\. Januar 2031.*12:30/);
		expect(mail.html).toContain('<html lang="de">');
		// one language only: no pointers to other sections
		expect(mail.text).not.toContain('English below');
	});

	it('numbers the steps and shows the password spaced, noting the spaces', () => {
		const mail = credentialMail({ ...base, language: 'en' });
		expect(mail.text).toContain(
			[
				'How to sign in:',
				'1. Click the button "Sign in to YOU-P" below.',
				'2. Fill in your e-mail address: marie.peeters@example.test',
				'3. Fill in your start password. You find it below.',
				'4. Then choose a new password yourself. You must do this the first time.'
			].join('\n')
		);
		expect(mail.text).toContain('    K7PM X3QD 9TRW');
		expect(mail.text).toContain('The spaces are only there to make it easier to read.');
		expect(mail.html).toMatch(/<ol[^>]*><li[^>]*>Click the button/);
		// one well-formed style attribute holds the monospace font and the large size
		expect(mail.html).toMatch(/<p style="[^"]*monospace;font-size:30px[^"]*">K7PM X3QD 9TRW<\/p>/);
		// what the mail shows is what the login accepts
		expect(canonicalStartPassword('K7PM X3QD 9TRW')).toBe('K7PM-X3QD-9TRW');
		expect(canonicalStartPassword('k7pmx3qd9trw')).toBe('K7PM-X3QD-9TRW');
		expect(canonicalStartPassword('K7PM X3QD 9TR')).toBeNull();
		expect(canonicalStartPassword('K7PM X3QD 9TR0')).toBeNull();
	});

	it('says truthfully how long the password works: the days, the moment, or until changed', () => {
		const en = credentialMail({
			...base,
			language: 'en',
			env: { ...env, START_PASSWORD_DAYS: '14' }
		});
		expect(en.text).toMatch(/works for 14 days: until 15 January 2031.*12:30/);
		expect(en.text).toContain('Then the start password stops working.');
		const one = credentialMail({
			...base,
			language: 'nl',
			env: { ...env, START_PASSWORD_DAYS: '1' }
		});
		expect(one.text).toContain('werkt 1 dag: tot');
		for (const language of ['nl', 'fr', 'en', 'de'] as const)
			expect(credentialMail({ ...base, language }).text).not.toMatch(
				/één keer|eenmalig|une (seule )?fois|works once|single.use|einmal/i
			);
	});

	it('links to the sign-in page with the address in the fragment, never in the query', () => {
		const mail = credentialMail({ ...base, language: 'nl' });
		const url = 'https://you-p.example/login#email=marie.peeters%40example.test';
		expect(mail.text).toContain(`Aanmelden bij YOU-P: ${url}`);
		expect(mail.html).toContain(`href="${url}"`);
		expect(mail.html).not.toMatch(/login\?[^"]*email/);
	});

	it('without a language: the employer’s language, a pointer line per other language on top', () => {
		const mail = credentialMail({ ...base, language: null });
		expect(mail.subject).toBe(
			'Votre accès à YOU-P / Uw toegang tot YOU-P / Your access to YOU-P / Ihr Zugang zu YOU-P'
		);
		const [top, ...sections] = mail.text.split('\n\n-----\n\n');
		expect(top).toBe(
			[
				'Deze e-mail legt uit hoe u zich aanmeldt bij YOU-P — Nederlands hieronder',
				'This e-mail explains how to sign in to YOU-P — English below',
				'Diese E-Mail erklärt, wie Sie sich bei YOU-P anmelden — Deutsch weiter unten'
			].join('\n')
		);
		expect(sections.map((s) => s.split('\n')[0])).toEqual([
			'Bonjour Marie,',
			'Beste Marie,',
			'Hello Marie,',
			'Guten Tag Marie,'
		]);
		// one password, in every section
		expect(mail.text.match(/K7PM X3QD 9TRW/g)).toHaveLength(4);
		// the HTML: leads link to the sections, each section in its own language
		expect(mail.html).toContain('<html lang="fr">');
		for (const l of ['nl', 'en', 'de']) {
			expect(mail.html).toContain(`<p lang="${l}" style="margin:4px 0"><a href="#mail-${l}"`);
			expect(mail.html).toContain(`<div lang="${l}" id="mail-${l}">`);
		}
		expect(mail.html.indexOf('id="mail-fr"')).toBeLessThan(mail.html.indexOf('id="mail-nl"'));
	});

	it('escapes a hostile name and employer in the HTML part', () => {
		const hostile = '<img src=x onerror=alert(1)>"\'&';
		const mail = credentialMail({
			...base,
			language: null,
			firstName: hostile,
			employerName: `</div><script>alert(2)</script>`
		});
		expect(mail.html).not.toContain('<img');
		expect(mail.html).not.toContain('<script');
		expect(mail.html).toContain('&#60;img src=x onerror=alert(1)&#62;&#34;&#39;&#38;');
		expect(mail.text).toContain(`Bonjour ${hostile},`);
		expect(mail.subject).not.toContain('<');
	});

	it('greets without a name when none is known, and names the employer generically', () => {
		const mail = credentialMail({ ...base, language: 'fr', firstName: null, employerName: null });
		expect(mail.text.startsWith('Bonjour,\n\nVotre employeur vous a inscrit à YOU-P.')).toBe(true);
	});
});
