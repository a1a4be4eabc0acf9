/**
 * Labels of lists and their lines: reasons, fields, result codes, list statuses and hints. One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import type { Column, Hint, Reason, ResultCode } from '$lib/registration';
import * as m from '$lib/paraglide/messages';

/** The explanation of a reason a line carries. */
export function reasonText(t: Translate, code: Reason): string {
	const messages = {
		'field-missing': () => t(m['reason.field-missing']),
		'postcode-format': () => t(m['reason.postcode-format']),
		'postcode-unknown': () => t(m['reason.postcode-unknown']),
		'birthdate-invalid': () => t(m['reason.birthdate-invalid']),
		'birthdate-future': () => t(m['reason.birthdate-future']),
		'birthdate-implausible': () => t(m['reason.birthdate-implausible']),
		'email-invalid': () => t(m['reason.email-invalid']),
		'language-invalid': () => t(m['reason.language-invalid']),
		'duplicate-in-list': () => t(m['reason.duplicate-in-list']),
		'email-used-by-other': () => t(m['reason.email-used-by-other']),
		'not-in-roster': () => t(m['reason.not-in-roster']),
		'ambiguous-roster-match': () => t(m['reason.ambiguous-roster-match']),
		'already-active': () => t(m['reason.already-active']),
		registered: () => t(m['reason.registered'])
	} satisfies Record<Reason, () => string>;
	return messages[code]();
}

/** The name of a column of a list (the five fields and the optional language). */
export function fieldLabel(t: Translate, code: Column): string {
	const messages = {
		lastName: () => t(m['grid.field.lastName']),
		firstName: () => t(m['grid.field.firstName']),
		postcode: () => t(m['grid.field.postcode']),
		birthDate: () => t(m['grid.field.birthDate']),
		email: () => t(m['grid.field.email']),
		language: () => t(m['grid.field.language'])
	} satisfies Record<Column, () => string>;
	return messages[code]();
}

/** What a result code means (or that the line is still waiting). */
export function resultLabel(t: Translate, code: ResultCode | 'pending'): string {
	const messages = {
		1: () => t(m['results.label.1']),
		2: () => t(m['results.label.2']),
		3: () => t(m['results.label.3']),
		4: () => t(m['results.label.4']),
		pending: () => t(m['results.label.pending'])
	} satisfies Record<ResultCode | 'pending', () => string>;
	return messages[code]();
}

export type BatchStatusCode = 'queued' | 'processing' | 'completed';

/** The status of a list, for its employer. */
export function batchStatusLabel(t: Translate, code: BatchStatusCode): string {
	const messages = {
		queued: () => t(m['batch.status.queued']),
		processing: () => t(m['batch.status.processing']),
		completed: () => t(m['batch.status.completed'])
	} satisfies Record<BatchStatusCode, () => string>;
	return messages[code]();
}

/** A result code in the summary of a list. */
export function batchCodeLabel(t: Translate, code: ResultCode): string {
	const messages = {
		1: () => t(m['batch.code.1']),
		2: () => t(m['batch.code.2']),
		3: () => t(m['batch.code.3']),
		4: () => t(m['batch.code.4'])
	} satisfies Record<ResultCode, () => string>;
	return messages[code]();
}

/** How many lines of a list got a result code. */
export function batchCountLabel(t: Translate, code: ResultCode, count: number): string {
	const messages = {
		1: () => t(m['batch.count.1'], { count }),
		2: () => t(m['batch.count.2'], { count }),
		3: () => t(m['batch.count.3'], { count }),
		4: () => t(m['batch.count.4'], { count })
	} satisfies Record<ResultCode, () => string>;
	return messages[code]();
}

/** What the employer does about a line with this result code. */
export function resultTodo(t: Translate, code: ResultCode): string {
	const messages = {
		1: () => t(m['results.todo.1']),
		2: () => t(m['results.todo.2']),
		3: () => t(m['results.todo.3']),
		4: () => t(m['results.todo.4'])
	} satisfies Record<ResultCode, () => string>;
	return messages[code]();
}

/** Why a line that matched no one probably means a person of the user list. */
export function hintText(t: Translate, code: Hint): string {
	const messages = {
		'hint.same-person-other-postcode': () => t(m['hint.same-person-other-postcode']),
		'hint.same-birthdate-similar-name': () => t(m['hint.same-birthdate-similar-name']),
		'hint.same-name-other-birthdate': () => t(m['hint.same-name-other-birthdate'])
	} satisfies Record<Hint, () => string>;
	return messages[code]();
}
