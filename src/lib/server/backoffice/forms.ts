/** Valibot schemas of the back-office forms. */
import * as v from 'valibot';
import { EMPLOYER_ROLES } from '$lib/employer-roles';

export const EmployerForm = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)),
	locale: v.picklist(['nl', 'fr', 'en'])
});

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
