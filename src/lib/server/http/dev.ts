import { error } from '@sveltejs/kit';
import { isLocalRequest } from '../dev/local';
import { isPartnerId, type PartnerId } from '../partners/config';

/** THE guard of the partner stand-in routes (/dev/partners/<id>): 404 unless local, and only for a known partner. */
export function requireStandInPartner(
	env: Env | undefined,
	request: Request,
	param: string
): PartnerId {
	if (!isLocalRequest(env, request) || !isPartnerId(param)) error(404, 'Not found');
	return param;
}
