ALTER TABLE `batch` ADD `progress_at` integer;--> statement-breakpoint
ALTER TABLE `batch` ADD `redriven_at` integer;--> statement-breakpoint
ALTER TABLE `mail_log` ADD `state` text DEFAULT 'sent' NOT NULL;