/**
 * Labels of the back office: list and partner statuses, accounts, roles, user-list problems. One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import type { EmployerRole } from '$lib/employer-roles';
import * as m from '$lib/paraglide/messages';

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
