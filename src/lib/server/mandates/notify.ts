import { and, eq } from 'drizzle-orm';
import { isLocale, type Translate } from '$lib/i18n';
import type { Db } from '../db';
import { member, organization, user } from '../db/schema';
import { composeMail, type MailContent } from '../mail/compose';
import { getMailer, sendOnce } from '../mail';

export interface MailDeps {
	db: Db;
	env: Env;
}

/** Mails every owner of an organisation, once per (event, owner), in the owner's language. */
export async function mailOwners(
	{ db, env }: MailDeps,
	organisationId: string,
	eventId: string,
	content: (t: Translate, organisationName: string) => MailContent
): Promise<void> {
	const owners = await db
		.select({ id: user.id, email: user.email, locale: user.locale, org: organization.name })
		.from(member)
		.innerJoin(user, eq(member.userId, user.id))
		.innerJoin(organization, eq(member.organizationId, organization.id))
		.where(and(eq(member.organizationId, organisationId), eq(member.role, 'owner')));
	const mailer = getMailer(env, db);
	for (const owner of owners) {
		const mail = composeMail(isLocale(owner.locale) ? owner.locale : null, (t) =>
			content(t, owner.org)
		);
		await sendOnce(db, mailer, {
			to: owner.email,
			...mail,
			idempotencyKey: `mandate:${eventId}:${owner.id}`
		});
	}
}

/** Mails one person (language unknown → all three languages). */
export async function mailPerson(
	{ db, env }: MailDeps,
	to: { email: string; locale?: string | null },
	idempotencyKey: string,
	content: (t: Translate) => MailContent
): Promise<void> {
	const mail = composeMail(isLocale(to.locale) ? to.locale : null, content);
	await sendOnce(db, getMailer(env, db), { to: to.email, ...mail, idempotencyKey });
}
