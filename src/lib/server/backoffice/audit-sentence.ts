/** One audit entry as a sentence in the reader's language: an explicit map per kind of event. */
import type { Text, Translate } from '$lib/i18n';
import { mandateRoleLabel } from '$lib/i18n/labels/mandates';
import { isEmployerRole } from '../permissions';
import type { AuditActor, AuditEntry } from './audit-log';
import * as m from '$lib/paraglide/messages';

type Kind = {
	label: Text;
	/** The sentence; `common` holds actor, organisation, number, role, from and to. */
	say: (e: AuditEntry, t: Translate, common: Common) => string;
};

/** What every sentence may name: who, for which organisation, which list, which roles. */
type Common = {
	actor: string;
	organisation: string;
	number: number | string;
	role: string;
	from: string;
	to: string;
};

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** Every action the code records (grep "action: '"), by its stored code. */
export const AUDIT_KINDS: Record<string, Kind> = {
	'account.disable': {
		label: (t) => t(m['audit.kind.account.disable']),
		say: (_e, t, c) => t(m['audit.say.account.disable'], c)
	},
	'account.start-password-resent': {
		label: (t) => t(m['audit.kind.account.start-password-resent']),
		say: (_e, t, c) => t(m['audit.say.account.start-password-resent'], c)
	},
	'batch.completed': {
		label: (t) => t(m['audit.kind.batch.completed']),
		say: (e, t, c) => {
			const counts = (e.detail.counts ?? {}) as Record<string, unknown>;
			return t(m['audit.say.batch.completed'], {
				...c,
				rows: num(e.detail.rowCount),
				c1: num(counts['1']),
				c2: num(counts['2']),
				c3: num(counts['3']),
				c4: num(counts['4'])
			});
		}
	},
	'batch.retry': {
		label: (t) => t(m['audit.kind.batch.retry']),
		say: (e, t, c) => t(m['audit.say.batch.retry'], { ...c, lines: num(e.detail.pendingLines) })
	},
	'batch.submitted': {
		label: (t) => t(m['audit.kind.batch.submitted']),
		say: (e, t, c) =>
			e.detail.correctionOf
				? t(m['audit.say.batch.submitted-correction'], { ...c, rows: num(e.detail.rowCount) })
				: t(m['audit.say.batch.submitted'], { ...c, rows: num(e.detail.rowCount) })
	},
	'employer.create': {
		label: (t) => t(m['audit.kind.employer.create']),
		say: (_e, t, c) => t(m['audit.say.employer.create'], c)
	},
	'employer.created': {
		label: (t) => t(m['audit.kind.employer.create']),
		say: (_e, t, c) => t(m['audit.say.employer.create'], c)
	},
	'employer.update': {
		label: (t) => t(m['audit.kind.employer.update']),
		say: (_e, t, c) => t(m['audit.say.employer.update'], c)
	},
	'employer.activate': {
		label: (t) => t(m['audit.kind.employer.activate']),
		say: (_e, t, c) => t(m['audit.say.employer.activate'], c)
	},
	'employer.deactivate': {
		label: (t) => t(m['audit.kind.employer.deactivate']),
		say: (_e, t, c) => t(m['audit.say.employer.deactivate'], c)
	},
	'mandate.add': {
		label: (t) => t(m['audit.kind.mandate.add']),
		say: (_e, t, c) => t(m['audit.say.mandate.add'], c)
	},
	'mandate.remove': {
		label: (t) => t(m['audit.kind.mandate.remove']),
		say: (_e, t, c) => t(m['audit.say.mandate.remove'], c)
	},
	'mandate.invited': {
		label: (t) => t(m['audit.kind.mandate.invited']),
		say: (_e, t, c) => t(m['audit.say.mandate.invited'], c)
	},
	'mandate.invitation-accepted': {
		label: (t) => t(m['audit.kind.mandate.invitation-accepted']),
		say: (_e, t, c) => t(m['audit.say.mandate.invitation-accepted'], c)
	},
	'mandate.invitation-canceled': {
		label: (t) => t(m['audit.kind.mandate.invitation-canceled']),
		say: (_e, t, c) => t(m['audit.say.mandate.invitation-canceled'], c)
	},
	'mandate.role-changed': {
		label: (t) => t(m['audit.kind.mandate.role-changed']),
		say: (_e, t, c) => t(m['audit.say.mandate.role-changed'], c)
	},
	'mandate.revoked': {
		label: (t) => t(m['audit.kind.mandate.revoked']),
		say: (_e, t, c) => t(m['audit.say.mandate.revoked'], c)
	},
	'organisation-request.filed': {
		label: (t) => t(m['audit.kind.organisation-request.filed']),
		say: (_e, t, c) => t(m['audit.say.organisation-request.filed'], c)
	},
	'organisation-request.approved': {
		label: (t) => t(m['audit.kind.organisation-request.approved']),
		say: (_e, t, c) => t(m['audit.say.organisation-request.approved'], c)
	},
	'organisation-request.rejected': {
		label: (t) => t(m['audit.kind.organisation-request.rejected']),
		say: (_e, t, c) => t(m['audit.say.organisation-request.rejected'], c)
	},
	'organisation.federated-login-required': {
		label: (t) => t(m['audit.kind.organisation.federated-login-required']),
		say: (e, t, c) =>
			e.detail.required === false
				? t(m['audit.say.organisation.federated-login-optional'], c)
				: t(m['audit.say.organisation.federated-login-required'], c)
	},
	'roster.add': {
		label: (t) => t(m['audit.kind.roster.add']),
		say: (_e, t, c) => t(m['audit.say.roster.add'], c)
	},
	'roster.import': {
		label: (t) => t(m['audit.kind.roster.import']),
		say: (e, t, c) =>
			t(m['audit.say.roster.import'], {
				...c,
				added: num(e.detail.added),
				changed: num(e.detail.changed),
				removed: num(e.detail.removed)
			})
	},
	'roster.remove': {
		label: (t) => t(m['audit.kind.roster.remove']),
		say: (_e, t, c) => t(m['audit.say.roster.remove'], c)
	},
	'staff.totp-enrolled': {
		label: (t) => t(m['audit.kind.staff.totp-enrolled']),
		say: (_e, t, c) => t(m['audit.say.staff.totp-enrolled'], c)
	},
	'token.create': {
		label: (t) => t(m['audit.kind.token.create']),
		say: (_e, t, c) => t(m['audit.say.token.create'], c)
	},
	'api-token.created': {
		label: (t) => t(m['audit.kind.token.create']),
		say: (_e, t, c) => t(m['audit.say.token.create'], c)
	},
	'token.revoke': {
		label: (t) => t(m['audit.kind.token.revoke']),
		say: (_e, t, c) => t(m['audit.say.token.revoke'], c)
	}
};

