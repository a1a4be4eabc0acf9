// The data model. Tables named in the singular; every id is 128 random bits (newId), never a
// sequence. The first block is better-auth's (user, session, account, verification and the
// organization plugin's organization/member/invitation), extended with YOU-P's fields; the second
// block is the registration domain. Our own tables name the organisation `organisationId`; its SQL
// column keeps better-auth's spelling (`organization_id`), as in member and invitation.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { newId } from './ids';

const id = () =>
	text('id')
		.primaryKey()
		.$defaultFn(() => newId());
const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`);
const updatedAt = () =>
	integer('updated_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`)
		.$onUpdate(() => new Date());

const userKinds = ['staff', 'employer', 'employee'] as const;
export type UserKind = (typeof userKinds)[number];
const accountStatuses = ['pending', 'active', 'disabled'] as const;

/**
 * A person who can log in: COLLECTIEF staff, an employer's member, or an employee (the YOU-P user
 * record). For employees it keeps what an account needs — name, birth date, postcode, employer —
 * which is the account, not the submitted list.
 */
export const user = sqliteTable(
	'user',
	{
		id: id(),
		name: text('name').notNull(),
		email: text('email').notNull().unique(),
		emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
		image: text('image'),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		role: text('role').notNull().default('user'),
		banned: integer('banned', { mode: 'boolean' }).default(false),
		banReason: text('ban_reason'),
		banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
		twoFactorEnabled: integer('two_factor_enabled', { mode: 'boolean' }).default(false),
		kind: text('kind', { enum: userKinds }).notNull().default('employee'),
		locale: text('locale').notNull().default('nl'),
		/**
		 * The language the person's list line named for their mail (nl, fr, en or de); null when
		 * the line named none: mails then go out in the employer's language with the others below.
		 */
		mailLocale: text('mail_locale'),
		status: text('status', { enum: accountStatuses }).notNull().default('active'),
		mustChangePassword: integer('must_change_password', { mode: 'boolean' })
			.notNull()
			.default(false),
		startPasswordExpiresAt: integer('start_password_expires_at', { mode: 'timestamp_ms' }),
		origin: text('origin', { enum: ['batch', 'self', 'seed', 'invite'] })
			.notNull()
			.default('self'),
		employerId: text('employer_id').references(() => organization.id),
		rosterEntryId: text('roster_entry_id')
			.unique()
			.references(() => rosterEntry.id, { onDelete: 'set null' }),
		lastName: text('last_name'),
		firstName: text('first_name'),
		birthDate: text('birth_date'),
		postcode: text('postcode')
	},
	(t) => [index('user_employer_idx').on(t.employerId)]
);

