import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireKind } from './signed-in';
import { employerContext, type EmployerContext } from '../organisations';
import { federatedLoginRequired } from '../mandates/federated-guard';
import { can, type EmployerAction } from '../permissions';

type EmployerEvent = Pick<RequestEvent, 'locals' | 'url'>;
type Resolved = { user: NonNullable<App.Locals['user']>; employer: EmployerContext };

// The layout's load and the page's load of one request share one resolution.
const resolved = new WeakMap<App.Locals, Promise<Resolved>>();

/**
 * THE guard of the employer area: every load, form action and endpoint under /werkgever calls it
 * (a form action or endpoint does not run the layout's load, so each one asks for itself).
 *
 * - anonymous → /login?next=<this page>; another kind of user → their own home;
 * - no (active) organisation → 403 `no-organisation`;
 * - an organisation that requires the federated login, in a session opened otherwise →
 *   /login/federated?reden=verplicht;
 * - `action` given and the member's role may not do it (permissions.ts) → 403.
 *
 * The one exception is the invitation link (/werkgever/volmachten/aanvaarden/[token]): the
 * invitee is not a member yet, so that page checks the invitation instead.
 */
export async function requireEmployer(
	event: EmployerEvent,
	action?: EmployerAction
): Promise<Resolved> {
	let found = resolved.get(event.locals);
	if (!found) {
		found = resolve(event);
		resolved.set(event.locals, found);
	}
	const { user, employer } = await found;
	if (action) requirePermission(employer, action);
	return { user, employer };
}

/**
 * The same guard for an endpoint the list editor's script calls with fetch, which would follow a
 * redirect to the login page silently: nobody and other kinds of users get 403 instead.
 */
export async function requireEmployerForScript(
	event: EmployerEvent,
	action: EmployerAction
): Promise<Resolved> {
	const kind = event.locals.user?.kind;
	if (kind !== 'employer') error(403, 'Not allowed');
	return requireEmployer(event, action);
}

async function resolve({ locals, url }: EmployerEvent): Promise<Resolved> {
	const user = requireKind(locals, url, 'employer');
	const employer = await employerContext(locals.db, user.id, locals.session?.activeOrganizationId);
	if (!employer) error(403, { message: 'No organisation', code: 'no-organisation' });
	if (
		(await federatedLoginRequired(locals.db, employer.organisationId)) &&
		locals.session?.authMethod !== 'federated'
	)
		redirect(303, '/login/federated?reden=verplicht');
	return { user, employer };
}

/** 403 when the member's role does not allow the action (the matrix is permissions.ts). */
export function requirePermission(
	employer: Pick<EmployerContext, 'role'> | null | undefined,
	action: EmployerAction
): void {
	if (!employer || !can(employer.role, action)) error(403, 'Not allowed for your role');
}
