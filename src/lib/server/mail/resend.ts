import type { MailMessage, Mailer } from './index';

/** Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email). */
export class ResendMailer implements Mailer {
	readonly name = 'resend';
	constructor(private readonly env: Env) {}

	async send(message: MailMessage): Promise<void> {
		const apiKey = (this.env as Env & { RESEND_API_KEY?: string }).RESEND_API_KEY;
		if (!apiKey) throw new Error('RESEND_API_KEY is not set');
		const response = await fetch('https://api.resend.com/emails', {
			method: 'POST',
			headers: {
				authorization: `Bearer ${apiKey}`,
				'content-type': 'application/json',
				'idempotency-key': message.idempotencyKey
			},
			body: JSON.stringify({
				from: this.env.MAIL_FROM,
				to: [message.to],
				subject: message.subject,
				text: message.text,
				html: message.html
			})
		});
		// The status only: the body may echo the recipient, which must not reach the logs.
		if (!response.ok) throw new Error(`Resend answered ${response.status}`);
	}
}
