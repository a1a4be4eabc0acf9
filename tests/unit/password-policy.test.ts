import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPassword, passwordLength, PASSWORD_MAX, PASSWORD_MIN } from '$lib/password';
import { commonPasswords } from '$lib/password/common';

const common = commonPasswords();

describe('password policy', () => {
	it('ships a list of about 10,000 common passwords of 8+ characters', () => {
		expect(common.size).toBeGreaterThanOrEqual(10_000);
		expect(common.has('password')).toBe(true);
		expect(common.has('12345678')).toBe(true);
		expect(common.has('azertyuiop')).toBe(true);
		expect([...common].every((word) => word.length >= 8 && word === word.toLowerCase())).toBe(true);
	});

	it('needs at least 8 and at most 128 characters, counted as the user sees them', () => {
		expect(checkPassword('abc-def', { common }).problem).toBe('too-short');
		expect(checkPassword('zon-maan', { common }).ok).toBe(true);
		// 8 letters with accents, typed decomposed (e + combining accent): still 8 characters.
		expect(checkPassword('e\u0301a\u0300u\u0308o\u0302iktz', { common }).ok).toBe(true);
		expect(checkPassword('aaaabbbb', { common }).problem).toBe('repetitive');
		expect(passwordLength('🚲🚲🚲')).toBe(3);
		expect(checkPassword('x'.repeat(64) + 'y'.repeat(65)).problem).toBe('too-long');
		expect(checkPassword('abcd'.repeat(32)).ok).toBe(true);
	});

	it('has no composition rules: any long enough uncommon text passes', () => {
		fc.assert(
			fc.property(fc.string({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX }), (text) => {
				const result = checkPassword(text);
				if (result.ok) return true;
				// The only refusals without a list or context are length and repetition.
				return (
					result.problem === 'repetitive' ||
					(result.problem === 'too-short' && passwordLength(text) < PASSWORD_MIN)
				);
			})
		);
		expect(checkPassword('alleen kleine letters en spaties').ok).toBe(true);
	});

	it('refuses common passwords, also with a year or ! stuck on', () => {
		for (const word of ['password', 'Password', 'PASSWORD123', 'password2026!', 'qwertyuiop'])
			expect(checkPassword(word, { common }).problem, word).toBe('common');
		expect(checkPassword('wachtwoord', { common }).problem).toBe('common');
	});

	it('refuses a password made of the person’s own name or e-mail address', () => {
		const personal = ['marie.vandenbossche@demo.test', 'Marie', 'Van den Bossche'];
		expect(checkPassword('vandenbossche1986', { personal }).problem).toBe('personal');
		expect(checkPassword('Marie.Vandenbossche', { personal }).problem).toBe('personal');
		expect(checkPassword('marie gaat naar de zee in juli', { personal }).ok).toBe(true);
	});

	it('says how strong a password is in words', () => {
		expect(checkPassword('kort-pw1').strength).toBe('fair');
		expect(checkPassword('twaalf tekens').strength).toBe('good');
		expect(checkPassword('mijn fiets staat aan de zee').strength).toBe('strong');
		expect(checkPassword('password', { common }).strength).toBe('weak');
	});
});
