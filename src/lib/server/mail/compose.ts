import { locales, translator, type Locale, type Translate } from '$lib/i18n';

export interface MailContent {
	subject: string;
	/** Plain paragraphs; user data in them is escaped for the HTML part. */
	paragraphs: string[];
	action?: { label: string; url: string };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Builds the text and HTML parts of a mail in one language, or in all three (nl, fr, en, one after
 * the other) when the recipient's language is unknown. `content` gets the language too, for the
 * formats of $lib/format.
 */
export function composeMail(
	locale: Locale | null,
	content: (t: Translate, locale: Locale) => MailContent
): { subject: string; text: string; html: string } {
	const parts = (locale ? [locale] : [...locales]).map((l) => content(translator(l), l));
	const subject = parts.map((part) => part.subject).join(' / ');
	const text = parts
		.map((part) =>
			[
				...part.paragraphs,
				...(part.action ? [`${part.action.label}: ${part.action.url}`] : [])
			].join('\n\n')
		)
		.join('\n\n-----\n\n');
	const html = parts
		.map(
			(part) =>
				part.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('') +
				(part.action
					? `<p><a href="${escapeHtml(part.action.url)}">${escapeHtml(part.action.label)}</a></p>`
					: '')
		)
		.join('<hr>');
	return {
		subject,
		text,
		html: `<!doctype html><html><body style="font-family:sans-serif;font-size:16px;line-height:1.5">${html}</body></html>`
	};
}
