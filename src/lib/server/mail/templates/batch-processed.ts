import { money } from '$lib/format';
import type { Locale } from '$lib/i18n';
import { composeMail } from '../compose';

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
		subject: t('mail.processed.subject', { number: input.number }),
		paragraphs: [
			t('mail.processed.intro', { number: input.number }),
			[
				t('batch.count.1', { count: input.counts[1] }),
				t('batch.count.2', { count: input.counts[2] }),
				t('batch.count.3', { count: input.counts[3] }),
				t('batch.count.4', { count: input.counts[4] })
			].join('\n'),
			t('mail.processed.cost', {
				amount: t('billing.price', { amount: money(input.costCents, locale) })
			}),
			t('mail.processed.next')
		],
		action: { label: t('mail.processed.action'), url }
	}));
}
