ALTER TABLE `batch` ADD `done_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Lists in progress when this runs: their live counts, from their lines (completed lists already
-- carry their frozen counts).
UPDATE `batch` SET
	`done_count` = (SELECT count(*) FROM `batch_line` l WHERE l.`batch_id` = `batch`.`id` AND l.`state` = 'done'),
	`count_1` = (SELECT count(*) FROM `batch_line` l WHERE l.`batch_id` = `batch`.`id` AND l.`state` = 'done' AND l.`code` = 1),
	`count_2` = (SELECT count(*) FROM `batch_line` l WHERE l.`batch_id` = `batch`.`id` AND l.`state` = 'done' AND l.`code` = 2),
	`count_3` = (SELECT count(*) FROM `batch_line` l WHERE l.`batch_id` = `batch`.`id` AND l.`state` = 'done' AND l.`code` = 3),
	`count_4` = (SELECT count(*) FROM `batch_line` l WHERE l.`batch_id` = `batch`.`id` AND l.`state` = 'done' AND l.`code` = 4)
WHERE `status` <> 'completed';--> statement-breakpoint
UPDATE `batch` SET `done_count` = `row_count` WHERE `status` = 'completed';
