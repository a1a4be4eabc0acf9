/**
 * Messages chosen by a code: one function per family of keys (`reason.<id>`, `grid.field.<f>`,
 * …), each a map of thunks that names every key literally, so the type checker proves that every
 * code has a message and a migration or a search finds every use of a key. Pass the translator
 * of the caller: `t` of `$lib/i18n/page` in a component, `locals.t` or `translator(locale)` on
 * the server.
 */
import type { Translate } from './index';
import type { Column, Hint } from '$lib/registration';
import type { Locale } from './index';
import type { Reason } from '$lib/registration';
import type { ResultCode } from '$lib/registration';
import type { AssignableRole, EmployerRole } from '$lib/employer-roles';
import { m } from '$lib/paraglide/messages';

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
export type StaffStatusCode = 'queued' | 'processing' | 'completed';

/** The status of a list, for staff. */
export function staffStatusLabel(t: Translate, code: StaffStatusCode): string {
	const messages = {
		queued: () => t(m['staff.status.queued']),
		processing: () => t(m['staff.status.processing']),
		completed: () => t(m['staff.status.completed'])
	} satisfies Record<StaffStatusCode, () => string>;
	return messages[code]();
}
export type MandateRoleCode = EmployerRole;

/** The name of a role of a mandate. */
export function mandateRoleLabel(t: Translate, code: MandateRoleCode): string {
	const messages = {
		owner: () => t(m['mandates.role.owner']),
		beheerder: () => t(m['mandates.role.beheerder']),
		lijsten: () => t(m['mandates.role.lijsten']),
		inzage: () => t(m['mandates.role.inzage'])
	} satisfies Record<MandateRoleCode, () => string>;
	return messages[code]();
}
export type MandateRoleHelpCode = AssignableRole;

/** What a role of a mandate may do. */
export function mandateRoleHelp(t: Translate, code: MandateRoleHelpCode): string {
	const messages = {
		beheerder: () => t(m['mandates.role-help.beheerder']),
		lijsten: () => t(m['mandates.role-help.lijsten']),
		inzage: () => t(m['mandates.role-help.inzage'])
	} satisfies Record<MandateRoleHelpCode, () => string>;
	return messages[code]();
}
export type MandateStatusCode = 'pending' | 'approved' | 'rejected';

/** The state of a request about a mandate. */
export function mandateStatusLabel(t: Translate, code: MandateStatusCode): string {
	const messages = {
		pending: () => t(m['mandates.status.pending']),
		approved: () => t(m['mandates.status.approved']),
		rejected: () => t(m['mandates.status.rejected'])
	} satisfies Record<MandateStatusCode, () => string>;
	return messages[code]();
}

/** The name of a language, in that language. */
export function languageName(t: Translate, code: Locale): string {
	const messages = {
		nl: () => t(m['lang.nl']),
		fr: () => t(m['lang.fr']),
		en: () => t(m['lang.en'])
	} satisfies Record<Locale, () => string>;
	return messages[code]();
}
export type PartnerStatusCode = 'pending' | 'active' | 'failed' | 'disabled' | 'not-enabled';

/** The state of a partner link. */
export function partnerStatusLabel(t: Translate, code: PartnerStatusCode): string {
	const messages = {
		pending: () => t(m['partners.status.pending']),
		active: () => t(m['partners.status.active']),
		failed: () => t(m['partners.status.failed']),
		disabled: () => t(m['partners.status.disabled']),
		'not-enabled': () => t(m['partners.status.not-enabled'])
	} satisfies Record<PartnerStatusCode, () => string>;
	return messages[code]();
}
export type PartnerActionCode = 'active' | 'disabled';

/** What a partner link is asked to become. */
export function partnerActionLabel(t: Translate, code: PartnerActionCode): string {
	const messages = {
		active: () => t(m['partners.staff.action.active']),
		disabled: () => t(m['partners.staff.action.disabled'])
	} satisfies Record<PartnerActionCode, () => string>;
	return messages[code]();
}
export type AccountStateCode =
	'start-password-pending' | 'start-password-expired' | 'active' | 'disabled';

