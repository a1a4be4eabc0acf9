import { describe, expect, it } from 'vitest';
import {
	FIELDS,
	REASONS,
	REASON_CODE,
	emptyRow,
	isReason,
	reasonKey,
	type Reason
} from '$lib/registration';

describe('row vocabulary', () => {
	it('documents the default column order', () => {
		expect(FIELDS).toEqual(['lastName', 'firstName', 'postcode', 'birthDate', 'email']);
	});

	it('maps every reason to the agreed result code', () => {
		const expected: Record<Reason, number> = {
			'field-missing': 4,
			'postcode-format': 4,
			'postcode-unknown': 4,
			'birthdate-invalid': 4,
			'birthdate-future': 4,
			'birthdate-implausible': 4,
			'email-invalid': 4,
			'language-invalid': 4,
			'duplicate-in-list': 2,
			'email-used-by-other': 4,
			'not-in-roster': 3,
			'ambiguous-roster-match': 3,
			'already-active': 2,
			registered: 1
		};
		expect(REASON_CODE).toEqual(expected);
		expect(Object.keys(REASON_CODE).sort()).toEqual([...REASONS].sort());
	});

	it('builds i18n keys of the form reason.<id>', () => {
		expect(reasonKey('postcode-format')).toBe('reason.postcode-format');
		expect(REASONS.map(reasonKey).every((k) => /^reason\.[a-z-]+$/.test(k))).toBe(true);
	});

	it('recognises reason identifiers from untyped input', () => {
		expect(isReason('registered')).toBe(true);
		expect(isReason('reason.registered')).toBe(false);
		expect(isReason(4)).toBe(false);
	});

	it('creates an empty row with all five fields', () => {
		expect(Object.keys(emptyRow()).sort()).toEqual([...FIELDS].sort());
		expect(Object.values(emptyRow()).every((v) => v === '')).toBe(true);
	});
});
