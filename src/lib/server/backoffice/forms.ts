/** Valibot schemas of the back-office forms. */
import * as v from 'valibot';
import { EMPLOYER_ROLES } from '$lib/employer-roles';
import { parseEnterpriseNumber, type EnterpriseNumberProblem } from '$lib/registration';
import type { EmployerInput } from './employers';
import type { Translate } from '$lib/i18n';
import * as m from '$lib/paraglide/messages';

export const EmployerForm = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)),
	locale: v.picklist(['nl', 'fr', 'en']),
	enterpriseNumber: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40)), '')
});

export type EmployerFormOutcome =
	| { ok: true; value: EmployerInput }
	| { ok: false; reason: 'invalid' | `enterprise-${EnterpriseNumberProblem}` };

/**
 * The employer form of staff: a name, a language and, when given, an enterprise number whose
 * check digits are right (stored as its ten digits; left empty it stays unknown).
 */
export function parseEmployerForm(form: Record<string, string>): EmployerFormOutcome {
	const parsed = v.safeParse(EmployerForm, form);
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const { name, locale, enterpriseNumber } = parsed.output;
	if (!enterpriseNumber) return { ok: true, value: { name, locale, enterpriseNumber: null } };
	const number = parseEnterpriseNumber(enterpriseNumber);
	if (!number.ok) return { ok: false, reason: `enterprise-${number.reason}` };
	return { ok: true, value: { name, locale, enterpriseNumber: number.value } };
}

export const ContactForm = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)),
	email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254)),
	role: v.picklist(EMPLOYER_ROLES)
});

export const TokenForm = v.object({
	label: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100))
});

export const EmailQuery = v.pipe(
	v.string(),
	v.trim(),
	v.toLowerCase(),
	v.nonEmpty(),
	v.maxLength(254)
);

/** The fields of a posted form as strings (files and repeated keys ignored). */
export async function formFields(request: Request): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const [key, value] of await request.formData())
		if (typeof value === 'string' && !(key in out)) out[key] = value;
	return out;
}

/** The message of a refused employer form, in the reader's language. */
export function employerFormMessage(
	reason: Extract<EmployerFormOutcome, { ok: false }>['reason'],
	t: Translate
): string {
	const messages = {
		invalid: () => t(m['staff.employer.invalid']),
		'enterprise-format': () => t(m['billing.enterprise-number.format']),
		'enterprise-check': () => t(m['billing.enterprise-number.check'])
	} satisfies Record<typeof reason, () => string>;
	return messages[reason]();
}
