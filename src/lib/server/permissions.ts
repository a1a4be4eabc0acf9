import { EMPLOYER_ROLES, type EmployerRole } from '$lib/employer-roles';

/**
 * THE role matrix for the employer area and the employer API. Every employer route and endpoint
 * asks the employer guard `requireEmployer(event, action)` (http/employer.ts), which asks
 * `can` here, next to its organisation-scoped query.
 *
 * - owner: everything; is the person mails about mandate changes go to.
 * - beheerder: everything, including mandates and API tokens.
 * - lijsten: submit lists, see batches, costs and results, correct lines.
 * - inzage: see batches and costs only (no results with personal data).
 */

export const employerActions = [
	'view-batches',
	'view-costs',
	'submit-list',
	'view-results',
	'correct-lines',
	'manage-mandates',
	'manage-tokens',
	'declare-organisations'
] as const;
export type EmployerAction = (typeof employerActions)[number];

const all = EMPLOYER_ROLES;
const listWork = ['owner', 'beheerder', 'lijsten'] as const;
const managers = ['owner', 'beheerder'] as const;

const roleMatrix: Record<EmployerAction, readonly EmployerRole[]> = {
	'view-batches': all,
	'view-costs': all,
	'submit-list': listWork,
	'view-results': listWork,
	'correct-lines': listWork,
	'manage-mandates': managers,
	'manage-tokens': managers,
	'declare-organisations': managers
};

export function isEmployerRole(value: unknown): value is EmployerRole {
	return typeof value === 'string' && (EMPLOYER_ROLES as readonly string[]).includes(value);
}

/** Whether a role may do an action. Unknown roles (e.g. 'staff') may do nothing here. */
export function can(role: string | null | undefined, action: EmployerAction): boolean {
	return isEmployerRole(role) && roleMatrix[action].includes(role);
}

/** The actions a role may do (for the better-auth access-control roles and for the UI). */
export function actionsFor(role: EmployerRole): EmployerAction[] {
	return employerActions.filter((action) => roleMatrix[action].includes(role));
}