/** The state of an account. */
export function accountStateLabel(t: Translate, code: AccountStateCode): string {
	const messages = {
		'start-password-pending': () => t(m['staff.account.state.start-password-pending']),
		'start-password-expired': () => t(m['staff.account.state.start-password-expired']),
		active: () => t(m['staff.account.state.active']),
		disabled: () => t(m['staff.account.state.disabled'])
	} satisfies Record<AccountStateCode, () => string>;
	return messages[code]();
}
export type AccountKindCode = 'staff' | 'employer' | 'employee';

/** The kind of an account. */
export function accountKindLabel(t: Translate, code: AccountKindCode): string {
	const messages = {
		staff: () => t(m['staff.account.kind.staff']),
		employer: () => t(m['staff.account.kind.employer']),
		employee: () => t(m['staff.account.kind.employee'])
	} satisfies Record<AccountKindCode, () => string>;
	return messages[code]();
}
export type StaffRoleCode = EmployerRole;

/** The name of a role, on staff pages. */
export function staffRoleLabel(t: Translate, code: StaffRoleCode): string {
	const messages = {
		owner: () => t(m['staff.role.owner']),
		beheerder: () => t(m['staff.role.beheerder']),
		lijsten: () => t(m['staff.role.lijsten']),
		inzage: () => t(m['staff.role.inzage'])
	} satisfies Record<StaffRoleCode, () => string>;
	return messages[code]();
}
export type PasswordStrengthCode = 'weak' | 'fair' | 'good' | 'strong';

/** How strong a password is. */
export function passwordStrengthLabel(t: Translate, code: PasswordStrengthCode): string {
	const messages = {
		weak: () => t(m['pwd.strength.weak']),
		fair: () => t(m['pwd.strength.fair']),
		good: () => t(m['pwd.strength.good']),
		strong: () => t(m['pwd.strength.strong'])
	} satisfies Record<PasswordStrengthCode, () => string>;
	return messages[code]();
}
export type ApiErrorCode =
	| 'consent-required'
	| 'no-rows'
	| 'empty-row'
	| 'idempotency-key-reused'
	| 'too-many-rows'
	| 'batch-not-found'
	| 'invalid-body'
	| 'invalid-query'
	| 'unauthorized'
	| 'forbidden'
	| 'payload-too-large'
	| 'unsupported-media-type'
	| 'employer-not-found'
	| 'not-found';

/** The explanation of an API error code. */
export function apiErrorText(t: Translate, code: ApiErrorCode): string {
	const messages = {
		'consent-required': () => t(m['api.error.consent-required']),
		'no-rows': () => t(m['api.error.no-rows']),
		'empty-row': () => t(m['api.error.empty-row']),
		'idempotency-key-reused': () => t(m['api.error.idempotency-key-reused']),
		'too-many-rows': () => t(m['api.error.too-many-rows']),
		'batch-not-found': () => t(m['api.error.batch-not-found']),
		'invalid-body': () => t(m['api.error.invalid-body']),
		'invalid-query': () => t(m['api.error.invalid-query']),
		unauthorized: () => t(m['api.error.unauthorized']),
		forbidden: () => t(m['api.error.forbidden']),
		'payload-too-large': () => t(m['api.error.payload-too-large']),
		'unsupported-media-type': () => t(m['api.error.unsupported-media-type']),
		'employer-not-found': () => t(m['api.error.employer-not-found']),
		'not-found': () => t(m['api.error.not-found'])
	} satisfies Record<ApiErrorCode, () => string>;
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

/** Why a line of a user list (a manual edit or an imported file) cannot be a person. */
export function rosterProblemText(
	t: Translate,
	code:
		'field-missing' | 'birthdate-invalid' | 'postcode-format' | 'postcode-unknown' | 'email-invalid'
): string {
	const messages = {
		'field-missing': () => t(m['staff.problem.field-missing']),
		'birthdate-invalid': () => t(m['staff.problem.birthdate-invalid']),
		'postcode-format': () => t(m['staff.problem.postcode-format']),
		'postcode-unknown': () => t(m['staff.problem.postcode-unknown']),
		'email-invalid': () => t(m['staff.problem.email-invalid'])
	};
	return messages[code]();
}
