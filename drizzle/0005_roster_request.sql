CREATE TABLE `roster_request` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`line` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`remark` text,
	`requested_by` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`roster_entry_id` text,
	FOREIGN KEY (`employer_id`) REFERENCES `organization`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`batch_id`) REFERENCES `batch`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roster_request_batch_line_idx` ON `roster_request` (`batch_id`,`line`);--> statement-breakpoint
CREATE INDEX `roster_request_status_idx` ON `roster_request` (`status`);--> statement-breakpoint
CREATE INDEX `roster_request_employer_idx` ON `roster_request` (`employer_id`);