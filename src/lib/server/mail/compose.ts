import { locales, translator, type Locale, type Translate } from '$lib/i18n';
import type { MailLocale } from '$lib/i18n/mail';

/** A piece of a mail, rendered for the text and the HTML part alike. */
export type MailBlock =
	| { kind: 'paragraph'; text: string; only?: 'html' }
	/** Numbered steps under a short heading. */
	| { kind: 'steps'; title: string; items: string[] }
	/** A code to type (the start password): large, monospace, boxed, with a note below. */
	| { kind: 'code'; label: string; value: string; note: string }
	| { kind: 'action'; label: string; url: string };

export interface MailContent {
	subject: string;
	/**
	 * One short line in this language that points to its section ("… — English below"). When a
	 * mail has several languages, the lines of the second and later ones open the mail.
	 */
	lead?: string;
	/** Plain paragraphs; user data in them is escaped for the HTML part. */
	paragraphs?: string[];
	/** Richer content, after the paragraphs. */
	blocks?: MailBlock[];
	action?: { label: string; url: string };
}

export interface ComposedMail {
	subject: string;
	text: string;
	html: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const lines = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');

const BUTTON =
	'display:inline-block;background:#0b5394;color:#ffffff;font-weight:bold;font-size:18px;padding:12px 24px;border-radius:6px;text-decoration:none';
const CODE =
	// Inside a double-quoted style attribute: font names in single quotes only.
	"display:inline-block;font-family:Consolas,Menlo,'DejaVu Sans Mono',monospace;font-size:30px;font-weight:bold;letter-spacing:0.12em;color:#111111;background:#f3f3f3;border:2px solid #555555;border-radius:6px;padding:12px 20px;margin:0";

function blocksOf(part: MailContent): MailBlock[] {
	return [
		...(part.paragraphs ?? []).map((text) => ({ kind: 'paragraph' as const, text })),
		...(part.blocks ?? []),
		...(part.action ? [{ kind: 'action' as const, ...part.action }] : [])
	];
}

function blockText(block: MailBlock): string {
	switch (block.kind) {
		case 'paragraph':
			return block.text;
		case 'steps':
			return [block.title, ...block.items.map((item, i) => `${i + 1}. ${item}`)].join('\n');
		case 'code':
			return `${block.label}\n\n    ${block.value}\n\n${block.note}`;
		case 'action':
			return `${block.label}: ${block.url}`;
	}
}

function blockHtml(block: MailBlock): string {
	switch (block.kind) {
		case 'paragraph':
			return `<p>${lines(block.text)}</p>`;
		case 'steps':
			return `<p style="margin-bottom:4px"><strong>${lines(block.title)}</strong></p><ol style="margin-top:0;padding-left:28px">${block.items.map((item) => `<li style="margin-bottom:6px">${lines(item)}</li>`).join('')}</ol>`;
		case 'code':
			return `<p style="margin-bottom:6px"><strong>${lines(block.label)}</strong></p><p style="${CODE}">${escapeHtml(block.value)}</p><p style="margin-top:6px;font-size:15px;color:#444444">${lines(block.note)}</p>`;
		case 'action':
			return `<p style="margin:20px 0"><a href="${escapeHtml(block.url)}" style="${BUTTON}">${escapeHtml(block.label)}</a></p>`;
	}
}

/**
 * Builds the text and HTML parts of a mail in one or more languages. The first language is the
 * mail's; every later one gets its own section below, announced at the very top by that
 * language's `lead` line (in the HTML a link to its section). Sections carry their `lang`, so a
 * screen reader reads each in its own language. User data is escaped in the HTML part.
 */
export function composeLocalisedMail<L extends MailLocale>(
	languages: readonly L[],
	content: (locale: L) => MailContent
): ComposedMail {
	const parts = languages.map((locale) => ({ locale, part: content(locale) }));
	const [first] = languages;
	const leads = parts.slice(1).filter(({ part }) => part.lead);
	const subject = parts.map(({ part }) => part.subject).join(' / ');

	const textLeads = leads.map(({ part }) => part.lead!).join('\n');
	const text = [
		...(textLeads ? [textLeads] : []),
		parts
			.map(({ part }) =>
				blocksOf(part)
					.filter((block) => !('only' in block && block.only === 'html'))
					.map(blockText)
					.join('\n\n')
			)
			.join('\n\n-----\n\n')
	].join('\n\n-----\n\n');

	const htmlLeads = leads.length
		? `<div style="font-size:15px;color:#333333;border-bottom:1px solid #cccccc;padding-bottom:8px;margin-bottom:16px">${leads
				.map(
					({ locale, part }) =>
						`<p lang="${locale}" style="margin:4px 0"><a href="#mail-${locale}" style="color:#0b5394">${escapeHtml(part.lead!)}</a></p>`
				)
				.join('')}</div>`
		: '';
	const sections = parts
		.map(
			({ locale, part }) =>
				`<div lang="${locale}" id="mail-${locale}">${blocksOf(part).map(blockHtml).join('')}</div>`
		)
		.join('<hr style="border:0;border-top:2px solid #cccccc;margin:32px 0">');
	return {
		subject,
		text,
		html: `<!doctype html><html lang="${first ?? 'nl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(parts[0]?.part.subject ?? '')}</title></head><body style="margin:0;padding:16px;background:#ffffff"><div style="max-width:600px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#111111">${htmlLeads}${sections}</div></body></html>`
	};
}

/**
 * A mail in one portal language, or in all three (nl, fr, en, one after the other) when the
 * recipient's language is unknown. `content` gets the language too, for the formats of
 * $lib/format.
 */
export function composeMail(
	locale: Locale | null,
	content: (t: Translate, locale: Locale) => MailContent
): ComposedMail {
	return composeLocalisedMail(locale ? [locale] : [...locales], (l) => content(translator(l), l));
}
