import type { MailMessage, Mailer } from './index';

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: in a subject,
 * an address or any other header they would end the header line (header injection: an
 * organisation named "X\r\nBcc: …") or break the provider's request.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Text fit for one header line: every run of control characters becomes one space. */
function headerText(value: string): string {
	return value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The message with every header-bound field made one safe line; the bodies stay as they are. */
function safeHeaders(message: MailMessage): MailMessage {
	return {
		...message,
		to: headerText(message.to),
		subject: headerText(message.subject),
		idempotencyKey: headerText(message.idempotencyKey)
	};
}

/**
 * Wraps a provider so that nothing reaches it — dev mailbox, Resend, Cloudflare Email — without
 * {@link safeHeaders}: getMailer returns only wrapped mailers, so every send path passes here.
 */
export function withSafeHeaders(provider: Mailer): Mailer {
	return {
		name: provider.name,
		deduplicates: provider.deduplicates,
		send: (message) => provider.send(safeHeaders(message)),
		...(provider.sendMany
			? { sendMany: (messages) => provider.sendMany!(messages.map(safeHeaders)) }
			: {})
	};
}