export function actorName(actor: AuditActor, t: Translate): string {
	if (actor.kind === 'system') return t(m['audit.actor.system']);
	if (actor.kind === 'token')
		return actor.organisation
			? t(m['audit.actor.token'], { label: actor.label ?? '?', organisation: actor.organisation })
			: t(m['audit.actor.token-collectief'], { label: actor.label ?? '?' });
	return actor.name || actor.email || t(m['audit.actor.unknown']);
}

function roleName(value: unknown, t: Translate): string {
	return isEmployerRole(value) ? mandateRoleLabel(t, value) : String(value ?? '');
}

export function auditKindLabel(action: string, t: Translate): string {
	const kind = AUDIT_KINDS[action];
	return kind ? kind.label(t) : t(m['audit.kind.other']);
}

/** The entry as one sentence; an action without an entry in the map still reads as a sentence. */
export function auditSentence(entry: AuditEntry, t: Translate): string {
	const common: Common = {
		actor: actorName(entry.actor, t),
		organisation: entry.organisation ?? t(m['audit.no-organisation']),
		number: entry.batchNumber ?? '?',
		role: roleName(entry.detail.role, t),
		from: roleName(entry.detail.from, t),
		to: roleName(entry.detail.to, t)
	};
	const kind = AUDIT_KINDS[entry.action];
	if (!kind) return t(m['audit.say.other'], { ...common, kind: t(m['audit.kind.other']) });
	return kind.say(entry, t, common);
}
