import type { MailMessage, Mailer } from './index';

interface EmailBinding {
	send(message: {
		from: string;
		to: string;
		subject: string;
		text: string;
		html: string;
		headers?: Record<string, string>;
	}): Promise<unknown>;
}

/** Cloudflare Email Service through a `send_email` binding named EMAIL (see README, deploy). */
export class CloudflareEmailMailer implements Mailer {
	readonly name = 'cloudflare';
	/** The binding has no idempotency key: sendOnce chooses at-least-once for it (see there). */
	readonly deduplicates = false;
	constructor(private readonly env: Env) {}

	async send(message: MailMessage): Promise<void> {
		const binding = (this.env as Env & { EMAIL?: EmailBinding }).EMAIL;
		if (!binding) throw new Error('The EMAIL binding is not configured');
		await binding.send({
			from: this.env.MAIL_FROM,
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html,
			headers: { 'X-Entity-Ref-ID': message.idempotencyKey }
		});
	}
}
