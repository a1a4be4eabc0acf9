import { money } from '$lib/format';
import type { Locale } from '$lib/i18n';
import { composeMail } from '../compose';
import * as m from '$lib/paraglide/messages';

export interface BatchCounts {
	1: number;
	2: number;
	3: number;
	4: number;
}

/** "Your list is processed": number, counts per code, cost and a link. No personal data. */
export function batchProcessedMail(input: {
	locale: Locale | null;
	batchId: string;
	number: number;
	counts: BatchCounts;
	costCents: number;
	env: Pick<Env, 'PUBLIC_BASE_URL'>;
}) {
	const url = new URL(`/werkgever/lijsten/${input.batchId}`, input.env.PUBLIC_BASE_URL).toString();
	return composeMail(input.locale, (t, locale) => ({
		subject: t(m['mail.processed.subject'], { number: input.number }),
		paragraphs: [
			t(m['mail.processed.intro'], { number: input.number }),
			[
				t(m['batch.count.1'], { count: input.counts[1] }),
				t(m['batch.count.2'], { count: input.counts[2] }),
				t(m['batch.count.3'], { count: input.counts[3] }),
				t(m['batch.count.4'], { count: input.counts[4] })
			].join('\n'),
			t(m['mail.processed.cost'], {
				amount: t(m['billing.price'], { amount: money(input.costCents, locale) })
			}),
			t(m['mail.processed.next'])
		],
		action: { label: t(m['mail.processed.action']), url }
	}));
}
