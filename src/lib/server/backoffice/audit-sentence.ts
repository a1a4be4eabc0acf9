/** One audit entry as a sentence in the reader's language: an explicit map per kind of event. */
import type { MessageKey, MessageParams, Translate } from '$lib/i18n';
import { isEmployerRole } from '../permissions';
import type { EmployerRole } from '$lib/employer-roles';
import type { AuditActor, AuditEntry } from './audit-log';

type Kind = {
	label: MessageKey;
	say: (e: AuditEntry) => { key: MessageKey; params?: MessageParams };
};

const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const plain = (key: MessageKey) => () => ({ key });

/** Every action the code records (grep "action: '"), by its stored code. */
export const AUDIT_KINDS: Record<string, Kind> = {
	'account.disable': {
		label: 'audit.kind.account.disable',
		say: plain('audit.say.account.disable')
	},
	'account.start-password-resent': {
		label: 'audit.kind.account.start-password-resent',
		say: plain('audit.say.account.start-password-resent')
	},
	'batch.completed': {
		label: 'audit.kind.batch.completed',
		say: (e) => {
			const counts = (e.detail.counts ?? {}) as Record<string, unknown>;
			return {
				key: 'audit.say.batch.completed',
				params: {
					rows: num(e.detail.rowCount),
					c1: num(counts['1']),
					c2: num(counts['2']),
					c3: num(counts['3']),
					c4: num(counts['4'])
				}
			};
		}
	},
	'batch.retry': {
		label: 'audit.kind.batch.retry',
		say: (e) => ({ key: 'audit.say.batch.retry', params: { lines: num(e.detail.pendingLines) } })
	},
	'batch.submitted': {
		label: 'audit.kind.batch.submitted',
		say: (e) => ({
			key: e.detail.correctionOf
				? 'audit.say.batch.submitted-correction'
				: 'audit.say.batch.submitted',
			params: { rows: num(e.detail.rowCount) }
		})
	},
	'employer.create': {
		label: 'audit.kind.employer.create',
		say: plain('audit.say.employer.create')
	},
	'employer.created': {
		label: 'audit.kind.employer.create',
		say: plain('audit.say.employer.create')
	},
	'employer.update': {
		label: 'audit.kind.employer.update',
		say: plain('audit.say.employer.update')
	},
	'employer.activate': {
		label: 'audit.kind.employer.activate',
		say: plain('audit.say.employer.activate')
	},
	'employer.deactivate': {
		label: 'audit.kind.employer.deactivate',
		say: plain('audit.say.employer.deactivate')
	},
	'mandate.add': { label: 'audit.kind.mandate.add', say: plain('audit.say.mandate.add') },
	'mandate.remove': { label: 'audit.kind.mandate.remove', say: plain('audit.say.mandate.remove') },
	'mandate.invited': {
		label: 'audit.kind.mandate.invited',
		say: plain('audit.say.mandate.invited')
	},
	'mandate.invitation-accepted': {
		label: 'audit.kind.mandate.invitation-accepted',
		say: plain('audit.say.mandate.invitation-accepted')
	},
	'mandate.invitation-canceled': {
		label: 'audit.kind.mandate.invitation-canceled',
		say: plain('audit.say.mandate.invitation-canceled')
	},
	'mandate.role-changed': {
		label: 'audit.kind.mandate.role-changed',
		say: plain('audit.say.mandate.role-changed')
	},
	'mandate.revoked': {
		label: 'audit.kind.mandate.revoked',
		say: plain('audit.say.mandate.revoked')
	},
	'organisation-request.filed': {
		label: 'audit.kind.organisation-request.filed',
		say: plain('audit.say.organisation-request.filed')
	},
	'organisation-request.approved': {
		label: 'audit.kind.organisation-request.approved',
		say: plain('audit.say.organisation-request.approved')
	},
	'organisation-request.rejected': {
		label: 'audit.kind.organisation-request.rejected',
		say: plain('audit.say.organisation-request.rejected')
	},
	'organisation.federated-login-required': {
		label: 'audit.kind.organisation.federated-login-required',
		say: (e) => ({
			key:
				e.detail.required === false
					? 'audit.say.organisation.federated-login-optional'
					: 'audit.say.organisation.federated-login-required'
		})
	},
	'roster.add': { label: 'audit.kind.roster.add', say: plain('audit.say.roster.add') },
	'roster.import': {
		label: 'audit.kind.roster.import',
		say: (e) => ({
			key: 'audit.say.roster.import',
			params: {
				added: num(e.detail.added),
				changed: num(e.detail.changed),
				removed: num(e.detail.removed)
			}
		})
	},
	'roster.remove': { label: 'audit.kind.roster.remove', say: plain('audit.say.roster.remove') },
	'staff.totp-enrolled': {
		label: 'audit.kind.staff.totp-enrolled',
		say: plain('audit.say.staff.totp-enrolled')
	},
	'token.create': { label: 'audit.kind.token.create', say: plain('audit.say.token.create') },
	'api-token.created': { label: 'audit.kind.token.create', say: plain('audit.say.token.create') },
	'token.revoke': { label: 'audit.kind.token.revoke', say: plain('audit.say.token.revoke') }
};

export function actorName(actor: AuditActor, t: Translate): string {
	if (actor.kind === 'system') return t('audit.actor.system');
	if (actor.kind === 'token')
		return actor.organisation
			? t('audit.actor.token', { label: actor.label ?? '?', organisation: actor.organisation })
			: t('audit.actor.token-collectief', { label: actor.label ?? '?' });
	return actor.name || actor.email || t('audit.actor.unknown');
}

const ROLE_NAMES: Record<EmployerRole, MessageKey> = {
	owner: 'mandates.role.owner',
	beheerder: 'mandates.role.beheerder',
	lijsten: 'mandates.role.lijsten',
	inzage: 'mandates.role.inzage'
};

function roleName(value: unknown, t: Translate): string {
	return isEmployerRole(value) ? t(ROLE_NAMES[value]) : String(value ?? '');
}

export function auditKindLabel(action: string, t: Translate): string {
	const kind = AUDIT_KINDS[action];
	return kind ? t(kind.label) : t('audit.kind.other');
}

/** The entry as one sentence; an action without an entry in the map still reads as a sentence. */
export function auditSentence(entry: AuditEntry, t: Translate): string {
	const common = {
		actor: actorName(entry.actor, t),
		organisation: entry.organisation ?? t('audit.no-organisation'),
		number: entry.batchNumber ?? '?',
		role: roleName(entry.detail.role, t),
		from: roleName(entry.detail.from, t),
		to: roleName(entry.detail.to, t)
	};
	const kind = AUDIT_KINDS[entry.action];
	if (!kind) return t('audit.say.other', { ...common, kind: t('audit.kind.other') });
	const { key, params } = kind.say(entry);
	return t(key, { ...common, ...params });
}
