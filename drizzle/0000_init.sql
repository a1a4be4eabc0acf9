CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`user_id`);--> statement-breakpoint
CREATE TABLE `api_token` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`organization_id` text,
	`token_hash` text NOT NULL,
	`label` text NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_token_token_hash_unique` ON `api_token` (`token_hash`);--> statement-breakpoint
CREATE TABLE `audit_event` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`organization_id` text,
	`action` text NOT NULL,
	`subject_type` text,
	`subject_id` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_event_org_at_idx` ON `audit_event` (`organization_id`,`at`);--> statement-breakpoint
CREATE TABLE `batch` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_id` text NOT NULL,
	`number` integer NOT NULL,
	`submitted_by` text,
	`source` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`row_count` integer NOT NULL,
	`count_1` integer DEFAULT 0 NOT NULL,
	`count_2` integer DEFAULT 0 NOT NULL,
	`count_3` integer DEFAULT 0 NOT NULL,
	`count_4` integer DEFAULT 0 NOT NULL,
	`cost_cents` integer NOT NULL,
	`consent_by` text NOT NULL,
	`consent_at` integer NOT NULL,
	`correction_of_id` text,
	`idempotency_key` text,
	`locale` text DEFAULT 'nl' NOT NULL,
	`received_at` integer NOT NULL,
	`promised_by` text NOT NULL,
	`completed_at` integer,
	`results_opened_at` integer,
	`purged_at` integer,
	FOREIGN KEY (`employer_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `batch_employer_number_idx` ON `batch` (`employer_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `batch_employer_idempotency_idx` ON `batch` (`employer_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `batch_status_idx` ON `batch` (`status`);--> statement-breakpoint
CREATE TABLE `batch_line` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`line` integer NOT NULL,
	`payload` text,
	`hint` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`code` integer,
	`reason` text,
	`account_id` text,
	`corrected_in_batch_id` text,
	`after_line` integer,
	`retain_until` integer,
	`purged_at` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `batch`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `batch_line_batch_line_idx` ON `batch_line` (`batch_id`,`line`);--> statement-breakpoint
CREATE INDEX `batch_line_retain_idx` ON `batch_line` (`retain_until`);--> statement-breakpoint
CREATE TABLE `batch_stuck` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`from_line` integer NOT NULL,
	`to_line` integer NOT NULL,
	`reason` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`failed_at` integer NOT NULL,
	`dead_at` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `batch`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `batch_stuck_range_idx` ON `batch_stuck` (`batch_id`,`from_line`,`to_line`);--> statement-breakpoint
CREATE TABLE `dev_mail` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dev_mail_idempotency_key_unique` ON `dev_mail` (`idempotency_key`);--> statement-breakpoint
CREATE TABLE `dev_partner_account` (
	`id` text PRIMARY KEY NOT NULL,
	`partner` text NOT NULL,
	`external_id` text NOT NULL,
	`data` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dev_partner_account_idx` ON `dev_partner_account` (`partner`,`external_id`);--> statement-breakpoint
CREATE TABLE `dev_partner_call` (
	`id` text PRIMARY KEY NOT NULL,
	`partner` text NOT NULL,
	`action` text NOT NULL,
	`external_id` text,
	`status` integer NOT NULL,
	`detail` text,
	`idempotency_key` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dev_partner_call_partner_idx` ON `dev_partner_call` (`partner`,`external_id`);--> statement-breakpoint
CREATE TABLE `dev_partner_switch` (
	`partner` text PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`email` text NOT NULL,
	`role` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`inviter_id` text NOT NULL,
	`token_hash` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inviter_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_token_hash_unique` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mail_log` (
	`idempotency_key` text PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL,
	`provider` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `member` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_org_user_idx` ON `member` (`organization_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `organisation_request` (
	`id` text PRIMARY KEY NOT NULL,
	`requester_id` text NOT NULL,
	`organization_id` text,
	`new_organisation_name` text,
	`kind` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`requester_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisation_request_org_status_idx` ON `organisation_request` (`organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `organisation_request_requester_idx` ON `organisation_request` (`requester_id`);--> statement-breakpoint
CREATE TABLE `organization` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`logo` text,
	`metadata` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`kind` text DEFAULT 'employer' NOT NULL,
	`locale` text DEFAULT 'nl' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`require_federated_login` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_slug_unique` ON `organization` (`slug`);--> statement-breakpoint
CREATE TABLE `partner_link` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`partner` text NOT NULL,
	`desired` text DEFAULT 'active' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`lease_until` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_link_account_partner_idx` ON `partner_link` (`account_id`,`partner`);--> statement-breakpoint
CREATE INDEX `partner_link_status_idx` ON `partner_link` (`status`);--> statement-breakpoint
CREATE TABLE `roster_entry` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_id` text NOT NULL,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`postcode` text NOT NULL,
	`email` text,
	`match_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roster_entry_employer_key_idx` ON `roster_entry` (`employer_id`,`match_key`);--> statement-breakpoint
CREATE INDEX `roster_entry_employer_birth_idx` ON `roster_entry` (`employer_id`,`birth_date`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	`impersonated_by` text,
	`active_organization_id` text,
	`auth_method` text,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `two_factor` (
	`id` text PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`backup_codes` text NOT NULL,
	`user_id` text NOT NULL,
	`verified` integer DEFAULT true,
	`failed_verification_count` integer DEFAULT 0,
	`locked_until` integer,
	`last_used_step` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `two_factor_user_idx` ON `two_factor` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`role` text DEFAULT 'user' NOT NULL,
	`banned` integer DEFAULT false,
	`ban_reason` text,
	`ban_expires` integer,
	`two_factor_enabled` integer DEFAULT false,
	`kind` text DEFAULT 'employee' NOT NULL,
	`locale` text DEFAULT 'nl' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`start_password_expires_at` integer,
	`origin` text DEFAULT 'self' NOT NULL,
	`employer_id` text,
	`roster_entry_id` text,
	`last_name` text,
	`first_name` text,
	`birth_date` text,
	`postcode` text,
	FOREIGN KEY (`employer_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`roster_entry_id`) REFERENCES `roster_entry`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `user_roster_entry_id_unique` ON `user` (`roster_entry_id`);--> statement-breakpoint
CREATE INDEX `user_employer_idx` ON `user` (`employer_id`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);