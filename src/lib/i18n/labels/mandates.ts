/**
 * Labels of mandates: roles, what a role may do, request statuses. One function per family of
 * messages, a map of thunks that names every message literally (see README "Adding or changing
 * a string"); pass the caller's translator.
 */
import type { Translate } from '../index';
import type { AssignableRole, EmployerRole } from '$lib/employer-roles';
import * as m from '$lib/paraglide/messages';

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
