import type { Locale } from '$lib/i18n';
import { composeMail } from '../compose';
import * as m from '$lib/paraglide/messages';

/** "COLLECTIEF approved/refused your request": list number, line number and a link; no personal data. */
export function rosterRequestDecidedMail(input: {
	locale: Locale | null;
	approved: boolean;
	batchId: string;
	number: number;
	line: number;
	env: Pick<Env, 'PUBLIC_BASE_URL'>;
}) {
	const url = new URL(`/werkgever/lijsten/${input.batchId}`, input.env.PUBLIC_BASE_URL).toString();
	const params = { number: input.number, line: input.line };
	return composeMail(input.locale, (t) => ({
		subject: input.approved
			? t(m['roster-request.mail.subject.approved'], params)
			: t(m['roster-request.mail.subject.rejected'], params),
		paragraphs: [
			input.approved
				? t(m['roster-request.mail.approved'], params)
				: t(m['roster-request.mail.rejected'], params)
		],
		action: { label: t(m['roster-request.mail.action']), url }
	}));
}
