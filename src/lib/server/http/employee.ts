import { requireKind } from './signed-in';

/** THE guard of the employee area (/mijn): employees only (see signed-in.ts for the others). */
export function requireEmployee(locals: App.Locals, url: URL) {
	return requireKind(locals, url, 'employee');
}