/** Session tokens are stored as SHA-256 hashes (see server/auth/hashed-adapter.ts). */
export const session = sqliteTable(
	'session',
	{
		id: id(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		impersonatedBy: text('impersonated_by'),
		activeOrganizationId: text('active_organization_id'),
		/** How this session was opened: 'password' or 'federated' (OpenID Connect). */
		authMethod: text('auth_method')
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const account = sqliteTable(
	'account',
	{
		id: id(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
		refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
		scope: text('scope'),
		password: text('password'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('account_user_idx').on(t.userId)]
);

/** Single-use tokens (password reset, e-mail confirmation); identifiers stored hashed. */
export const verification = sqliteTable(
	'verification',
	{
		id: id(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('verification_identifier_idx').on(t.identifier)]
);

const organisationKinds = ['employer', 'intermediary', 'collectief'] as const;

/** An employer (member of COLLECTIEF), an intermediary (e.g. a social secretariat) or COLLECTIEF. */
export const organization = sqliteTable('organization', {
	id: id(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	logo: text('logo'),
	metadata: text('metadata'),
	createdAt: createdAt(),
	kind: text('kind', { enum: organisationKinds }).notNull().default('employer'),
	locale: text('locale').notNull().default('nl'),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	/** Employers: the KBO/BCE enterprise number as ten digits (checked by $lib/registration). */
	enterpriseNumber: text('enterprise_number'),
	/** Phase 2: members may enter the employer area only after a federated (eID/itsme) login. */
	requireFederatedLogin: integer('require_federated_login', { mode: 'boolean' })
		.notNull()
		.default(false)
});

/** Membership with role: owner, beheerder, lijsten, inzage (employers) or staff (COLLECTIEF). */
export const member = sqliteTable(
	'member',
	{
		id: id(),
		organizationId: text('organization_id')
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('member_org_user_idx').on(t.organizationId, t.userId)]
);

export const invitation = sqliteTable('invitation', {
	id: id(),
	organizationId: text('organization_id')
		.notNull()
		.references(() => organization.id, { onDelete: 'cascade' }),
	email: text('email').notNull(),
	role: text('role'),
	status: text('status').notNull().default('pending'),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	createdAt: createdAt(),
	inviterId: text('inviter_id')
		.notNull()
		.references(() => user.id, { onDelete: 'cascade' }),
	/** SHA-256 of the acceptance link's token (mandates for a person without an account). */
	tokenHash: text('token_hash').unique()
});

// ---------------------------------------------------------------- registration domain

/** One person on an employer's YOU-P user list; `matchKey` is registration/matching's key. */
export const rosterEntry = sqliteTable(
	'roster_entry',
	{
		id: id(),
		employerId: text('employer_id')
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		lastName: text('last_name').notNull(),
		firstName: text('first_name').notNull(),
		birthDate: text('birth_date').notNull(),
		postcode: text('postcode').notNull(),
		email: text('email'),
		matchKey: text('match_key').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		index('roster_entry_employer_key_idx').on(t.employerId, t.matchKey),
		index('roster_entry_employer_birth_idx').on(t.employerId, t.birthDate)
	]
);

export const batchStatuses = ['queued', 'processing', 'completed'] as const;
export type BatchStatus = (typeof batchStatuses)[number];

/** A submitted list. Counts are live while it is processed, frozen at completion; no personal data here. */
export const batch = sqliteTable(
	'batch',
	{
		id: id(),
		employerId: text('employer_id')
			.notNull()
			.references(() => organization.id),
		number: integer('number').notNull(),
		submittedBy: text('submitted_by').references(() => user.id, { onDelete: 'set null' }),
		source: text('source', { enum: ['grid', 'api'] }).notNull(),
		status: text('status', { enum: batchStatuses }).notNull().default('queued'),
		rowCount: integer('row_count').notNull(),
		count1: integer('count_1').notNull().default(0),
		count2: integer('count_2').notNull().default(0),
		count3: integer('count_3').notNull().default(0),
		count4: integer('count_4').notNull().default(0),
		/**
		 * Lines decided so far: with count1–4 kept equal to the lines' codes by the same D1 batch
		 * that marks lines done, so a status poll reads this row and no line.
		 */
		doneCount: integer('done_count').notNull().default(0),
		costCents: integer('cost_cents').notNull(),
		consentBy: text('consent_by').notNull(),
		consentAt: integer('consent_at', { mode: 'timestamp_ms' }).notNull(),
		correctionOfId: text('correction_of_id'),
		idempotencyKey: text('idempotency_key'),
		/** SHA-256 of the normalised submission sent with `idempotencyKey`: a reused key with another list is refused. */
		idempotencyHash: text('idempotency_hash'),
		locale: text('locale').notNull().default('nl'),
		receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
		promisedBy: text('promised_by').notNull(),
		completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
		resultsOpenedAt: integer('results_opened_at', { mode: 'timestamp_ms' }),
		purgedAt: integer('purged_at', { mode: 'timestamp_ms' }),
		/** The last time a line of the list was decided (null: none yet, receivedAt counts). */
		progressAt: integer('progress_at', { mode: 'timestamp_ms' }),
		/** The last time the cron re-enqueued its pending lines (batches/redrive.ts). */
		redrivenAt: integer('redriven_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('batch_employer_number_idx').on(t.employerId, t.number),
		uniqueIndex('batch_employer_idempotency_idx').on(t.employerId, t.idempotencyKey),
		index('batch_status_idx').on(t.status)
	]
);

const lineStates = ['pending', 'done'] as const;

/**
 * One line of a list. `payload` (and `hint`) are AES-GCM ciphertexts under the batch's key, which
 * lives in KV, never in D1. `payload` is set to null when the line's retention ends.
 */
export const batchLine = sqliteTable(
	'batch_line',
	{
		id: id(),
		batchId: text('batch_id')
			.notNull()
			.references(() => batch.id, { onDelete: 'cascade' }),
		line: integer('line').notNull(),
		payload: text('payload'),
		hint: text('hint'),
		state: text('state', { enum: lineStates }).notNull().default('pending'),
		code: integer('code'),
		reason: text('reason'),
		accountId: text('account_id'),
		correctedInBatchId: text('corrected_in_batch_id'),
		/**
		 * An earlier line of the same list this line must wait for (same person or same e-mail
		 * address), so that "first 1, then 2" holds whatever order the queue delivers chunks in.
		 */
		afterLine: integer('after_line'),
		retainUntil: integer('retain_until', { mode: 'timestamp_ms' }),
		purgedAt: integer('purged_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('batch_line_batch_line_idx').on(t.batchId, t.line),
		index('batch_line_retain_idx').on(t.retainUntil)
	]
);

/** Who did what, when: ids and counts only, never personal data of lists. */
export const auditEvent = sqliteTable(
	'audit_event',
	{
		id: id(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		actorId: text('actor_id'),
		organisationId: text('organization_id'),
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		detail: text('detail')
	},
	(t) => [index('audit_event_org_at_idx').on(t.organisationId, t.at)]
);

/** API bearer tokens for payroll software (employer) and COLLECTIEF (staff); stored hashed. */
export const apiToken = sqliteTable('api_token', {
	id: id(),
	kind: text('kind', { enum: ['employer', 'staff'] }).notNull(),
	organisationId: text('organization_id').references(() => organization.id, {
		onDelete: 'cascade'
	}),
	tokenHash: text('token_hash').notNull().unique(),
	label: text('label').notNull(),
	createdBy: text('created_by'),
	createdAt: createdAt(),
	lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
	revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
});

const mailStates = ['sending', 'sent'] as const;

/**
 * One row per mail ever handed to a provider: the idempotency key makes a retry a no-op. The row
 * is written ('sending') before the provider is called and marked 'sent' after (mail/index.ts
 * sendOnce); `sentAt` is the last hand-over to the provider.
 */
export const mailLog = sqliteTable('mail_log', {
	idempotencyKey: text('idempotency_key').primaryKey(),
	sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
	provider: text('provider').notNull(),
	state: text('state', { enum: mailStates }).notNull().default('sent')
});

/** Local development only: the dev mailbox's messages (shown at /dev/mailbox). */
export const devMail = sqliteTable('dev_mail', {
	id: id(),
	idempotencyKey: text('idempotency_key').notNull().unique(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	html: text('html').notNull(),
	createdAt: createdAt()
});

/** Failed login attempts, for throttling per account and per IP (keys are hashes). */
export const loginThrottle = sqliteTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * Work the queue could not finish: one row per message range (lines `fromLine`–`toLine` of a
 * batch). `reason` is a fixed identifier, never an error text (those can carry personal data).
 * `deadAt` is set when the message reached the dead-letter queue: staff see these lines as stuck.
 */
export const batchStuck = sqliteTable(
	'batch_stuck',
	{
		id: id(),
		batchId: text('batch_id')
			.notNull()
			.references(() => batch.id, { onDelete: 'cascade' }),
		fromLine: integer('from_line').notNull(),
		toLine: integer('to_line').notNull(),
		reason: text('reason').notNull(),
		attempts: integer('attempts').notNull().default(0),
		failedAt: integer('failed_at', { mode: 'timestamp_ms' }).notNull(),
		deadAt: integer('dead_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('batch_stuck_range_idx').on(t.batchId, t.fromLine, t.toLine)]
);

/**
 * better-auth's twoFactor plugin table (TOTP for staff). `secret` and `backupCodes` are encrypted
 * by better-auth with AUTH_SECRET. `lastUsedStep` is ours: the 30-second time step of the last
 * accepted code, so a code can never be used twice (see server/auth/totp-replay.ts).
 */
export const twoFactor = sqliteTable(
	'two_factor',
	{
		id: id(),
		secret: text('secret').notNull(),
		backupCodes: text('backup_codes').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		verified: integer('verified', { mode: 'boolean' }).default(true),
		failedVerificationCount: integer('failed_verification_count').default(0),
		lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
		lastUsedStep: integer('last_used_step')
	},
	(t) => [uniqueIndex('two_factor_user_idx').on(t.userId)]
);
// ---------------------------------------------------------------- partner platforms

export const partnerIds = ['benefits-at-work', 'xtra-present'] as const;
export type PartnerId = (typeof partnerIds)[number];
const partnerLinkStatuses = ['pending', 'active', 'failed', 'disabled', 'not-enabled'] as const;
export type PartnerLinkStatus = (typeof partnerLinkStatuses)[number];

/**
 * One account on one partner platform. `desired` is where we want it to be (provisioned or
 * removed); `status` is how far we got. `lastError` holds a code only (e.g. `http-503`), never
 * personal data. No foreign key to user on purpose: a link outlives a deleted user so removing the
 * person at the partner can still run.
 */
export const partnerLink = sqliteTable(
	'partner_link',
	{
		id: id(),
		accountId: text('account_id').notNull(),
		partner: text('partner', { enum: partnerIds }).notNull(),
		desired: text('desired', { enum: ['active', 'disabled'] })
			.notNull()
			.default('active'),
		status: text('status', { enum: partnerLinkStatuses }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('partner_link_account_partner_idx').on(t.accountId, t.partner),
		index('partner_link_status_idx').on(t.status)
	]
);

/** Local development only: accounts held by the partner stand-in (/dev/partners). */
export const devPartnerAccount = sqliteTable(
	'dev_partner_account',
	{
		id: id(),
		partner: text('partner').notNull(),
		externalId: text('external_id').notNull(),
		data: text('data').notNull(),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('dev_partner_account_idx').on(t.partner, t.externalId)]
);

/** Local development only: every call the partner stand-in received, with its answer. */
export const devPartnerCall = sqliteTable(
	'dev_partner_call',
	{
		id: id(),
		partner: text('partner').notNull(),
		action: text('action', { enum: ['provision', 'deprovision', 'sso'] }).notNull(),
		externalId: text('external_id'),
		status: integer('status').notNull(),
		detail: text('detail'),
		idempotencyKey: text('idempotency_key'),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('dev_partner_call_partner_idx').on(t.partner, t.externalId)]
);

/** Local development only: the stand-in's failure switch per partner. */
export const devPartnerSwitch = sqliteTable('dev_partner_switch', {
	partner: text('partner').primaryKey(),
	mode: text('mode', { enum: ['up', 'down'] }).notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * A person's request to manage an employer (or to stop managing it), filed through the online
 * declaration form. It becomes a membership (or ends one) only once the employer's owner or
 * COLLECTIEF staff approve it. `newOrganisationName` is set when the employer is not in YOU-P yet;
 * staff approval then creates it.
 */
export const organisationRequest = sqliteTable(
	'organisation_request',
	{
		id: id(),
		requesterId: text('requester_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		organisationId: text('organization_id').references(() => organization.id, {
			onDelete: 'cascade'
		}),
		newOrganisationName: text('new_organisation_name'),
		kind: text('kind', { enum: ['join', 'withdraw'] }).notNull(),
		role: text('role').notNull(),
		status: text('status', { enum: ['pending', 'approved', 'rejected'] })
			.notNull()
			.default('pending'),
		decidedBy: text('decided_by'),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		index('organisation_request_org_status_idx').on(t.organisationId, t.status),
		index('organisation_request_requester_idx').on(t.requesterId)
	]
);

export const rosterRequestStatuses = ['pending', 'approved', 'rejected', 'expired'] as const;
export type RosterRequestStatus = (typeof rosterRequestStatuses)[number];

/**
 * An employer's request to add the person of a code-3 line to its roster (its YOU-P user list),
 * decided by COLLECTIEF staff. The person's data is the line's own (batch_line.payload, under the
 * batch key); `remark` is the employer's optional note, encrypted under the same batch key and set
 * to null when the request is decided or expires (lists/roster-requests.ts). One request per line.
 */
export const rosterRequest = sqliteTable(
	'roster_request',
	{
		id: id(),
		employerId: text('employer_id')
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		batchId: text('batch_id')
			.notNull()
			.references(() => batch.id, { onDelete: 'cascade' }),
		line: integer('line').notNull(),
		status: text('status', { enum: rosterRequestStatuses }).notNull().default('pending'),
		remark: text('remark'),
		requestedBy: text('requested_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		decidedBy: text('decided_by'),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		/** The roster entry approval added (or found already there). */
		rosterEntryId: text('roster_entry_id')
	},
	(t) => [
		uniqueIndex('roster_request_batch_line_idx').on(t.batchId, t.line),
		index('roster_request_status_idx').on(t.status),
		index('roster_request_employer_idx').on(t.employerId)
	]
);
