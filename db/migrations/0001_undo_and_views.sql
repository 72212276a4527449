ALTER TABLE `network_views` ADD `display` text DEFAULT '{"colourBy":"sector","expandedGroupIds":[]}' NOT NULL;--> statement-breakpoint
ALTER TABLE `network_views` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `change_history` ADD `kind` text DEFAULT 'edit' NOT NULL;--> statement-breakpoint
ALTER TABLE `change_history` ADD `reverts_batch_id` text;--> statement-breakpoint
CREATE INDEX `change_history_batch_idx` ON `change_history` (`batch_id`);--> statement-breakpoint
CREATE INDEX `change_history_reverts_idx` ON `change_history` (`reverts_batch_id`) WHERE reverts_batch_id IS NOT NULL;