CREATE TABLE `session_amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`made_on` text NOT NULL,
	`text` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `council_sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_amendments_session_idx` ON `session_amendments` (`session_id`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `chair_vote` text;