import type { MailMessage, Mailer } from './index';

/** Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email). */
export class ResendMailer implements Mailer {
	readonly name = 'resend';
	/** Resend answers a repeated Idempotency-Key (within 24 h) without sending again. */
	readonly deduplicates = true;
	private readonly fetcher: typeof fetch;
	constructor(
		private readonly env: Env,
		fetcher?: typeof fetch
	) {
		// A bare reference to the global fetch throws "Illegal invocation" in workerd.
		this.fetcher = fetcher ?? ((input, init) => fetch(input, init));
	}

	async send(message: MailMessage): Promise<void> {
		const apiKey = (this.env as Env & { RESEND_API_KEY?: string }).RESEND_API_KEY;
		if (!apiKey) throw new Error('RESEND_API_KEY is not set');
		const response = await this.fetcher('https://api.resend.com/emails', {
			method: 'POST',
			headers: {
				authorization: `Bearer ${apiKey}`,
				'content-type': 'application/json',
				'Idempotency-Key': message.idempotencyKey
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
